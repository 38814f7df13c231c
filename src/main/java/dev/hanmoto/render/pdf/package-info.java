/**
 * The print PDF renderer: XHTML from {@link dev.hanmoto.render.xhtml.XhtmlWriter}, wrapped by the theme's
 * Thymeleaf template and stylesheet, laid out by openhtmltopdf (CSS Paged Media) on PDFBox 3, with the
 * theme's TrueType font stacks embedded as subsets, an ICU strict line breaker for Japanese (JLREQ
 * kinsoku; the character classes, script tests and break iterators are {@link dev.hanmoto.text}'s) and
 * deterministic file identity. Reads only {@link dev.hanmoto.theme.Theme#pdf()},
 * {@link dev.hanmoto.theme.Theme#fonts()} and {@link dev.hanmoto.theme.Theme#files()}.
 *
 * <p>Must not import {@code dev.hanmoto.source}, flexmark, or any other renderer's package.
 */
package dev.hanmoto.render.pdf;
