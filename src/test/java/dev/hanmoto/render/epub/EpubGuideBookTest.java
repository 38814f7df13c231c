package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.ReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample book in content/guide (many chapters, parts, appendices, images) as an EPUB. */
class EpubGuideBookTest {
    @TempDir
    Path dir;

    @Test
    void guideBookIsCleanWithNestedPartsAndItsImages() throws IOException {
        Diagnostics diags = new Diagnostics();
        Document book = TestDocuments.book(TestDocuments.GUIDE, diags);
        byte[] epub = new EpubRenderer(TestThemes.defaultTheme(), d -> Optional.of(Fixtures.png(1600, 2400)), TestDocuments.REPO,
                Optional.of(Instant.parse("2026-01-01T00:00:00Z"))).build(book, diags);
        assertEquals(List.of(), diags.all().stream().map(Diagnostic::format).toList());
        EpubCheckReport r = EpubCheckReport.check(epub, dir, "guide");
        assertEquals("", r.problems());
        ReadBack rb = ReadBack.of(epub);
        assertEquals("Hanmoto 利用の手引き", rb.title());
        // Parts at the top level with their chapters one level below.
        int part1 = rb.toc().indexOf("第1部 使ってみる");
        assertTrue(part1 >= 0, rb.toc().toString());
        assertTrue(rb.toc().get(part1 + 1).startsWith("  第1章 "), rb.toc().get(part1 + 1));
        EpubFile z = EpubFile.of(epub);
        assertEquals(3, z.names().stream().filter(n -> n.startsWith("OEBPS/image/")).count(), "cover and the guide's two figures");
        String opf = z.text("OEBPS/package.opf");
        assertTrue(opf.contains("<dc:identifier id=\"bookid\">urn:uuid:9d1c2f4e-7b0a-4c3e-9a51-68a2f0e1b001</dc:identifier>"), opf);
        assertTrue(opf.contains("<dc:date>2026-01-01</dc:date>"), opf);
    }
}
