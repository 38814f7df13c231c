package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.PdfReadBack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.5: figures, table captions, their numbers and pandoc-crossref references, built from
 * src/test/resources/markdown/figures.md by the command line: 図1 / 表1 with the page in the PDF
 * (tagged Figure and Caption, veraPDF passing), figure/figcaption and links across chapter files in
 * the EPUB (EPUBCheck clean); a reference to nothing is a located warning, its text kept.
 */
class MarkdownFiguresTest {
    @TempDir static Path out;
    static byte[] pdf;

    @BeforeAll
    static void build() throws Exception {
        pdf = MarkdownFixtures.buildClean("figures", out);
    }

    @Test
    void pdfNumbersCaptionsAndGivesReferencesTheirPage() {
        // Read by baseline (links are drawn apart from the text around them); the text layer has no
        // 和欧間 spaces; the figure and the tables are on page 3.
        String text = String.join("\n", PdfReadBack.lines(pdf).stream().map(PdfReadBack.Line::text).toList()).replace(" ", "");
        assertTrue(text.contains("構成は図1（3ページ）に、売上は表1（3ページ）にまとめました。"), text);
        assertTrue(text.contains("図1処理の流れ") && text.contains("図2番号のない画像"), text);
        assertTrue(text.contains("表1月ごとの売上") && text.contains("表2番号だけの表"), text);
        assertTrue(text.contains("もう一度図1（3ページ）を見てください。"), text);
        for (String marker : List.of("@fig", "@tbl", "{#", "Table:")) assertFalse(text.contains(marker), marker + " in " + text);
    }

    @Test
    void pdfTagsFiguresAndCaptions() {
        String tags = PdfReadBack.structureOutline(pdf);
        // figure: a Div holding the image's Figure, then the Caption; a table: the Table, then its Caption.
        assertEquals(2, tags.split("Div\\(Div\\(Span\\(Figure\\)\\),Caption", -1).length - 1, tags);
        assertEquals(2, tags.split("\\),TFoot\\),Caption", -1).length - 1, tags);
        assertEquals(List.of("処理の流れ", "番号のない画像"), PdfReadBack.figureAlts(pdf));
    }

    @Test
    void pdfStaysConformant() throws Exception {
        MarkdownFixtures.assertConformant(pdf);
    }

    @Test
    void epubHasFiguresCaptionsAndLinksAcrossChapters() {
        assertEquals("", EpubCheckReport.problemsOf(out.resolve("figures.epub")));
        EpubFile epub = EpubFile.read(out.resolve("figures.epub"));
        String first = epub.textEndingWith("ch-001.xhtml");
        assertTrue(first.contains("<figure id=\"fig:flow\" class=\"figure\">"), first);
        assertTrue(first.contains("<figcaption><span class=\"caption-number\">図1</span> 処理の流れ</figcaption>"), first);
        assertTrue(first.contains("<a href=\"#fig:flow\">図1</a>"), first);
        // The table is in the next chapter file (split at h2): the reference links there.
        assertTrue(first.contains("<a href=\"ch-002.xhtml#tbl:sales\">表1</a>"), first);
        String second = epub.textEndingWith("ch-002.xhtml");
        assertTrue(second.contains("<table id=\"tbl:sales\" class=\"table-figure\">\n<caption><span class=\"caption-number\">表1</span> 月ごとの売上</caption>"), second);
        assertTrue(second.contains("<a href=\"ch-001.xhtml#fig:flow\">図1</a>"), second);
        assertFalse(first.contains("（") && first.contains("ページ）"), "no page words in the EPUB");
    }

    @Test
    void aThemeTurnsFigureNumbersOffAndReferencesReadTheCaption() throws Exception {
        // Figures off, tables on: one build shows that each kind follows its own key.
        Path project = out.resolve("unnumbered");
        Files.createDirectories(project.resolve("themes/plain"));
        Files.writeString(project.resolve("themes/plain/theme.yaml"), "extends: default\nnumbering: { figures: false, tables: true }\n");
        for (String f : List.of("figures.md", "flow.svg")) {
            Files.copy(CliTest.REPO.resolve("src/test/resources/markdown/" + f), project.resolve(f));
        }
        CliTest.Run r = CliTest.run("build", "-C", project.toString(), "figures.md", "--theme", "plain", "--out", "out");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning:"), r.err());

        byte[] plain = Files.readAllBytes(project.resolve("out/figures.pdf"));
        // Lines joined without a separator: where the sentence wraps depends on the body's setting.
        String text = String.join("", PdfReadBack.lines(plain).stream().map(PdfReadBack.Line::text).toList()).replace(" ", "");
        assertTrue(text.contains("構成は「処理の流れ」（3ページ）に、売上は表1（3ページ）にまとめました。"), text);
        assertTrue(text.contains("もう一度「処理の流れ」（3ページ）を見てください。"), text);
        assertTrue(text.contains("表1月ごとの売上") && text.contains("表2番号だけの表"), text);
        assertFalse(text.contains("図1") || text.contains("図2"), text);
        MarkdownFixtures.assertConformant(plain);

        assertEquals("", EpubCheckReport.problemsOf(project.resolve("out/figures.epub")));
        EpubFile epub = EpubFile.read(project.resolve("out/figures.epub"));
        String first = epub.textEndingWith("ch-001.xhtml");
        assertTrue(first.contains("<figcaption>処理の流れ</figcaption>"), first);
        assertTrue(first.contains("<a href=\"#fig:flow\">「処理の流れ」</a>"), first);
        assertTrue(first.contains("<a href=\"ch-002.xhtml#tbl:sales\">表1</a>"), first);
        assertFalse(epub.allXhtml().contains("図1"), first);
    }

    @Test
    void aReferenceToNothingIsALocatedWarningAndKeepsItsText() throws Exception {
        Path md = out.resolve("dangling.md");
        CliTest.Run r = CliTest.buildEpub(md, "---\ntitle: 参照\n---\n\n本文は@fig:nothingを参照。\n", out.resolve("d"));
        List<String> warnings = r.err().lines().filter(l -> l.contains("warning:")).toList();
        assertEquals(1, warnings.size(), r.err());
        assertTrue(warnings.get(0).contains("dangling.md:5:4: warning:") && warnings.get(0).contains("@fig:nothing"), warnings.get(0));
        String xhtml = EpubFile.read(out.resolve("d/dangling.epub")).allXhtml();
        assertTrue(xhtml.contains("本文は@fig:nothingを参照。"), xhtml);
    }
}
