package dev.hanmoto.render.card;

import java.io.IOException;
import java.util.List;
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
    /** The fallback chain's files behind this font, their metrics read only when a character needs them. */
    private final List<java.nio.file.Path> behind;

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
        behind = List.of();
    }

    private TrueTypeMetrics(TrueTypeMetrics font, List<java.nio.file.Path> behind) {
        this.name = font.name;
        this.advanceByGlyph = font.advanceByGlyph;
        this.glyphByCodePoint = font.glyphByCodePoint;
        this.ascent = font.ascent;
        this.descent = font.descent;
        this.behind = List.copyOf(behind);
    }

    /**
     * This font with the theme's fallback chain ({@code font-fallback}) behind it, as the card's layout has
     * it: a character this font lacks is measured in the first fallback face that has it.
     */
    TrueTypeMetrics withFallback(List<java.nio.file.Path> chain) {
        return new TrueTypeMetrics(this, chain);
    }

    /** The font (this one or a fallback face) that draws the code point; empty if none does. */
    private java.util.Optional<TrueTypeMetrics> drawing(int codePoint) {
        if (ownGlyph(codePoint)) return java.util.Optional.of(this);
        for (var file : behind) {
            TrueTypeMetrics m = CardFonts.metrics(file);
            if (m.ownGlyph(codePoint)) return java.util.Optional.of(m);
        }
        return java.util.Optional.empty();
    }

    private boolean ownGlyph(int codePoint) {
        return codePoint >= 0 && codePoint < LIMIT && glyphByCodePoint[codePoint] != 0;
    }

    /** Metrics of a .ttf file, parsed once per process and shared. */
    public static TrueTypeMetrics of(java.nio.file.Path file) {
        return CardFonts.metrics(file);
    }

    /** The font's name (its file name), for messages. */
    public String name() {
        return name;
    }

    /** Whether the font, or a fallback face behind it, has a glyph for the code point. */
    public boolean has(int codePoint) {
        return drawing(codePoint).isPresent();
    }

    /** Advance width of a code point in em, from the face that draws it; 1 em for a code point none has. */
    public float advance(int codePoint) {
        return drawing(codePoint).map(m -> m.advanceByGlyph[m.glyphByCodePoint[codePoint]]).orElse(1f);
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
