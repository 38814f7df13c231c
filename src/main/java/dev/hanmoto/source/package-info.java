/**
 * Reads a source file into a {@link dev.hanmoto.ast.Document}: bytes → text (strict UTF-8, BOM and
 * CRLF handled), front matter ({@link dev.hanmoto.source.FrontMatterReader}), Markdown body
 * ({@link dev.hanmoto.source.MarkdownReader}), all behind {@link dev.hanmoto.source.SourceReader}. A book
 * format's {@link dev.hanmoto.source.Preprocessor} may rewrite the body first (includes, variables);
 * {@link dev.hanmoto.source.SourceText} keeps, for every char, the file and line:col it came from.
 *
 * <p>This is the only package that imports flexmark and jsoup: raw HTML is parsed here and turned into
 * AST nodes (what may pass is {@link dev.hanmoto.html.HtmlPolicy}'s rule), never passed on as text.
 * Front matter is read with Jackson (YAML, JSON, TOML). Of Hanmoto it imports only {@code ast},
 * {@code diag}, {@code html} and {@code text} (the Unicode classes behind CJK-friendly emphasis):
 * never {@code render}, {@code theme}, {@code cli}, {@code build},
 * {@code book} or {@code transform}. Bad input is reported as {@link dev.hanmoto.diag.Diagnostic}s with file:line:col,
 * never thrown as anything but {@link dev.hanmoto.diag.UserError}.
 */
package dev.hanmoto.source;
