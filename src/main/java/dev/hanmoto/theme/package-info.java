/**
 * Themes: loads {@code themes/<name>/theme.yaml}, resolves {@code extends:}, binds each output's section
 * to its own record ({@link dev.hanmoto.theme.PdfTheme}, {@link dev.hanmoto.theme.EpubTheme},
 * {@link dev.hanmoto.theme.CardTheme}), rejects unknown keys and finds theme files (templates, CSS,
 * images) through the inheritance chain. Knows nothing of Markdown or of how outputs are rendered.
 */
package dev.hanmoto.theme;
