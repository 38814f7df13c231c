package dev.hanmoto.render.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class CardFontsTest {
    static final Path BOLD = Path.of("fonts/BIZUDPGothic-Bold.ttf");

    @Test
    void parsesMetricsOncePerProcessAndShares() {
        var seen = ConcurrentHashMap.<TrueTypeMetrics>newKeySet();
        IntStream.range(0, 16).parallel().forEach(i -> seen.add(TrueTypeMetrics.of(BOLD)));
        assertEquals(1, seen.size());
        assertSame(TrueTypeMetrics.of(BOLD), TrueTypeMetrics.of(Path.of("fonts/../fonts/BIZUDPGothic-Bold.ttf")));
    }

    @Test
    void metricsAreTheFontsAdvanceWidths() {
        var m = TrueTypeMetrics.of(BOLD);
        assertEquals(1.0, m.advance('あ'), 0.2);
        assertTrue(m.advance('i') < m.advance('M'), "proportional Latin");
        assertFalse(m.has(0xD55C), "no Hangul in BIZ UDPGothic");
    }

    @Test
    void drawingCopyHidesGsubAndKeepsEverythingElse() throws Exception {
        byte[] original = Files.readAllBytes(BOLD);
        try (var before = new TTFParser().parse(new RandomAccessReadBuffer(original));
             var after = new TTFParser().parse(new RandomAccessReadBuffer(CardFonts.withoutGsub(original)))) {
            assertTrue(before.getTableMap().containsKey("GSUB"));
            assertFalse(after.getTableMap().containsKey("GSUB"));
            assertEquals(before.getTableMap().size(), after.getTableMap().size());
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
            assertEquals(before.getAdvanceWidth(1234), after.getAdvanceWidth(1234));
        }
    }
}
