/**
 * The format-neutral document model: {@link dev.hanmoto.ast.Document}, {@link dev.hanmoto.ast.Block},
 * {@link dev.hanmoto.ast.Inline}, {@link dev.hanmoto.ast.Meta}. Immutable records; traversal in
 * {@link dev.hanmoto.ast.Walk}; the vocabulary that readers and renderers share as classes on
 * {@code Div}s: a book's chapters, parts and matter ({@link dev.hanmoto.ast.BookClasses}) and
 * containers, admonitions and details ({@link dev.hanmoto.ast.Containers}); a text dump for golden
 * tests in {@link dev.hanmoto.ast.AstDump}. Imports only the JDK: nothing else of Hanmoto
 * ({@code source}, {@code render}, {@code theme}, {@code build} …) and no Markdown, HTML, PDF or EPUB
 * library.
 */
package dev.hanmoto.ast;
