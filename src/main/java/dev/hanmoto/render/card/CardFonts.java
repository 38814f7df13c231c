package dev.hanmoto.render.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import dev.hanmoto.theme.FontFiles;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Process-wide font cache for cards, keyed by absolute file path: each .ttf is read and its metrics
 * parsed once per process ({@link #metrics}). For embedding, each thread gets its own parsed
 * {@link TrueTypeFont} ({@link #trueType}), built from the same in-memory bytes. Sharing one would be
 * safe — {@code TTFParser.parse} reads every table at once and fontbox reads glyphs under a lock, which
 * is why the PDF renderer shares its fonts ({@code render.pdf.FontLibrary}) — but cards are rendered
 * many at a time, and with a copy each, parallel cards never wait for each other's glyph reads.
 */
final class CardFonts {
    /**
     * A font's bytes with GSUB hidden (one copy per process, shared by every thread's parse), its metrics,
     * and the parse they were read from, kept for the first thread that draws with the font: a one-card
     * build parses each font once, not once for the metrics and again to draw.
     */
    private record Loaded(byte[] drawing, TrueTypeMetrics metrics, AtomicReference<TrueTypeFont> spare) {}

    private static final Map<Path, Loaded> LOADED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<Path, TrueTypeFont>> PER_THREAD = ThreadLocal.withInitial(HashMap::new);

    private CardFonts() {}

    private static Loaded load(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), p -> {
            try {
                // The metrics read cmap, hmtx, hhea and head only, which hiding GSUB leaves as they are.
                byte[] drawing = withoutGsub(FontFiles.bytes(p));
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(drawing));
                return new Loaded(drawing, new TrueTypeMetrics(p.getFileName().toString(), ttf), new AtomicReference<>(ttf));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + p, e);
            }
        });
    }

    /**
     * The font with its GSUB table hidden (tag renamed, so parsers skip it). PDFBox would otherwise run
     * glyph substitution on every string it draws, while the title was measured without it
     * ({@link TrueTypeMetrics}): hiding it keeps drawn and measured widths equal, and saves the
     * per-string substitution work. The embedded subset never carried GSUB anyway.
     */
    static byte[] withoutGsub(byte[] font) {
        byte[] copy = font.clone();
        int numTables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
        for (int t = 0; t < numTables; t++) {
            int rec = 12 + 16 * t;
            if (copy[rec] == 'G' && copy[rec + 1] == 'S' && copy[rec + 2] == 'U' && copy[rec + 3] == 'B') {
                copy[rec] = 'g';
                copy[rec + 1] = 's';
                copy[rec + 2] = 'u';
                copy[rec + 3] = 'b';
            }
        }
        return copy;
    }

    /** Advance widths of the font file, parsed once per process. */
    static TrueTypeMetrics metrics(Path file) {
        return load(file).metrics();
    }

    /** This thread's parsed copy of the font, for PDFBox to embed; never closed while the thread lives. */
    static TrueTypeFont trueType(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return PER_THREAD.get().computeIfAbsent(key, p -> {
            Loaded loaded = load(p);
            TrueTypeFont spare = loaded.spare().getAndSet(null);
            if (spare != null) return spare;
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(loaded.drawing()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse font " + p, e);
            }
        });
    }
}
