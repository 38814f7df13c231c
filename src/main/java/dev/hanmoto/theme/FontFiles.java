package dev.hanmoto.theme;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The bytes of font files, read once per process and shared by everyone who parses them: theme
 * validation (coverage check), the PDF renderer, the card renderer and the EPUB font subsetter. A CJK
 * face is 5–6 MB; reading it once instead of once per user saves I/O and memory. Keyed by path,
 * modification time and size, so a font changed during {@code watch} is read anew.
 *
 * <p>The arrays returned are shared: callers must not modify them.
 */
public final class FontFiles {
    private record Key(Path path, long modified, long size) {}

    private static final ConcurrentHashMap<Key, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final ConcurrentHashMap<Key, byte[]> LATIN = new ConcurrentHashMap<>();

    /**
     * The code points of {@link FontFace.Chars#LATIN}, as closed ranges: Basic Latin, Latin-1 (letters
     * and their punctuation; × and ÷ too, which Japanese fonts draw full width but Latin text uses at
     * its own size), Latin Extended-A and -B, the hyphens, the figure dash and the en dash. The em
     * dash, quotes and ellipsis stay with the Japanese face: in Japanese text they are full-width
     * punctuation (JLREQ A.15, A.19).
     */
    static final List<int[]> LATIN_RANGES = List.of(
            new int[] {0x20, 0x7E}, new int[] {0xA0, 0x24F}, new int[] {0x2010, 0x2013});

    private FontFiles() {}

    /** The file's bytes (shared; do not modify). */
    public static byte[] bytes(Path file) throws IOException {
        Path p = file.toAbsolutePath().normalize();
        Key key = new Key(p, Files.getLastModifiedTime(p).toMillis(), Files.size(p));
        try {
            return BYTES.computeIfAbsent(key, k -> {
                try {
                    return Files.readAllBytes(k.path());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /**
     * The bytes of the face: the file's, or for a {@code latin} face a TrueType font derived from the
     * file holding only the glyphs of {@link #LATIN_RANGES} it has (the same outlines and advances),
     * derived once per process. The derivation is deterministic: the same file gives the same bytes.
     */
    public static byte[] bytes(FontFace face) throws IOException {
        if (face.chars() == FontFace.Chars.ALL) return bytes(face.file());
        Path p = face.file().toAbsolutePath().normalize();
        Key key = new Key(p, Files.getLastModifiedTime(p).toMillis(), Files.size(p));
        try {
            return LATIN.computeIfAbsent(key, k -> {
                try {
                    return latinOnly(bytes(k.path()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] latinOnly(byte[] font) throws IOException {
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
            // No GSUB, GPOS or vertical tables: PDFBox embeds the subset without them anyway.
            TTFSubsetter subset = new TTFSubsetter(ttf, List.of("head", "hhea", "maxp", "OS/2", "name", "cmap",
                    "glyf", "loca", "hmtx", "post"));
            for (int[] r : LATIN_RANGES) {
                for (int cp = r[0]; cp <= r[1]; cp++) {
                    if (cmap != null && cmap.getGlyphId(cp) > 0) subset.add(cp);
                }
            }
            var out = new ByteArrayOutputStream(64 * 1024);
            subset.writeToStream(out);
            return out.toByteArray();
        }
    }
}
