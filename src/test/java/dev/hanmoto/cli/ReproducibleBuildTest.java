package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.render.SourceDate;
import dev.hanmoto.render.pdf.PdfStructure;
import dev.hanmoto.testkit.EpubFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Calendar;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8, reproducibility: the same inputs give byte-identical PDF, EPUB and PNG whether built
 * twice, one document at a time ({@code -j 1}) or in parallel ({@code -j 2}); {@code SOURCE_DATE_EPOCH}
 * (here through its {@link SourceDate#PROPERTY} stand-in, since a test cannot set its own
 * environment) sets every date in the outputs.
 */
class ReproducibleBuildTest {
    /** 2023-11-14T22:13:20Z. */
    static final long EPOCH = 1_700_000_000L;

    @TempDir
    Path project;

    @Test
    void sequentialParallelAndRepeatedBuildsAreByteIdenticalAndDatedBySourceDateEpoch() throws IOException {
        Files.createDirectories(project.resolve("content/img"));
        Files.write(project.resolve("content/img/dot.png"), BadInputTest.realPng());
        Files.writeString(project.resolve("content/a.md"), """
                ---
                title: 再現性の確認
                tags: [テスト, 再現]
                ---

                # 第一章

                本文です[^1]。**太字**と`コード`、![点](img/dot.png)。

                | 列1 | 列2 |
                |-----|-----|
                | あ  | い  |

                - 項目 🍣
                - [x] 済み

                [^1]: 脚注。
                """);
        Files.writeString(project.resolve("content/b.md"), "---\ntitle: Second\n---\n\n## Heading\n\nText.\n");
        System.setProperty(SourceDate.PROPERTY, Long.toString(EPOCH));
        Map<String, byte[]> seq;
        Map<String, byte[]> par;
        Map<String, byte[]> again;
        try {
            seq = build("seq", "1");
            par = build("par", "2");
            again = build("again", "2");
        } finally {
            System.clearProperty(SourceDate.PROPERTY);
        }
        assertEquals(java.util.List.of("a.epub", "a.pdf", "a.png", "b.epub", "b.pdf", "b.png"), java.util.List.copyOf(seq.keySet()));
        for (String f : seq.keySet()) {
            assertArrayEquals(seq.get(f), par.get(f), f + ": -j 1 and -j 2 give the same bytes");
            assertArrayEquals(par.get(f), again.get(f), f + ": a second build gives the same bytes");
        }

        try (PDDocument pdf = PdfStructure.load(seq.get("a.pdf"))) {
            Calendar created = pdf.getDocumentInformation().getCreationDate();
            Calendar modified = pdf.getDocumentInformation().getModificationDate();
            assertEquals(EPOCH * 1000, created.getTimeInMillis());
            assertEquals(EPOCH * 1000, modified.getTimeInMillis());
            String xmp = new String(pdf.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2023-11-14T22:13:20"), xmp);
        }
        String opf = EpubFile.read(project.resolve("seq/a.epub")).packageDocument();
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2023-11-14T22:13:20Z</meta>"), opf);
    }

    private Map<String, byte[]> build(String out, String jobs) throws IOException {
        BadInputTest.Run r = BadInputTest.run(project, "build", "--out", out, "-j", jobs);
        assertEquals(0, r.code(), r.err());
        return BadInputTest.snapshot(project.resolve(out));
    }
}
