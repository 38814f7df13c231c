/**
 * Syntax highlighting of code blocks at build time ({@link dev.hanmoto.render.highlight.Highlighter}):
 * a block's text becomes lines of tokens of a small fixed set of kinds ({@link
 * dev.hanmoto.render.highlight.TokenKind}), which the one XHTML writer turns into classed spans for
 * the PDF and the EPUB alike. Imports only the JDK and RSyntaxTextArea's token makers
 * ({@code org.fife}); nothing of Hanmoto, so the writer and the build's check may both use it.
 */
package dev.hanmoto.render.highlight;
