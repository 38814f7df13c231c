/**
 * The command line (picocli): {@code hanmoto build}, {@code check}, {@code themes}, {@code init},
 * {@code watch}. The only package that prints or decides the process exit code: 0 success, 1 a source
 * or theme is wrong (diagnostics say where), 2 usage error. No other package imports it, uses picocli,
 * writes to {@code System.out}/{@code err}, prints stack traces or exits.
 */
package dev.hanmoto.cli;
