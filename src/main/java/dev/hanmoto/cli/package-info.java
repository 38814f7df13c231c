/**
 * The command line (picocli): {@code hanmoto build}, {@code check}, {@code themes}, {@code init},
 * {@code watch}. The only package that prints or decides the process exit code: 0 success, 1 a source
 * or theme is wrong (diagnostics say where), 2 usage error.
 */
package dev.hanmoto.cli;
