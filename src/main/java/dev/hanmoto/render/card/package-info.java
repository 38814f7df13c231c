/**
 * The social card renderer: fits the title to the card ({@link dev.hanmoto.render.card.TitleFitter},
 * phrase-aware line breaking and kinsoku from {@link dev.hanmoto.text}, the rules the PDF uses), fills
 * the theme's Thymeleaf card template and draws it to PNG through openhtmltopdf and PDFBox
 * ({@link dev.hanmoto.render.card.CardRenderer}).
 * Reads only the theme's {@code card:} section, its font stacks and files. Must not import
 * {@code dev.hanmoto.source}, flexmark, or the PDF/EPUB renderers.
 */
package dev.hanmoto.render.card;
