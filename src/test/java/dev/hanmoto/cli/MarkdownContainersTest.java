package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14.3: containers (GFM alerts, Zenn :::message / :::details, pandoc and VFM fenced divs) built
 * from src/test/resources/markdown/containers.md by the command line: labelled boxes in the PDF,
 * tagged as a Div holding its title and its text, veraPDF passing; aside and details in the EPUB,
 * EPUBCheck clean; no marker left in either; bad input located.
 */
class MarkdownContainersTest {
    @TempDir static Path out;
    static byte[] pdf;
    static EpubFile epub;

    @BeforeAll
    static void build() throws Exception {
        pdf = MarkdownFixtures.buildClean("containers", out);
        epub = EpubFile.read(out.resolve("containers.epub"));
    }

    @Test
    void pdfShowsEachBoxWithItsLabelAndNoMarker() {
        List<String> paras = PdfReadBack.paragraphs(pdf).stream()
                .map(p -> String.join("", p.lines().stream().map(PdfReadBack.Line::text).toList())).toList();
        // Each label is a paragraph of its own directly before the box's first paragraph.
        for (String[] pair : new String[][] {{"注記", "GitHub の注記です。"}, {"ヒント", "ヒントの本文。"},
                {"重要", "重要な本文。"}, {"警告", "警告の本文。"}, {"注意", "注意の本文。"},
                {"注記", "Zenn のメッセージです。"}, {"警告", "Zenn の警告メッセージです。"},
                {"ヒント", "pandoc の fenced div です。"}, {"警告", "VFM の警告です。"}, {"注記", "内側のメッセージ。"}}) {
            // The text layer has no 和欧間 spaces (LatinSpacingPagePass takes them out).
            int at = paras.indexOf(pair[1].replace(" ", ""));
            assertTrue(at > 0, pair[1] + " in " + paras);
            assertEquals(pair[0], paras.get(at - 1), "label before " + pair[1]);
        }
        String text = PdfReadBack.text(pdf);
        assertTrue(text.contains("折りたたみの題") && text.contains("中に隠れた本文です。"), "details printed open: " + text);
        assertTrue(text.contains("echo \":::\""), "a fence line inside code stays code");
        for (String marker : List.of("[!", ":::", "{.", "message alert")) {
            assertFalse(text.replace("echo \":::\"", "").contains(marker), marker + " left in " + text);
        }
    }

    @Test
    void pdfTagsEachBoxAsADivAroundItsTitleAndText() {
        String tags = PdfReadBack.structureOutline(pdf);
        // Ten labelled boxes: Div(P title, P text …); the two details: Div(Div summary, …).
        Matcher m = Pattern.compile("Div\\(P,P").matcher(tags);
        int boxes = 0;
        while (m.find()) boxes++;
        assertTrue(boxes >= 10, boxes + " boxes in " + tags);
        assertTrue(tags.contains("BlockQuote(P)"), "a plain quotation stays a quotation: " + tags);
    }

    @Test
    void pdfStaysConformant() throws Exception {
        MarkdownFixtures.assertConformant(pdf);
    }

    @Test
    void epubHasAsidesAndDetailsAndPassesEpubCheck() {
        assertEquals("", EpubCheckReport.problemsOf(out.resolve("containers.epub")));
        String xhtml = epub.allXhtml();
        assertTrue(xhtml.contains("<aside class=\"container note\" role=\"note\">\n<p class=\"container-title\">注記</p>"), xhtml);
        assertTrue(xhtml.contains("<aside class=\"container caution\" role=\"note\">"), xhtml);
        assertTrue(xhtml.contains("<details class=\"container details\" open=\"open\">\n<summary class=\"container-title\">折りたたみの題</summary>"), xhtml);
        // Nesting: the inner message inside the outer details.
        int outer = xhtml.indexOf("<summary class=\"container-title\">外側の詳細</summary>");
        int inner = xhtml.indexOf("内側のメッセージ。", outer);
        int close = xhtml.indexOf("</details>", outer);
        assertTrue(outer > 0 && inner > outer && close > inner && xhtml.indexOf("外側の続き。") < close, xhtml);
        assertFalse(xhtml.contains("[!NOTE]") || xhtml.contains(":::message"), xhtml);
    }

    @Test
    void englishDocumentsGetEnglishLabels() throws Exception {
        Path md = out.resolve("en.md");
        CliTest.buildEpub(md, "---\ntitle: Boxes\nlang: en\n---\n\n> [!WARNING]\n> Hot.\n\n:::details\nHidden.\n:::\n", out.resolve("en"));
        String xhtml = EpubFile.read(out.resolve("en/en.epub")).allXhtml();
        assertTrue(xhtml.contains("<p class=\"container-title\">Warning</p>"), xhtml);
        assertTrue(xhtml.contains("<summary class=\"container-title\">Details</summary>"), xhtml);
    }

    @Test
    void badContainersKeepTheirContentWithOneLocatedWarningEach() {
        Diagnostics diags = new Diagnostics();
        String md = """
                > [!FOO]
                > 未知の種類。

                ::: sidebar
                名前の知らない囲み。
                :::

                :::message
                閉じていない囲み。
                """;
        var doc = TestDocuments.markdownAs(Path.of("bad.md"), md, diags);
        List<String> warnings = diags.all().stream().map(Diagnostic::toString).toList();
        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("bad.md:1:3: warning:") && warnings.get(0).contains("[!FOO]"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("bad.md:4:5: warning:") && warnings.get(1).contains("sidebar"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("bad.md:8:1: warning:") && warnings.get(2).contains("not closed"), warnings.get(2));
        String text = dev.hanmoto.ast.AstDump.dump(doc);
        for (String kept : List.of("未知の種類。", "名前の知らない囲み。", "閉じていない囲み。")) assertTrue(text.contains(kept), text);
    }
}
