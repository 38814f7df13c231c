package dev.hanmoto.render.pdf;

import dev.hanmoto.theme.FontFace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Parsed TrueType fonts, loaded once per process and shared by every render (a CJK face is 5–6 MB and
 * takes far longer to parse than a short document takes to lay out). Keyed by absolute path.
 *
 * <p>Sharing a parsed {@link TrueTypeFont} across documents is what PDFBox intends
 * ({@code PDType0Font.load(doc, ttf, subset)} never closes it); fontbox synchronises its table and
 * glyph reads, so renders on several threads may share one instance.
 *
 * <p>Also replaces PDFBox's default {@link FontMapper}, which scans every system font folder on first
 * use (seconds, and output that depends on the machine). Hanmoto embeds only theme fonts, so the
 * standard-14 fonts that openhtmltopdf creates for its generic families are mapped to the first
 * loaded theme font for metrics, never scanned for.
 */
final class FontLibrary {
    private static final ConcurrentHashMap<Path, TrueTypeFont> FONTS = new ConcurrentHashMap<>();

    static {
        FontMappers.set(new ThemeOnlyMapper());
    }

    private FontLibrary() {}

    /** The parsed font for a file, parsed on first request. */
    static TrueTypeFont font(Path file) {
        return FONTS.computeIfAbsent(file.toAbsolutePath().normalize(), FontLibrary::parse);
    }

    /** Whether any face of the faces maps the code point to a real glyph (not .notdef). */
    static boolean hasGlyph(List<FontFace> faces, int codePoint) {
        for (FontFace f : faces) {
            try {
                CmapLookup cmap = font(f.file()).getUnicodeCmapLookup(false);
                if (cmap != null && cmap.getGlyphId(codePoint) > 0) return true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }

    private static TrueTypeFont parse(Path file) {
        try {
            // Read fully: no open file handle per font for the life of the process.
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)));
            // With GSUB on, PDFBox sets "fi" as a ligature glyph that its subset ToUnicode map leaves out:
            // the text no longer extracts and PDF/A 6.2.11.7.2 / PDF/UA 7.21.7 fail. Horizontal Japanese
            // needs no substitution (disabling only the liga feature was not enough).
            ttf.setEnableGsub(false);
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse font " + file, e);
        }
    }

    /** Maps every request to an already loaded theme font as a fallback; never touches the system. */
    private static final class ThemeOnlyMapper implements FontMapper {
        private static TrueTypeFont any() {
            // Smallest path, not hash order: the same fallback whatever was loaded first.
            return FONTS.entrySet().stream().min(java.util.Map.Entry.comparingByKey())
                    .map(java.util.Map.Entry::getValue).orElse(null);
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
            TrueTypeFont f = any();
            return f == null ? null : new FontMapping<>(f, true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
            TrueTypeFont f = any();
            return f == null ? null : new FontMapping<>(f, true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
            TrueTypeFont f = any();
            return f == null ? null : new CIDFontMapping(null, f, true);
        }
    }
}
