package dev.hanmoto.render.card;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Process-wide font cache for cards, keyed by absolute file path: each .ttf is read and its metrics
 * parsed once per process ({@link #metrics}). PDFBox's {@link TrueTypeFont} reads its tables lazily
 * from a shared buffer and is not safe for concurrent use, so the embedding side gets one parsed
 * instance per thread ({@link #trueType}), built from the same in-memory bytes.
 */
final class CardFonts {
    private record Loaded(byte[] bytes, TrueTypeMetrics metrics) {}

    private static final Map<Path, Loaded> LOADED = new ConcurrentHashMap<>();
    private static final ThreadLocal<Map<Path, TrueTypeFont>> PER_THREAD = ThreadLocal.withInitial(HashMap::new);

    private CardFonts() {}

    private static Loaded load(Path file) {
        return LOADED.computeIfAbsent(file.toAbsolutePath().normalize(), p -> {
            try {
                byte[] bytes = Files.readAllBytes(p);
                try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
                    return new Loaded(bytes, new TrueTypeMetrics(p.getFileName().toString(), ttf));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read font " + p, e);
            }
        });
    }

    /** Advance widths of the font file, parsed once per process. */
    static TrueTypeMetrics metrics(Path file) {
        return load(file).metrics();
    }

    /** This thread's parsed copy of the font, for PDFBox to embed; never closed while the thread lives. */
    static TrueTypeFont trueType(Path file) {
        Path key = file.toAbsolutePath().normalize();
        return PER_THREAD.get().computeIfAbsent(key, p -> {
            try {
                return new TTFParser().parse(new RandomAccessReadBuffer(load(p).bytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot parse font " + p, e);
            }
        });
    }
}
