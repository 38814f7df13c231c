/**
 * Reads a source file into a {@link dev.hanmoto.ast.Document}: bytes → text (strict UTF-8, BOM and
 * CRLF handled), front matter ({@link dev.hanmoto.source.FrontMatterReader}), Markdown body
 * ({@link dev.hanmoto.source.MarkdownReader}), all behind {@link dev.hanmoto.source.SourceReader}.
 *
 * <p>This is the only package that imports flexmark; raw HTML is parsed here with jsoup and turned
 * into AST nodes, never passed on as text. It must not import {@code render}, {@code theme} or
 * {@code cli}. Bad input is reported as {@link dev.hanmoto.diag.Diagnostic}s with file:line:col,
 * never thrown as anything but {@link dev.hanmoto.diag.UserError}.
 */
package dev.hanmoto.source;
