package dev.hanmoto.render.pdf;

import dev.hanmoto.render.ShapedFont;
import dev.hanmoto.theme.FontFace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.CmapLookup;
import dev.hanmoto.theme.FontFiles;
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
 * takes far longer to parse than a short document takes to lay out: 0.3–2 s for the five default
 * faces, measured). Keyed by absolute path, modification time and size.
 *
 * <p>Sharing a parsed {@link TrueTypeFont} across documents is what PDFBox intends
 * ({@code PDType0Font.load(doc, ttf, subset)} never closes it); {@code TTFParser.parse} reads every
 * table as it parses, and fontbox 3 reads glyphs and table bytes (for subsets) under a lock, so renders
 * on several threads may share one instance.
 *
 * <p>Also replaces PDFBox's default {@link FontMapper}, which scans every system font folder on first
 * use (seconds, and output that depends on the machine). Hanmoto embeds only theme fonts, so the
 * standard-14 fonts that openhtmltopdf creates for its generic families are mapped to the first
 * loaded theme font for metrics, never scanned for.
 */
final class FontLibrary {
    /** A font file as it is on disk now: a changed file (e.g. during {@code watch}) is parsed anew. */
    private record Key(Path path, long modified, long size, FontFace.Chars chars) {}

    private static final ConcurrentHashMap<Key, TrueTypeFont> FONTS = new ConcurrentHashMap<>();

    static {
        FontMappers.set(new ThemeOnlyMapper());
    }

    private FontLibrary() {}

    /** The parsed font for a file, parsed on first request (and again if the file changed). */
    static TrueTypeFont font(Path file) {
        return font(new FontFace(file, FontFace.NORMAL_WEIGHT, FontFace.Style.NORMAL));
    }

    /** The parsed font of a face (a {@code latin} face: its derived Latin-only font), parsed on first request. */
    static TrueTypeFont font(FontFace face) {
        Path p = face.file().toAbsolutePath().normalize();
        Key key;
        try {
            key = new Key(p, Files.getLastModifiedTime(p).toMillis(), Files.size(p), face.chars());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + p, e);
        }
        return FONTS.computeIfAbsent(key, k -> parse(new FontFace(k.path(), face.weight(), face.style(), k.chars())));
    }

    /** The advance of the font's space (U+0020) in ems; 0 if it has none. */
    static double spaceAdvance(Path file) {
        TrueTypeFont font = font(file);
        try {
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            int gid = cmap == null ? 0 : cmap.getGlyphId(' ');
            return gid == 0 ? 0 : (double) font.getAdvanceWidth(gid) / font.getUnitsPerEm();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + file, e);
        }
    }

    /** The Unicode cmaps of the faces, in order, for many lookups. */
    static List<CmapLookup> cmaps(List<FontFace> faces) {
        List<CmapLookup> out = new java.util.ArrayList<>();
        for (FontFace f : faces) {
            try {
                CmapLookup cmap = font(f).getUnicodeCmapLookup(false);
                if (cmap != null) out.add(cmap);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** Whether any of the cmaps maps the code point to a real glyph (not .notdef). */
    static boolean hasGlyph(List<CmapLookup> cmaps, int codePoint) {
        for (CmapLookup c : cmaps) if (c.getGlyphId(codePoint) > 0) return true;
        return false;
    }

    private static TrueTypeFont parse(FontFace face) {
        Path file = face.file();
        try {
            // Bytes shared with the other font users (FontFiles): no open file handle, read once.
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.bytes(face)));
            // With GSUB on, PDFBox sets "fi" as a ligature glyph that its subset ToUnicode map leaves out:
            // the text no longer extracts and PDF/A 6.2.11.7.2 / PDF/UA 7.21.7 fail. Horizontal Japanese
            // needs no substitution (disabling only the liga feature was not enough). A script that cannot
            // be read unshaped (Devanagari) keeps it, and is embedded with a ToUnicode map that names the
            // substituted glyphs (ShapedFont).
            ttf.setEnableGsub(ShapedFont.needsShaping(ttf));
            return ttf;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse font " + file, e);
        }
    }

    /** Maps every request to an already loaded theme font as a fallback; never touches the system. */
    private static final class ThemeOnlyMapper implements FontMapper {
        private static TrueTypeFont any() {
            // Smallest path, not hash order: the same fallback whatever was loaded first.
            return FONTS.entrySet().stream().min(java.util.Comparator.comparing(e -> e.getKey().path()))
                    .map(java.util.Map.Entry::getValue).orElseGet(ThemeOnlyMapper::lastResort);
        }

        private static volatile TrueTypeFont lastResort;

        /**
         * Before any theme font is loaded (a card laid out while the PDF of the same document is still
         * starting, in a parallel build), a null mapping made {@code PDType1Font} throw a
         * NullPointerException (found by the issue-8 tests). PDFBox's own last-resort font, from its
         * jar, stands in: no system scan, the same on every machine.
         */
        static TrueTypeFont lastResort() {
            TrueTypeFont f = lastResort;
            if (f == null) {
                synchronized (ThemeOnlyMapper.class) {
                    f = lastResort;
                    if (f == null) {
                        try (var in = FontMapper.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
                            if (in == null) throw new IOException("PDFBox's LiberationSans-Regular.ttf is missing from the class path");
                            f = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        lastResort = f;
                    }
                }
            }
            return f;
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
