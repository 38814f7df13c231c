package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Documents at the edges must render, stay PDF/UA-1, and keep their text inside the page. */
class OddDocumentsTest {
    static final Map<String, String> DOCS = Map.of(
            "empty", "---\ntitle: 空の文書\n---\n",
            "no-title-deep-heading", "###### 深い見出しだけ\n\n本文。\n\n## 二\n\n#### 四\n\n本文。\n",
            "long-url", "https://example.com/" + "very-long-path-segment/".repeat(20) + "?q=日本語\n\n`" + "x".repeat(200) + "`\n",
            "only-code", "```\n" + "長い行".repeat(80) + "\n```\n",
            "wide-table", "| a | b | c | d | e | f | g | h |\n|---|---|---|---|---|---|---|---|\n| "
                    + "アルファベット順の長いセル内容 | ".repeat(8) + "\n");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty", "no-title-deep-heading", "long-url", "only-code", "wide-table"})
    void rendersAndStaysAccessible(String name) throws Exception {
        Diagnostics diags = new Diagnostics();
        byte[] pdf = TestPdfs.keep("odd-" + name + ".pdf",
                TestPdfs.render(TestThemes.defaultTheme(), TestDocuments.markdown("odd-" + name, DOCS.get(name)), diags));
        assertEquals(java.util.List.of(), diags.all(), "no warnings for a document without a description");
        try (PDDocument d = PdfStructure.load(pdf)) {
            assertTrue(d.getNumberOfPages() >= 1);
            float[] maxX = {0};
            new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void processTextPosition(org.apache.pdfbox.text.TextPosition t) {
                    maxX[0] = Math.max(maxX[0], t.getXDirAdj() + t.getWidthDirAdj());
                }
            }.getText(d);
            float limit = d.getPage(0).getMediaBox().getWidth() - 14 / 25.4f * 72 + 1;
            assertTrue(maxX[0] <= limit, "text past the margin: " + maxX[0] + " > " + limit);
        }
        PdfConformanceTest.initVeraPdf();
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1));
    }
}
