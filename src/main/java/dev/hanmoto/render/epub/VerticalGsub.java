package dev.hanmoto.render.epub;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A minimal {@code GSUB} table holding only the {@code vert} feature (vertical alternates: 。、「」ー…
 * turned or moved for 縦書き), and the code that adds it to a subset font. {@code TTFSubsetter} cannot
 * keep the original GSUB (its glyph ids change), so the vertical pairs are read from the original
 * font, mapped to the subset's glyph ids, and written again (OpenType 1.9, GSUB lookup type 1,
 * format 2, under {@link #SCRIPTS}).
 */
final class VerticalGsub {
    /**
     * Scripts the feature is registered under, sorted by tag as OpenType requires. HarfBuzz and
     * CoreText fall back to {@code DFLT}; other shapers look for the run's own script.
     */
    static final List<String> SCRIPTS = List.of("DFLT", "hani", "kana", "latn");

    private VerticalGsub() {}

    /** The table for substitutions {@code glyph → vertical glyph}, by subset glyph id. */
    static byte[] table(SortedMap<Integer, Integer> pairs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        int n = pairs.size();
        // Offsets from the start of the table; sections follow each other in this order.
        int header = 10;
        int scriptList = header;                 // count + records (6 each) + one shared Script (4) + LangSys (8)
        int scriptListSize = 2 + 6 * SCRIPTS.size() + 4 + 8;
        int featureList = scriptList + scriptListSize; // count + 1 record (6) + Feature (6)
        int featureListSize = 2 + 6 + 6;
        int lookupList = featureList + featureListSize; // count + 1 offset + Lookup (8) + subtable + coverage
        out.writeShort(1);
        out.writeShort(0);
        out.writeShort(scriptList);
        out.writeShort(featureList);
        out.writeShort(lookupList);
        // ScriptList: every script record → one Script (default LangSys only) → LangSys using feature 0.
        out.writeShort(SCRIPTS.size());
        for (String script : SCRIPTS) {
            out.writeBytes(script);
            out.writeShort(2 + 6 * SCRIPTS.size()); // the shared Script table after the records
        }
        out.writeShort(4);          // defaultLangSys right after the Script header
        out.writeShort(0);          // langSysCount
        out.writeShort(0);          // lookupOrderOffset (reserved)
        out.writeShort(0xFFFF);     // no required feature
        out.writeShort(1);
        out.writeShort(0);
        // FeatureList: vert → lookup 0.
        out.writeShort(1);
        out.writeBytes("vert");
        out.writeShort(8);
        out.writeShort(0);          // featureParamsOffset
        out.writeShort(1);
        out.writeShort(0);
        // LookupList → Lookup type 1 → SingleSubstFormat2 → Coverage format 1.
        out.writeShort(1);
        out.writeShort(4);          // Lookup after count + offset
        out.writeShort(1);          // lookupType: single substitution
        out.writeShort(0);          // lookupFlag
        out.writeShort(1);
        out.writeShort(8);          // subtable after the Lookup header (6) + offset (2)
        int subtableSize = 6 + 2 * n;
        out.writeShort(2);          // substFormat
        out.writeShort(subtableSize); // coverage right after the subtable
        out.writeShort(n);
        for (int v : pairs.values()) out.writeShort(v);
        out.writeShort(1);          // coverageFormat
        out.writeShort(n);
        for (int g : pairs.keySet()) out.writeShort(g);
        out.flush();
        return bytes.toByteArray();
    }

    /**
     * The font with {@code tag} added (or replaced): tables sorted by tag, 4-byte aligned, checksums
     * and {@code head.checkSumAdjustment} recomputed (OpenType "Font file" chapter).
     */
    static byte[] withTable(byte[] font, String tag, byte[] table) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        int numTables = in.getShort(4) & 0xffff;
        SortedMap<String, byte[]> tables = new TreeMap<>();
        for (int i = 0; i < numTables; i++) {
            int rec = 12 + 16 * i;
            byte[] t = new byte[4];
            in.get(rec, t);
            int offset = in.getInt(rec + 8);
            int length = in.getInt(rec + 12);
            byte[] data = new byte[length];
            in.get(offset, data);
            tables.put(new String(t, StandardCharsets.ISO_8859_1), data);
        }
        tables.put(tag, table);
        int count = tables.size();
        int entrySelector = 31 - Integer.numberOfLeadingZeros(count);
        int searchRange = 16 << entrySelector;
        int size = 12 + 16 * count;
        for (byte[] t : tables.values()) size += pad(t.length);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version).putShort((short) count).putShort((short) searchRange)
           .putShort((short) entrySelector).putShort((short) (count * 16 - searchRange));
        int offset = 12 + 16 * count;
        int headOffset = -1;
        List<Map.Entry<String, byte[]>> entries = new ArrayList<>(tables.entrySet());
        for (Map.Entry<String, byte[]> e : entries) {
            byte[] data = e.getValue();
            if (e.getKey().equals("head")) {
                data = data.clone();
                ByteBuffer.wrap(data).putInt(8, 0); // checkSumAdjustment is computed over the whole file
                e.setValue(data);
                headOffset = offset;
            }
            out.put(e.getKey().getBytes(StandardCharsets.ISO_8859_1)).putInt((int) checksum(data, 0, data.length))
               .putInt(offset).putInt(data.length);
            offset += pad(data.length);
        }
        for (Map.Entry<String, byte[]> e : entries) {
            out.put(e.getValue());
            for (int i = e.getValue().length; i < pad(e.getValue().length); i++) out.put((byte) 0);
        }
        byte[] result = out.array();
        if (headOffset >= 0) {
            long adjust = (0xB1B0AFBAL - checksum(result, 0, result.length)) & 0xffffffffL;
            ByteBuffer.wrap(result).putInt(headOffset + 8, (int) adjust);
        }
        return result;
    }

    private static int pad(int n) {
        return (n + 3) & ~3;
    }

    private static long checksum(byte[] b, int from, int length) {
        long sum = 0;
        for (int i = 0; i < length; i += 4) {
            long word = 0;
            for (int j = 0; j < 4; j++) word = (word << 8) | (i + j < length ? b[from + i + j] & 0xff : 0);
            sum = (sum + word) & 0xffffffffL;
        }
        return sum;
    }
}
