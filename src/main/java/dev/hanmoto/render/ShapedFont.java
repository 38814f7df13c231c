package dev.hanmoto.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.gsub.GsubWorker;
import org.apache.fontbox.ttf.gsub.GsubWorkerFactory;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.fontbox.ttf.model.ScriptFeature;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A font whose script needs its glyphs substituted to be read at all: Devanagari, Bengali and Gujarati,
 * the scripts fontbox 3 has a glyph-substitution worker for ({@code GsubWorkerFactory}). PDFBox's content
 * stream runs that worker on every string drawn in such a {@link PDType0Font} (conjuncts, half forms, the
 * reph, the i-matra moved before its consonant) when the font's GSUB is enabled; every other font keeps it
 * off ({@code render.pdf.FontLibrary}: horizontal Japanese needs none, and a Latin "fi" ligature would
 * leave the text layer).
 *
 * <p>What substitution breaks, this class mends: PDFBox writes a ToUnicode map only for glyphs the font's
 * cmap names, so a conjunct glyph would extract as nothing (and fail PDF/A-2u 6.2.11.7.2 and PDF/UA 7.21.7).
 * A shaped font is therefore embedded whole (the subset's map is written only at save time, past mending;
 * the bundled Devanagari face is 141 KB) with a map that gives each substituted glyph the characters it
 * stands for, found by running the font's own substitutions backwards.
 */
public final class ShapedFont {
    private ShapedFont() {}

    /** Whether the font's GSUB is for a script that fontbox shapes (and that cannot be read unshaped). */
    public static boolean needsShaping(TrueTypeFont ttf) throws IOException {
        GsubData gsub = gsub(ttf);
        if (gsub == GsubData.NO_DATA_FOUND) return false;
        Language lang = gsub.getLanguage();
        return lang == Language.DEVANAGARI || lang == Language.BENGALI || lang == Language.GUJARATI;
    }

    /** The font embedded whole into {@code doc}, its ToUnicode map naming every glyph a substitution makes. */
    public static PDType0Font load(PDDocument doc, TrueTypeFont ttf) throws IOException {
        PDType0Font font = PDType0Font.load(doc, ttf, false);
        Map<Integer, String> text = glyphTexts(ttf);
        PDStream cmap = new PDStream(doc, new ByteArrayInputStream(toUnicode(text)), COSName.FLATE_DECODE);
        font.getCOSObject().setItem(COSName.TO_UNICODE, cmap);
        return new Measured(font);
    }

    /** Whether the layout's font is one this class embedded (a shaped font). */
    public static boolean isShaped(PDFont font) {
        return font instanceof Measured;
    }

    /**
     * The text that a shaped font's glyphs were drawn for, as written (before the i-matra moved before its
     * consonant, the reph after, a conjunct's letters became one glyph); empty if the layout never measured
     * a string that shapes to these glyphs. openhtmltopdf measures each run it draws, so a drawn run is found.
     */
    public static Optional<String> textOf(PDFont font, List<Integer> glyphs) {
        return font instanceof Measured m ? Optional.ofNullable(m.measured.get(glyphs)) : Optional.empty();
    }

    /**
     * The embedded font measuring strings as they are drawn: openhtmltopdf sizes a run with
     * {@link PDType0Font#getStringWidth}, which adds the unshaped glyphs' advances (a conjunct is narrower
     * than its letters, so each word would leave a gap after it). The same dictionary, so the page names
     * one font; its substitution data is the loaded font's, for the content stream to shape with.
     */
    private static final class Measured extends PDType0Font {
        private final GsubData gsub;
        private final CmapLookup cmap;
        private GsubWorker worker;
        /** Each string measured, by the glyphs it is drawn as (what {@link #textOf} gives back). */
        private final Map<List<Integer>, String> measured = new java.util.HashMap<>();

        Measured(PDType0Font loaded) throws IOException {
            super(loaded.getCOSObject());
            this.gsub = loaded.getGsubData();
            this.cmap = loaded.getCmapLookup();
        }

        @Override
        public GsubData getGsubData() {
            return gsub;
        }

