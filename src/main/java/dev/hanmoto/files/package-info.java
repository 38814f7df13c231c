/**
 * Which files a build may read: {@link dev.hanmoto.files.InsideFolder}, the one "inside the project"
 * rule that the build's image check, books, themes and renderers apply to every path they are given. Imports only the
 * JDK, nothing else of Hanmoto, so that every package may use it.
 */
package dev.hanmoto.files;
