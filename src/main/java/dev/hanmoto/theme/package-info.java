/**
 * Themes: loads {@code themes/<name>/theme.yaml} (or a built-in theme from the class path), follows
 * {@code extends:} (maps merge, lists are replaced, the child wins), validates the merged result as a
 * whole — unknown keys with "did you mean", types, lengths, colours, page sizes, fonts, files,
 * paths — reporting every problem at once with file, line and key path, then binds each output's
 * section to its own record ({@link dev.hanmoto.theme.PdfTheme}, {@link dev.hanmoto.theme.EpubTheme},
 * {@link dev.hanmoto.theme.CardTheme}) and finds theme files through the inheritance chain.
 *
 * <p>Must not import {@code dev.hanmoto.source}, {@code dev.hanmoto.ast}, {@code dev.hanmoto.render}
 * or flexmark: a theme knows nothing of Markdown or of how outputs are rendered.
 */
package dev.hanmoto.theme;
