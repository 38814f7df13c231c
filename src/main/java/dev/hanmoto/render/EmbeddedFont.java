package dev.hanmoto.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import dev.hanmoto.theme.FontFace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    /** The CSS family of the {@code i}-th fallback face: a name no stylesheet uses, as the faces are behind every family. */
    public static final String FALLBACK_FAMILY = "hanmoto-fallback-";

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
                TrueTypeFont ttf = parsed.apply(file);
                // A font that fontbox shapes is embedded whole, with a ToUnicode map for its substituted glyphs.
                font = ttf.isEnableGsub() && ShapedFont.needsShaping(ttf) ? ShapedFont.load(doc, ttf) : PDType0Font.load(doc, ttf, true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + file, e);
            }
        }
        return font;
    }

    /**
     * The theme's fallback chain ({@code font-fallback}) behind every family of a layout (the PDF's and the
     * card's): openhtmltopdf tries, for each character, the faces of the family the CSS names, then these
     * in order (before its PDF base fonts, which have no Japanese and are never embedded). Each is embedded
     * only if a character needs it. Called once the renderer is built: openhtmltopdf's builder takes fallback
     * fonts only as streams, which would parse each font again for every layout.
     *
     * @return the faces offered, in chain order
     */
    public static List<EmbeddedFont> addFallback(PdfBoxFontResolver resolver, PDDocument doc, List<FontFace> chain,
                                                 Function<Path, TrueTypeFont> parsed) {
        List<EmbeddedFont> out = new ArrayList<>();
        for (int i = 0; i < chain.size(); i++) {
            FontFace face = chain.get(i);
            EmbeddedFont font = new EmbeddedFont(doc, face.file(), parsed);
            out.add(font);
            resolver.addFont(font, FALLBACK_FAMILY + i, face.weight(),
                    face.style() == FontFace.Style.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL, true,
                    PdfBoxFontResolver.FontGroup.PRE_BUILT_IN_FALLBACK);
        }
        return out;
    }

    /** The font as the layout embedded it; empty if the layout never asked (no text used it). */
    public Optional<PDFont> supplied() {
        return Optional.ofNullable(font);
    }
}
