/**
 * The format-neutral document model: {@link dev.hanmoto.ast.Document}, {@link dev.hanmoto.ast.Block},
 * {@link dev.hanmoto.ast.Inline}, {@link dev.hanmoto.ast.Meta}. Immutable records; traversal in
 * {@link dev.hanmoto.ast.Walk}. Imports nothing of {@code source}, {@code render} or any Markdown,
 * HTML, PDF or EPUB library.
 */
package dev.hanmoto.ast;