        @Override
        public CmapLookup getCmapLookup() {
            return cmap;
        }

        @Override
        public float getStringWidth(String text) throws IOException {
            if (worker == null) worker = new GsubWorkerFactory().getGsubWorker(cmap, gsub);
            List<Integer> glyphs = new ArrayList<>();
            text.codePoints().forEach(cp -> glyphs.add(cmap.getGlyphId(cp)));
            List<Integer> shaped = List.copyOf(worker.applyTransforms(glyphs));
            measured.putIfAbsent(shaped, text);
            float width = 0;
            // Identity-H, the whole font embedded: a glyph's code is its id.
            for (int gid : shaped) width += getWidth(gid);
            return width;
        }
    }

    /**
     * The characters each glyph stands for: the cmap's glyphs their character (the lowest, if several),
     * and a glyph that a substitution makes the characters of the glyphs it replaces (repeated until
     * nothing changes, as conjuncts are built from half forms). Glyphs reachable only through contextual
     * lookups, which fontbox does not apply, stay out: they are never drawn.
     */
    static Map<Integer, String> glyphTexts(TrueTypeFont ttf) throws IOException {
        Map<Integer, String> text = new TreeMap<>();
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        int glyphs = ttf.getNumberOfGlyphs();
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> codes = cmap == null ? null : cmap.getCharCodes(gid);
            if (codes != null && !codes.isEmpty()) {
                text.put(gid, new String(Character.toChars(codes.stream().min(Integer::compare).orElseThrow())));
            }
        }
        GsubData gsub = gsub(ttf);
        // Every substitution, in a fixed order: features by name, sources by their glyph list.
        List<Map.Entry<List<Integer>, Integer>> rules = new ArrayList<>();
        Set<String> features = gsub == GsubData.NO_DATA_FOUND ? Set.of() : gsub.getSupportedFeatures();
        for (String name : new java.util.TreeSet<>(features)) {
            ScriptFeature feature = gsub.getFeature(name);
            List<List<Integer>> sources = new ArrayList<>(feature.getAllGlyphIdsForSubstitution());
            sources.sort(ShapedFont::compare);
            for (List<Integer> src : sources) rules.add(Map.entry(src, feature.getReplacementForGlyphs(src)));
        }
        Set<Integer> named = new HashSet<>(text.keySet());
        for (boolean changed = true; changed; ) {
            changed = false;
            for (var rule : rules) {
                int out = rule.getValue();
                if (named.contains(out)) continue;
                StringBuilder sb = new StringBuilder();
                boolean known = true;
                for (int in : rule.getKey()) {
                    String s = text.get(in);
                    if (s == null) {
                        known = false;
                        break;
                    }
                    sb.append(s);
                }
                if (known) {
                    text.put(out, sb.toString());
                    named.add(out);
                    changed = true;
                }
            }
        }
        return text;
    }

    /** The font's substitutions whether or not it applies them (never switched on a shared font). */
    private static GsubData gsub(TrueTypeFont ttf) throws IOException {
        var table = ttf.getGsub();
        return table == null ? GsubData.NO_DATA_FOUND : table.getGsubData();
    }

    private static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) return c;
        }
        return Integer.compare(a.size(), b.size());
    }

    /** A ToUnicode CMap for Identity-H codes (two bytes, the glyph id) with {@code text}'s entries. */
    static byte[] toUnicode(Map<Integer, String> text) {
        StringBuilder sb = new StringBuilder();
        sb.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo\n<< /Registry (Adobe)\n/Ordering (UCS)\n/Supplement 0\n>> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(text.entrySet());
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> chunk = entries.subList(from, Math.min(entries.size(), from + 100));
            sb.append(chunk.size()).append(" beginbfchar\n");
            for (var e : chunk) {
                sb.append(String.format("<%04X> <", e.getKey()));
                for (char c : e.getValue().toCharArray()) sb.append(String.format("%04X", (int) c));
                sb.append(">\n");
            }
            sb.append("endbfchar\n");
        }
        sb.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return sb.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
