/**
 * The social card renderer ({@link dev.hanmoto.render.card.CardRenderer}), one class per step: the
 * title fitted to the card's title box ({@link dev.hanmoto.render.card.TitleFitter}: phrase-aware line
 * breaking and kinsoku from {@link dev.hanmoto.text}, the rules the PDF uses; the boxes are the theme's
 * {@link dev.hanmoto.theme.CardBoxes}, which the binder checked), the theme's Thymeleaf card template
 * filled ({@code CardPage}), laid out by openhtmltopdf into a one-page PDF in memory ({@code CardLayout},
 * fonts from {@code CardFonts}, each face offered as a {@link dev.hanmoto.render.EmbeddedFont}), drawn by PDFBox ({@code CardRaster}) and written as PNG
 * ({@code PngEncoder}). Reads only the theme's {@code card:} section, its font stacks and files.
 *
 * <p>Must not import {@code dev.hanmoto.source}, flexmark, Jackson, jsoup, or the PDF/EPUB renderers.
 */
package dev.hanmoto.render.card;
