package dev.hanmoto.render;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * One theme face offered to an openhtmltopdf layout (the PDF's and the card's): embedded as a subset
 * into the layout's document only if the layout asks for it, and then once. The parsed font comes from
 * the renderer's own cache ({@code render.pdf.FontLibrary}, {@code render.card.CardFonts}), which says
 * how it is shared between threads.
 */
public final class EmbeddedFont extends PDFontSupplier {
    private final PDDocument doc;
    private final Path file;
    private final Function<Path, TrueTypeFont> parsed;
    private PDFont font;

    /** @param parsed the renderer's parsed font for a file (may throw {@link UncheckedIOException}) */
    public EmbeddedFont(PDDocument doc, Path file, Function<Path, TrueTypeFont> parsed) {
        super(null);
        this.doc = doc;
        this.file = file;
        this.parsed = parsed;
    }

    @Override
    public PDFont supply() {
        if (font == null) {
            try {
                font = PDType0Font.load(doc, parsed.apply(file), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + file, e);
            }
        }
        return font;
    }

    /** The font as the layout embedded it; empty if the layout never asked (no text used it). */
    public Optional<PDFont> supplied() {
        return Optional.ofNullable(font);
    }
}
