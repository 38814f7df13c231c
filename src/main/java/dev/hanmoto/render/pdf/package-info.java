/**
 * The print PDF renderer: one declared, ordered pipeline of typed stages ({@link
 * dev.hanmoto.render.pdf.PdfPipeline}). {@code …Pass} classes are AST passes (this renderer's copy of
 * the tree → tree, the body and every other text of the page alike, each owning the CSS its marks
 * need), {@code …LayoutCheck} classes look at openhtmltopdf's box tree for what to lay out again,
 * {@code …PagePass} classes work on the drawn PDFBox pages and {@code …FilePass} classes on the saved
 * bytes. Around them: the XHTML from {@link
 * dev.hanmoto.render.xhtml.XhtmlWriter} in the theme's Thymeleaf template ({@code PdfXhtml}), one
 * openhtmltopdf layout (CSS Paged Media, PDF/UA-1, PDF/A-2u; {@code PdfLayout}) with the theme's
 * TrueType stacks embedded as subsets ({@code LayoutFonts}, {@code FontLibrary}, each face a
 * {@link dev.hanmoto.render.EmbeddedFont}) and an ICU strict
 * line breaker for Japanese ({@code StrictLineBreaker}; the character classes, script tests and break
 * iterators are {@link dev.hanmoto.text}'s), and deterministic file identity. Reads only {@link
 * dev.hanmoto.theme.Theme#pdf()}, {@link dev.hanmoto.theme.Theme#fonts()} and {@link
 * dev.hanmoto.theme.Theme#files()}.
 *
 * <p>Must not import {@code dev.hanmoto.source}, flexmark, or any other renderer's package.
 */
package dev.hanmoto.render.pdf;
