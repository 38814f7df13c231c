package dev.hanmoto.render.pdf;

import dev.hanmoto.render.ShapedFont;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFTable;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The stylesheet's font lists that start with a {@code chars: latin} stack ({@code font-family:
 * serif-latin, serif-ja-em}: proportional Latin, the Japanese on the em grid) turned round for the
 * layout: {@code serif-ja-em--without-serif-latin, serif-latin}, where the first family is each face of
 * the Japanese stack with the characters the Latin stack has taken out of its character map. Every
 * character is set in the same face as before (the Latin stack's where it has one, else the Japanese
 * one's), but openhtmltopdf measures a text by trying its list's first face on the whole text and,
 * when a character is missing, catches PDFBox's exception (whose message it formats) and measures
 * character by character: with the Latin face first, that happened for nearly every run of Japanese;
 * now only for runs that mix in Latin letters. The faces keep their glyph numbers, outlines and
 * metrics: only the {@code cmap} table differs, so the pages are the same.
 */
final class JapaneseFirstStacks {
    /** Between the Japanese stack's name and the Latin stack's in a derived family's name. */
    static final String WITHOUT = "--without-";

    /** A family of the layout: {@code base}'s faces without the characters of {@code latin}'s. */
    record Derived(String family, String base, String latin) {}

    /** The stylesheet as openhtmltopdf gets it, and the derived families it names. */
    record Rewrite(String css, List<Derived> derived) {}

    private static final Pattern FAMILY = Pattern.compile("(font-family\\s*:\\s*)([^;}]+)");
    private static final Pattern IMPORTANT = Pattern.compile("\\s*!\\s*important\\s*$");

    private JapaneseFirstStacks() {}

    /** {@code css} with each list that starts with a Latin-only stack followed by a full one turned round. */
    static Rewrite of(String css, FontStacks fonts) {
        Map<String, Derived> derived = new TreeMap<>();
        Matcher m = FAMILY.matcher(css);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = m.group(2);
            Matcher imp = IMPORTANT.matcher(value);
            String trail = imp.find() ? value.substring(imp.start()) : value.substring(value.stripTrailing().length());
            List<String> names = new ArrayList<>();
            for (String n : value.substring(0, value.length() - trail.length()).split(",")) names.add(n.strip().replaceAll("^[\"']|[\"']$", ""));
            String replacement = value;
            if (names.size() >= 2 && only(fonts, names.get(0), FontFace.Chars.LATIN) && only(fonts, names.get(1), FontFace.Chars.ALL)) {
                Derived d = new Derived(names.get(1) + WITHOUT + names.get(0), names.get(1), names.get(0));
                derived.put(d.family(), d);
                List<String> turned = new ArrayList<>(names);
                turned.set(0, d.family());
                turned.set(1, names.get(0));
                // What followed the names (an !important) stays where it was.
                replacement = String.join(", ", turned) + trail;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replacement));
        }
        m.appendTail(out);
        return new Rewrite(out.toString(), List.copyOf(derived.values()));
    }

    private static boolean only(FontStacks fonts, String name, FontFace.Chars chars) {
        Optional<List<FontFace>> faces = fonts.find(name);
        return faces.isPresent() && !faces.get().isEmpty() && faces.get().stream().allMatch(f -> f.chars() == chars);
    }

    private record Key(FontFace base, List<FontFace> latin) {}

    private static final Set<String> KEEP = Set.of("head", "hhea", "maxp", "OS/2", "name", "cmap", "glyf", "loca", "hmtx",
            "post", "cvt ", "fpgm", "prep", "gasp");

    private static final ConcurrentHashMap<Key, TrueTypeFont> FONTS = new ConcurrentHashMap<>();

    /** {@code base} parsed with the characters every face of {@code latin} has taken out of its cmap; once per process. */
    static TrueTypeFont font(FontFace base, List<FontFace> latin) {
        return FONTS.computeIfAbsent(new Key(base, List.copyOf(latin)), k -> {
            try {
                Set<Integer> taken = null;
                for (FontFace f : k.latin()) {
                    Set<Integer> has = mapped(FontLibrary.font(f)).keySet();
                    if (taken == null) taken = new HashSet<>(has);
                    else taken.retainAll(has);
                }
                TrueTypeFont whole = FontLibrary.font(k.base());
                Map<Integer, Integer> map = mapped(whole);
                if (taken != null) map.keySet().removeAll(taken);
                byte[] file = dev.hanmoto.theme.FontFiles.bytes(k.base());
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(withCmap(file, whole, map)));
                ttf.setEnableGsub(ShapedFont.needsShaping(ttf));
                return ttf;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot derive font " + k.base().file(), e);
            }
        });
    }

    /** Every Unicode code point the font maps to a glyph, with its glyph. */
    static Map<Integer, Integer> mapped(TrueTypeFont ttf) throws IOException {
        Map<Integer, Integer> out = new TreeMap<>();
        CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
        if (!(lookup instanceof CmapSubtable cmap)) return out;
        int glyphs = ttf.getNumberOfGlyphs();
        for (int gid = 1; gid < glyphs; gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes != null) for (int cp : codes) out.put(cp, gid);
        }
        return out;
    }

    /**
     * The font file {@code file} (parsed as {@code ttf}) with its {@code cmap} replaced by one (3,10)
     * format 12 subtable of {@code map}; the other tables copied straight from the file's bytes.
     */
    static byte[] withCmap(byte[] file, TrueTypeFont ttf, Map<Integer, Integer> map) {
        Map<String, TTFTable> tables = new TreeMap<>(ttf.getTableMap());
        // What PDFBox embeds a horizontal subset from (and the hinting): no GSUB, GPOS or vertical
        // metrics, which are large in a CJK face and which neither the layout nor the PDF reads.
        tables.keySet().retainAll(KEEP);
        byte[] cmap = cmap(map);
        int n = tables.containsKey("cmap") ? tables.size() : tables.size() + 1;
        int pow = Integer.highestOneBit(n);
        int size = 12 + 16 * n + ((cmap.length + 3) & ~3);
        for (Map.Entry<String, TTFTable> e : tables.entrySet()) if (!e.getKey().equals("cmap")) size += ((int) e.getValue().getLength() + 3) & ~3;
        // One array of the file's size, written in place from the file's bytes: a 5 MB face is copied once.
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(0x00010000).putShort((short) n).putShort((short) (pow * 16))
                .putShort((short) Integer.numberOfTrailingZeros(pow)).putShort((short) (n * 16 - pow * 16));
        tables.remove("cmap");
        List<String> tags = new ArrayList<>(tables.keySet());
        tags.add("cmap");
        tags.sort(null);
        int offset = 12 + 16 * n;
        for (String tag : tags) {
            int length = tag.equals("cmap") ? cmap.length : (int) tables.get(tag).getLength();
            int sum = tag.equals("cmap") ? checksum(cmap, 0, cmap.length) : checksum(file, (int) tables.get(tag).getOffset(), length);
            out.put(tag.getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(sum).putInt(offset).putInt(length);
            offset += (length + 3) & ~3;
        }
        for (String tag : tags) {
            if (tag.equals("cmap")) out.put(cmap);
            else out.put(file, (int) tables.get(tag).getOffset(), (int) tables.get(tag).getLength());
            out.position((out.position() + 3) & ~3);
        }
        return out.array();
    }

    private static byte[] cmap(Map<Integer, Integer> map) {
        List<int[]> groups = new ArrayList<>();
        for (Map.Entry<Integer, Integer> e : map.entrySet()) {
            int[] last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && e.getKey() == last[1] + 1 && e.getValue() == last[2] + (last[1] - last[0]) + 1) last[1] = e.getKey();
            else groups.add(new int[] {e.getKey(), e.getKey(), e.getValue()});
        }
        int sub = 16 + 12 * groups.size();
        ByteBuffer b = ByteBuffer.allocate(4 + 8 + sub);
        b.putShort((short) 0).putShort((short) 1);                       // version, one subtable
        b.putShort((short) 3).putShort((short) 10).putInt(12);           // Windows, UCS-4, at 12
        b.putShort((short) 12).putShort((short) 0).putInt(sub).putInt(0).putInt(groups.size());
        for (int[] g : groups) b.putInt(g[0]).putInt(g[1]).putInt(g[2]);
        return b.array();
    }

    private static int checksum(byte[] b, int from, int length) {
        int sum = 0;
        for (int i = 0; i < length; i += 4) {
            int v = 0;
            for (int k = 0; k < 4; k++) v = (v << 8) | (i + k < length ? b[from + i + k] & 0xFF : 0);
            sum += v;
        }
        return sum;
    }
}
