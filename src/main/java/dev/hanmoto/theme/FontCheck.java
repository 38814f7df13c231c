package dev.hanmoto.theme;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Checks that a font file can be embedded by PDFBox and sets Japanese, before anything is rendered
 * with it: a whole TrueType font (OpenType font file, ISO/IEC 14496-22 §4.5: the table directory and
 * every table it lists lie inside the file), with TrueType outlines (PDFBox cannot embed CFF-based
 * OpenType, and reads only one face of a {@code .ttc}), and with glyphs — readable ones — for a sample
 * of hiragana, katakana, kanji and Latin. A font that fails here would otherwise be dropped by the
 * layout engine for a fallback face or drawn as {@code #}.
 */
final class FontCheck {
    private FontCheck() {}

    /** Characters every font of a theme must have: hiragana, katakana, kanji, Latin letters, a digit. */
    static final String SAMPLE = "あア漢字Aa1";

    /** What a {@code chars: latin} face is for, so all it must have: Latin letters and a digit. */
    static final String LATIN_SAMPLE = "Aa1";

    /** Tables a TrueType font cannot be set without (ISO/IEC 14496-22 §5.1, §5.3: required, and TrueType outlines). */
    private static final List<String> REQUIRED = List.of("cmap", "head", "hhea", "hmtx", "maxp", "loca", "glyf");

    /** Results by file, size and modification time: parsing a CJK font takes a while, and themes share fonts. */
    private static final Map<String, Optional<String>> CHECKED = new ConcurrentHashMap<>();

    /** The problem with a stack's font, or empty if it is usable; the text follows the font's name in a message. */
    static Optional<String> problem(Path file) {
        return problem(file, true);
    }

    /**
     * The problem with the font, or empty if it is usable; {@code japanese}: it must cover {@link #SAMPLE}
     * (a stack's font), else only be an embeddable TrueType font with a Unicode map (a fallback font).
     */
    static Optional<String> problem(Path file, boolean japanese) {
        return problem(file, japanese ? SAMPLE : "");
    }

    /** The problem with the font, or empty if it is usable and covers {@code sample}. */
    static Optional<String> problem(Path file, String sample) {
        String key;
        try {
            key = file.toRealPath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis() + "|" + sample;
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
        return CHECKED.computeIfAbsent(key, k -> check(file, sample));
    }

    private static Optional<String> check(Path file, String sample) {
        byte[] bytes;
        try {
            bytes = FontFiles.bytes(file);
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
        if (bytes.length == 0) return Optional.of("is empty (0 bytes)");
        if (bytes.length < 4) return Optional.of("is not a font file (" + bytes.length + " bytes)");
        String tag = new String(bytes, 0, 4, StandardCharsets.ISO_8859_1);
        Optional<String> other = otherFormat(bytes, tag);
        if (other.isPresent()) return other;
        if (bytes.length < 12) return Optional.of("is truncated: " + bytes.length + " bytes, less than a font header");
        Optional<String> cut = truncation(bytes);
        if (cut.isPresent()) return cut;
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            for (String table : REQUIRED) {
                if (font.getTableMap().containsKey(table)) continue;
                if (table.equals("glyf") || table.equals("loca")) {
                    return Optional.of("has no TrueType outlines (" + table + " table); use a TrueType (.ttf) font");
                }
                return Optional.of("is not a complete TrueType font (no '" + table + "' table)");
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) return Optional.of("has no Unicode character map");
            StringBuilder missing = new StringBuilder();
            GlyphTable glyphs = font.getGlyph();
            for (int cp : sample.codePoints().toArray()) {
                int gid = cmap.getGlyphId(cp);
                if (gid == 0) {
                    missing.appendCodePoint(cp);
                } else if (glyphs.getGlyph(gid) == null) {
                    return Optional.of("is corrupt: no outline for '" + Character.toString(cp) + "' (glyph " + gid + ")");
                }
            }
            if (!missing.isEmpty()) {
                return Optional.of("lacks glyphs for '" + missing + "' (" + (sample.equals(SAMPLE) ? "a theme font must cover kana, kanji and Latin: " + SAMPLE
                        : "a chars: latin face must cover Latin: " + sample) + ")");
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("is corrupt or not a TrueType font (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }

    /** What a file that does not start like a TrueType font is, when it is a kind people mistake for one. */
    private static Optional<String> otherFormat(byte[] b, String tag) {
        if (tag.equals("OTTO")) {
            return Optional.of("is an OpenType font with CFF outlines, which PDFBox cannot embed; use a TrueType (.ttf) font");
        }
        if (tag.equals("ttcf")) return Optional.of("is a font collection (.ttc); extract one face to a TrueType (.ttf) file");
        if (tag.equals("wOFF") || tag.equals("wOF2")) {
            return Optional.of("is a WOFF web font; use the TrueType (.ttf) font it was made from");
        }
        boolean trueType = (b[0] == 0 && b[1] == 1 && b[2] == 0 && b[3] == 0) || tag.equals("true");
        if (trueType) return Optional.empty();
        String what = (b[0] & 0xff) == 0x89 && tag.substring(1).equals("PNG") ? " (it is a PNG image)"
                : (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 ? " (it is a JPEG image)"
                : tag.equals("%PDF") ? " (it is a PDF document)"
                : tag.startsWith("PK") ? " (it is a zip archive)"
                : "";
        return Optional.of("is not a TrueType font" + what);
    }

    /** The table directory, and every table it lists, must end inside the file (a cut-off download or copy does not). */
    private static Optional<String> truncation(byte[] b) {
        ByteBuffer in = ByteBuffer.wrap(b);
        int tables = Short.toUnsignedInt(in.getShort(4));
        long directoryEnd = 12L + 16L * tables;
        if (tables == 0) return Optional.of("is not a complete TrueType font (its table directory is empty)");
        if (directoryEnd > b.length) {
            return Optional.of("is truncated: its table directory ends at byte " + directoryEnd + " but the file has " + b.length + " bytes");
        }
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            String tag = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            long end = Integer.toUnsignedLong(in.getInt(at + 8)) + Integer.toUnsignedLong(in.getInt(at + 12));
            if (end > b.length) {
                return Optional.of("is truncated: table '" + tag.strip() + "' ends at byte " + end + " but the file has " + b.length + " bytes");
            }
        }
        return Optional.empty();
    }
}
