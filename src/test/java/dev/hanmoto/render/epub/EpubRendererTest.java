package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpubRendererTest {
    static final Instant DATE = Instant.parse("2026-11-28T09:30:00Z");

    @TempDir
    Path dir;

    private EpubRenderer renderer() {
        return new EpubRenderer(Fixtures.theme(), doc -> Optional.empty(), dir, Optional.of(DATE));
    }

    @Test
    void articlePassesEpubCheckClean() throws IOException {
        Document doc = Fixtures.article(dir.resolve("article.md"));
        Diagnostics diags = new Diagnostics();
        byte[] epub = renderer().build(doc, diags);
        EpubCheckReport r = EpubCheckReport.check(epub, dir, "article");
        assertEquals("", r.problems());
        assertEquals(0, r.fatalCount() + r.errorCount() + r.warningCount());
        assertTrue(diags.all().isEmpty(), diags.all().toString());
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Document doc = Fixtures.article(dir.resolve("article.md"));
        assertArrayEquals(renderer().build(doc, new Diagnostics()), renderer().build(doc, new Diagnostics()));
    }
}
