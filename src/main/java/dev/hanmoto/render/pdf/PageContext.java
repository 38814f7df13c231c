package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Document;
import dev.hanmoto.theme.PdfTheme;
import java.time.Instant;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * What a page pass knows besides the pages.
 *
 * @param doc            the document laid out
 * @param pdf            the theme's {@code pdf} section
 * @param date           the PDF's creation and modification date
 * @param latinSpaceFont the font the 和欧間 spaces were set in, if the layout used it ({@link LatinSpaceFont})
 * @param shapedFonts    the fallback fonts the layout drew shaped ({@link dev.hanmoto.render.ShapedFont})
 */
record PageContext(Document doc, PdfTheme pdf, Instant date, Optional<PDFont> latinSpaceFont, java.util.List<PDFont> shapedFonts) {}
