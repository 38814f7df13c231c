package dev.hanmoto.render.epub;

import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.HashMap;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphSubstitutionTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Subsets the theme's TrueType fonts to the characters a book uses ({@code epub.embed-fonts: subset}).
 * Each subset is parsed again before it goes into the book: EPUBCheck does not look inside font files,
 * so a broken font would otherwise only show as missing glyphs on a reader's device.
 */
final class FontSubsets {
    /**
     * Tables kept in a subset. The list is explicit: without it {@link TTFSubsetter} copies every other
     * table verbatim, and tables indexed by the old glyph ids (GSUB, GPOS, vmtx, …) would be stale and
     * bloat the file. {@code cmap}, {@code name}, {@code OS/2} and {@code post} are needed by reading
     * systems (unlike in PDF, where glyphs are addressed by id).
     */
    static final List<String> TABLES = List.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "post",
            "cvt ", "fpgm", "prep", "glyf", "loca", "hmtx", "gasp");

    /** One embedded face: its file name in the font folder, the CSS family and the subset bytes. */
    record Subset(String fileName, String family, FontFace face, byte[] bytes) {}

    private FontSubsets() {}

    /** Subsets of every face of the stacks that {@code css} names, in theme order. */
    static List<Subset> of(FontStacks fonts, String css, Set<Integer> codePoints, boolean vertical) throws IOException {
        List<Subset> out = new ArrayList<>();
        for (Map.Entry<String, List<FontFace>> stack : fonts.stacks().entrySet()) {
            if (!css.contains(stack.getKey())) continue;
            for (FontFace face : stack.getValue()) {
                String name = String.format(Locale.ROOT, "%s-%d%s.ttf", safe(stack.getKey()), face.weight(),
                        face.style() == FontFace.Style.NORMAL ? "" : "-" + safe(face.style().word()));
                out.add(new Subset(name, stack.getKey(), face, subset(face, codePoints, vertical)));
            }
        }
        return out;
    }

    /**
     * One face of the fallback chain ({@code font-fallback}) that the book needs: its file in the font
     * folder, its bytes, and for each stack family the characters it draws there (those the stack lacks
     * and no earlier fallback face has).
     */
    record Fallback(String fileName, byte[] bytes, Map<String, Set<Integer>> characters) {}

    /**
     * The fallback faces the book's characters {@code codePoints} need behind the stacks' {@code subsets}, in
     * chain order; none for a book whose stacks have every character. A face with GSUB (Devanagari) goes in
     * whole, so that the reading system shapes with it; the others as subsets. A face that covers Arabic
     * letters without GSUB is left out: the PDF shapes Arabic into presentation forms before drawing
     * ({@code RightToLeftPass}), an EPUB keeps the letters as written, and a reading system joins them only
     * through GSUB, so its own Arabic font draws them better than the bundled one.
     */
    static List<Fallback> fallbacks(FontStacks fonts, List<Subset> subsets, Set<Integer> codePoints) throws IOException {
        Map<String, Set<Integer>> lacking = new java.util.LinkedHashMap<>();
        for (Subset s : subsets) {
            if (lacking.containsKey(s.family())) continue;
            Set<Integer> missing = new TreeSet<>();
            try (TrueTypeFont t = new TTFParser().parse(new RandomAccessReadBuffer(s.bytes()))) {
                CmapLookup cmap = t.getUnicodeCmapLookup();
                for (int cp : codePoints) {
                    int type = Character.getType(cp);
                    if (Character.isWhitespace(cp) || type == Character.CONTROL || type == Character.FORMAT) continue;
                    if (cmap.getGlyphId(cp) == 0) missing.add(cp);
                }
            }
            lacking.put(s.family(), missing);
        }
        List<Fallback> out = new ArrayList<>();
        if (lacking.values().stream().allMatch(Set::isEmpty)) return out;
        List<FontFace> chain = fonts.fallback();
        for (int i = 0; i < chain.size(); i++) {
            FontFace face = chain.get(i);
            byte[] file = dev.hanmoto.theme.FontFiles.bytes(face.file());
            Map<String, Set<Integer>> drawn = new java.util.LinkedHashMap<>();
            Set<Integer> all = new TreeSet<>();
            boolean layout;
            try (TrueTypeFont t = new TTFParser().parse(new RandomAccessReadBuffer(file))) {
                CmapLookup cmap = t.getUnicodeCmapLookup(false);
                if (cmap == null) continue;
                layout = t.getGsub() != null;
                for (var e : lacking.entrySet()) {
                    Set<Integer> here = new TreeSet<>();
                    for (int cp : e.getValue()) if (cmap.getGlyphId(cp) > 0) here.add(cp);
                    if (!here.isEmpty()) drawn.put(e.getKey(), here);
                    all.addAll(here);
                }
            }
            if (all.isEmpty() || !layout && all.stream().anyMatch(cp -> cp >= 0x0600 && cp <= 0x06FF)) continue;
            for (var e : drawn.entrySet()) lacking.get(e.getKey()).removeAll(e.getValue());
            String base = face.file().getFileName().toString().replaceFirst("(?i)\\.ttf$", "");
            String name = String.format(Locale.ROOT, "fallback-%d-%s.ttf", i + 1, safe(base));
            byte[] bytes = layout ? file : subset(face, all, false);
            verify(bytes, face);
            out.add(new Fallback(name, bytes, drawn));
        }
        return out;
    }

    /**
     * The {@code @font-face} rules of the subsets for a stylesheet at {@code cssHref}, whose
     * {@code url()}s point into the font folder {@code fontDir} (both package-relative). Each fallback face
     * follows under the family of every stack it stands behind, at each weight and style of that stack's
     * faces, limited by {@code unicode-range} to the characters it draws there: of two faces of a family
     * that both cover a character the later one is used (CSS Fonts 3, 4.5), so the stack's own face draws
     * everything else.
     */
    static String css(List<Subset> subsets, List<Fallback> fallbacks, String cssHref, String fontDir) {
        StringBuilder sb = new StringBuilder("/* Generated: the theme's font stacks, subset to this book's characters. */\n");
        for (Subset s : subsets) fontFace(sb, s.family(), s.face(), EpubLayout.relative(cssHref, fontDir + s.fileName()), null);
        if (!fallbacks.isEmpty()) sb.append("/* The fallback chain (font-fallback), for the characters the stacks lack. */\n");
        for (Fallback f : fallbacks) {
            String url = EpubLayout.relative(cssHref, fontDir + f.fileName());
            for (Subset s : subsets) {
                Set<Integer> chars = f.characters().get(s.family());
                if (chars != null) fontFace(sb, s.family(), s.face(), url, unicodeRange(chars));
            }
        }
        return sb.toString();
    }

    private static void fontFace(StringBuilder sb, String family, FontFace face, String url, String range) {
        sb.append("@font-face {\n  font-family: \"").append(family).append("\";\n")
          .append("  font-weight: ").append(face.weight()).append(";\n")
          .append("  font-style: ").append(face.style().word()).append(";\n")
          .append("  src: url(\"").append(url).append("\") format(\"truetype\");\n");
        if (range != null) sb.append("  unicode-range: ").append(range).append(";\n");
        sb.append("}\n");
    }

    /** The characters as CSS unicode-range values, consecutive ones as one range. */
    static String unicodeRange(Set<Integer> chars) {
        StringBuilder sb = new StringBuilder();
        Integer start = null, prev = null;
        for (int cp : new TreeSet<>(chars)) {
            if (prev != null && cp == prev + 1) {
                prev = cp;
                continue;
            }
            if (start != null) range(sb, start, prev);
            start = cp;
            prev = cp;
        }
        if (start != null) range(sb, start, prev);
        return sb.toString();
    }

    private static void range(StringBuilder sb, int from, int to) {
        if (!sb.isEmpty()) sb.append(", ");
        sb.append(String.format(Locale.ROOT, from == to ? "U+%X" : "U+%X-%X", from, to));
    }

    /**
     * The subset of one face. For vertical writing the {@code vert} alternates of the characters are
     * kept too, with a new GSUB that maps to them (see {@link VerticalGsub}).
     */
    static byte[] subset(FontFace face, Set<Integer> codePoints, boolean vertical) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(dev.hanmoto.theme.FontFiles.bytes(face.file())))) {
            TTFSubsetter sub = new TTFSubsetter(ttf, TABLES);
            sub.addAll(codePoints);
            Map<Integer, Integer> vert = vertical ? verticalAlternates(ttf, codePoints) : Map.of();
            sub.addGlyphIds(new TreeSet<>(vert.values()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            sub.writeToStream(out);
            byte[] bytes = out.toByteArray();
            if (!vert.isEmpty()) {
                Map<Integer, Integer> newToOld = sub.getGIDMap();
                Map<Integer, Integer> oldToNew = new HashMap<>();
                newToOld.forEach((n, o) -> oldToNew.put(o, n));
                SortedMap<Integer, Integer> pairs = new TreeMap<>();
                vert.forEach((g, v) -> {
                    Integer ng = oldToNew.get(g);
                    Integer nv = oldToNew.get(v);
                    if (ng != null && nv != null) pairs.put(ng, nv);
                });
                if (!pairs.isEmpty()) bytes = VerticalGsub.withTable(bytes, "GSUB", VerticalGsub.table(pairs));
            }
            verify(bytes, face);
            return bytes;
        }
    }

    /** Original glyph → its {@code vert} alternate, for the characters that have one. */
    private static Map<Integer, Integer> verticalAlternates(TrueTypeFont ttf, Set<Integer> codePoints) throws IOException {
        Map<Integer, Integer> map = new TreeMap<>();
        GlyphSubstitutionTable gsub = ttf.getGsub();
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        if (gsub == null || cmap == null) return map;
        String[] scripts = {"kana", "hani", "DFLT", "latn"};
        for (int cp : codePoints) {
            int g = cmap.getGlyphId(cp);
            if (g == 0) continue;
            int v = gsub.getSubstitution(g, scripts, List.of("vert"));
            if (v != g && v > 0) map.put(g, v);
        }
        return map;
    }

    /** Parses a subset again and checks that it maps characters to glyphs; throws if it does not. */
    static int verify(byte[] bytes, FontFace face) throws IOException {
        try (TrueTypeFont t = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            if (t.getUnicodeCmapLookup() == null || t.getNumberOfGlyphs() < 1) {
                throw new IOException("subset of " + face.file() + " has no Unicode cmap");
            }
            return t.getNumberOfGlyphs();
        }
    }

    private static String safe(String s) {
        return s.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
