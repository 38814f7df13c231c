package dev.hanmoto.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
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

    /**
     * The problem with the file as a font file, from its header and table directory alone: empty, of
     * another format (CFF OpenType, a collection, WOFF, an image…) or truncated. Reads a few hundred
     * bytes, not the font: for a font no requested output sets text with (a card-only build does not
     * parse the PDF's faces), while {@link #problem(Path, String)} parses the whole font.
     */
    static Optional<String> fileProblem(Path file) {
        byte[] head;
        long size;
        try (InputStream in = Files.newInputStream(file)) {
            size = Files.size(file);
            head = in.readNBytes(12);
            if (head.length == 12) {
                int tables = ((head[4] & 0xff) << 8) | (head[5] & 0xff);
                byte[] directory = in.readNBytes(16 * tables);
                head = Arrays.copyOf(head, 12 + directory.length);
                System.arraycopy(directory, 0, head, 12, directory.length);
            }
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
        return headerProblem(head, size);
    }

    /** The checks {@link #fileProblem} makes, on the file's first bytes {@code b} (at least its table directory, if it has one) and its size. */
    private static Optional<String> headerProblem(byte[] b, long size) {
        if (size == 0) return Optional.of("is empty (0 bytes)");
        if (size < 4) return Optional.of("is not a font file (" + size + " bytes)");
        String tag = new String(b, 0, 4, StandardCharsets.ISO_8859_1);
        Optional<String> other = otherFormat(b, tag);
        if (other.isPresent()) return other;
        if (size < 12) return Optional.of("is truncated: " + size + " bytes, less than a font header");
        return truncation(b, size);
    }

    private static Optional<String> check(Path file, String sample) {
        byte[] bytes;
        try {
            bytes = FontFiles.bytes(file);
        } catch (IOException e) {
            return Optional.of("cannot be read: " + e.getMessage());
        }
        Optional<String> header = headerProblem(bytes, bytes.length);
        if (header.isPresent()) return header;
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
    private static Optional<String> truncation(byte[] b, long size) {
        ByteBuffer in = ByteBuffer.wrap(b);
        int tables = Short.toUnsignedInt(in.getShort(4));
        long directoryEnd = 12L + 16L * tables;
        if (tables == 0) return Optional.of("is not a complete TrueType font (its table directory is empty)");
        if (directoryEnd > size) {
            return Optional.of("is truncated: its table directory ends at byte " + directoryEnd + " but the file has " + size + " bytes");
        }
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            String tag = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            long end = Integer.toUnsignedLong(in.getInt(at + 8)) + Integer.toUnsignedLong(in.getInt(at + 12));
            if (end > size) {
                return Optional.of("is truncated: table '" + tag.strip() + "' ends at byte " + end + " but the file has " + size + " bytes");
            }
        }
        return Optional.empty();
    }
}
