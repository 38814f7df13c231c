/**
 * Themes: loads {@code themes/<name>/theme.yaml} (or a built-in theme from the class path), follows
 * {@code extends:} (maps merge, lists are replaced, the child wins), and binds the merged result as a
 * whole to one record per output ({@link dev.hanmoto.theme.PdfTheme}, {@link dev.hanmoto.theme.EpubTheme},
 * {@link dev.hanmoto.theme.CardTheme}) — unknown keys with "did you mean", types, ranges, words, lengths,
 * colours, page sizes, fonts, files, paths and the checks across keys, every problem reported at once
 * with file, line and key path — and finds theme files through the inheritance chain.
 *
 * <p>The contract with the renderers: they receive bound, checked values only — {@link dev.hanmoto.theme.Length},
 * {@link dev.hanmoto.theme.Colour}, {@link dev.hanmoto.theme.Pixels}, {@link dev.hanmoto.theme.PageSize}
 * and {@link dev.hanmoto.theme.Keyword} enums, never text to parse — and no null: every key has its
 * default in {@code themes/base/theme.yaml} and nowhere else, and a key no theme of the chain sets is
 * an error; only {@code Optional} components may stay unset. Adding a key is one record component with
 * its {@link dev.hanmoto.theme.KeyDoc} plus its default in {@code base/theme.yaml}; the binder,
 * {@code docs/themes.md} and the contract test ({@code ThemeContractTest}) follow from those two.
 *
 * <p>Must not import {@code source}, {@code ast}, {@code render}, {@code book}, {@code build}, {@code cli}
 * or {@code transform}, nor flexmark, jsoup or Jackson: a theme knows nothing of Markdown or of how
 * outputs are rendered (YAML is read with SnakeYAML, templates with Thymeleaf).
 */
package dev.hanmoto.theme;
