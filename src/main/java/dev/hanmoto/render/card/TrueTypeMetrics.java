package dev.hanmoto.render.card;

import java.io.IOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Advance widths of one TrueType font, read once from its {@code cmap} and {@code hmtx} tables, in em
 * (advance / unitsPerEm). These are the widths PDFBox uses when openhtmltopdf lays out and draws the
 * card (no kerning is applied there either), so a line measured here is a line drawn there.
 * Immutable after construction; safe to share between threads.
 */
public final class TrueTypeMetrics {
    /** Code points covered: planes 0–2 (BMP, SMP, CJK Extension B–F). */
    private static final int LIMIT = 0x30000;

    private final String name;
    private final float[] advanceByGlyph;
    private final char[] glyphByCodePoint;
    private final float ascent;
    private final float descent;

    TrueTypeMetrics(String name, TrueTypeFont ttf) throws IOException {
        this.name = name;
        float upem = ttf.getUnitsPerEm();
        int glyphs = ttf.getNumberOfGlyphs();
        advanceByGlyph = new float[glyphs];
        for (int g = 0; g < glyphs; g++) advanceByGlyph[g] = ttf.getAdvanceWidth(g) / upem;
        glyphByCodePoint = new char[LIMIT];
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        for (int cp = 0; cp < LIMIT; cp++) {
            if (cp >= 0xD800 && cp <= 0xDFFF) continue;
            int gid = cmap.getGlyphId(cp);
            if (gid > 0 && gid < glyphs) glyphByCodePoint[cp] = (char) gid;
        }
        var hhea = ttf.getHorizontalHeader();
        ascent = hhea.getAscender() / upem;
        descent = -hhea.getDescender() / upem;
    }

    /** Metrics of a .ttf file, parsed once per process and shared. */
    public static TrueTypeMetrics of(java.nio.file.Path file) {
        return CardFonts.metrics(file);
    }

    /** The font's name (its file name), for messages. */
    public String name() {
        return name;
    }

    /** Whether the font has a glyph for the code point. */
    public boolean has(int codePoint) {
        return codePoint >= 0 && codePoint < LIMIT && glyphByCodePoint[codePoint] != 0;
    }

    /** Advance width of a code point in em; 1 em for a code point the font lacks (as a CJK fallback would). */
    public float advance(int codePoint) {
        if (!has(codePoint)) return 1f;
        return advanceByGlyph[glyphByCodePoint[codePoint]];
    }

    /** Ascender (hhea), in em. */
    public float ascent() {
        return ascent;
    }

    /** Descender (hhea) as a positive distance below the baseline, in em. */
    public float descent() {
        return descent;
    }
}
