package dev.hanmoto.theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Checks that a font file can be embedded by PDFBox and sets Japanese: TrueType outlines (PDFBox
 * cannot embed CFF-based OpenType, and reads only one face of a {@code .ttc}), and glyphs for a
 * sample of hiragana, katakana, kanji and Latin.
 */
final class FontCheck {
    private FontCheck() {}

    /** Characters every font of a theme must have: hiragana, katakana, kanji, Latin letters, a digit. */
    static final String SAMPLE = "あア漢字Aa1";

    /** Results by file, size and modification time: parsing a CJK font takes a while, and themes share fonts. */
    private static final Map<String, Optional<String>> CHECKED = new ConcurrentHashMap<>();

    /** The problem with the font, or empty if it is usable. */
    static Optional<String> problem(Path file) {
        String key;
        try {
            key = file.toRealPath() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return Optional.of("cannot read font file: " + e.getMessage());
        }
        return CHECKED.computeIfAbsent(key, k -> check(file));
    }

    private static Optional<String> check(Path file) {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(head, 0, 4) < 4) return Optional.of("not a font file (too short)");
        } catch (IOException e) {
            return Optional.of("cannot read font file: " + e.getMessage());
        }
        String tag = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (tag.equals("OTTO")) {
            return Optional.of("is an OpenType font with CFF outlines, which PDFBox cannot embed; use a TrueType (.ttf) font");
        }
        if (tag.equals("ttcf")) {
            return Optional.of("is a font collection (.ttc); extract one face to a TrueType (.ttf) file");
        }
        boolean trueType = (head[0] == 0 && head[1] == 1 && head[2] == 0 && head[3] == 0) || tag.equals("true");
        if (!trueType) return Optional.of("is not a TrueType font");
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(FontFiles.bytes(file)))) {
            if (!font.getTableMap().containsKey("glyf")) {
                return Optional.of("has no TrueType outlines (glyf table); use a TrueType (.ttf) font");
            }
            CmapLookup cmap = font.getUnicodeCmapLookup(false);
            if (cmap == null) return Optional.of("has no Unicode character map");
            StringBuilder missing = new StringBuilder();
            SAMPLE.codePoints().forEach(cp -> {
                if (cmap.getGlyphId(cp) == 0) missing.appendCodePoint(cp);
            });
            if (!missing.isEmpty()) {
                return Optional.of("lacks glyphs for '" + missing + "' (a theme font must cover kana, kanji and Latin: " + SAMPLE + ")");
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of("is corrupt or not a TrueType font (" + e.getMessage() + ")");
        }
        return Optional.empty();
    }
}
