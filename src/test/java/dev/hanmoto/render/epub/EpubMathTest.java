package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TeX math in the EPUB: each formula an SVG file of the book, placed with its TeX as alt text; EPUBCheck clean. */
class EpubMathTest {
    @TempDir
    Path dir;

    @Test
    void shipsFormulasAsSvgFilesAndPassesEpubCheck() throws IOException {
        Path src = Path.of("src/test/resources/dev/hanmoto/render/pdf/math.md").toAbsolutePath();
        Diagnostics diags = new Diagnostics();
        Document doc = TestDocuments.read(src, diags);
        byte[] epub = new EpubRenderer(TestThemes.defaultTheme(), d -> Optional.empty(), src.getParent(),
                Optional.of(Instant.parse("2026-11-28T00:00:00Z"))).build(doc, diags);
        assertEquals(List.of(), diags.all());
        assertEquals("", EpubCheckReport.check(epub, dir, "math").problems());

        EpubFile z = EpubFile.of(epub);
        List<String> svgs = z.names().stream().filter(n -> n.matches("OEBPS/image/math-\\d{3}\\.svg")).toList();
        assertTrue(svgs.size() >= 30, "one file per distinct formula: " + svgs);
        String opf = z.packageDocument();
        assertTrue(opf.contains("href=\"image/math-001.svg\" media-type=\"image/svg+xml\""), opf);
        String body = z.allXhtml();
        assertTrue(body.contains("<img class=\"math inline\" src=\"../image/math-001.svg\" alt=\"ax^2+bx+c=0\""), body);
        assertTrue(body.contains("<span class=\"math display\"><img class=\"math display\""), body);
        assertTrue(body.contains("$5 と $10"), "escaped dollars stay text");
        assertEquals(new String(epub, java.nio.charset.StandardCharsets.ISO_8859_1),
                new String(new EpubRenderer(TestThemes.defaultTheme(), d -> Optional.empty(), src.getParent(),
                        Optional.of(Instant.parse("2026-11-28T00:00:00Z"))).build(doc, new Diagnostics()), java.nio.charset.StandardCharsets.ISO_8859_1),
                "same input, same bytes");
    }
}
