package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Ruby in the print PDF (src/test/resources/markdown/ruby.md), read back glyph by glyph: each reading
 * above its base at half the size, centred on it, and the line pitch of a paragraph with ruby that of
 * one without.
 */
class RubyPdfTest {
    private static byte[] pdf;
    private static PdfReadBack.Page page;

    @BeforeAll
    static void render() throws java.io.IOException {
        VeraGreenfieldFoundryProvider.initialise();
        pdf = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE)
                .renderBytes(TestDocuments.read(TestDocuments.REPO.resolve("src/test/resources/markdown/ruby.md")), new Diagnostics());
        TestPdfs.keep("ruby.pdf", pdf);
        page = PdfReadBack.pages(pdf).stream().filter(p -> p.glyphs().stream().anyMatch(g -> g.text().equals("紫")))
                .findFirst().orElseThrow();
    }

    /** The glyphs of {@code text} in the first row (one baseline, left to right) of glyphs of about {@code size} pt. */
    private static List<PdfReadBack.Glyph> find(String text, float size) {
        for (List<PdfReadBack.Glyph> row : page.rows(g -> Math.abs(g.size() - size) < 0.6f)) {
            StringBuilder sb = new StringBuilder();
            for (PdfReadBack.Glyph g : row) sb.append(g.text());
            int at = sb.indexOf(text);
            if (at >= 0) return row.subList(at, at + text.length());
        }
        throw new AssertionError("no '" + text + "' at " + size + " pt on page " + page.number());
    }

    /** The baseline of the row of body text that starts with {@code prefix}. */
    private static float rowStarting(String prefix) {
        return rows().get(rowIndex(prefix)).get(0).baseline();
    }

    /**
     * The baseline of the row of body text after the one that starts with {@code prefix}: a paragraph's
     * second line, wherever the line breaker ends its first (solid setting fits fewer characters in a
     * line than the proportional faces did, so the second line's first word depends on the setting).
     */
    private static float rowAfter(String prefix) {
        return rows().get(rowIndex(prefix) + 1).get(0).baseline();
    }

    private static List<List<PdfReadBack.Glyph>> rows() {
        float size = bodySize();
        return page.rows(g -> Math.abs(g.size() - size) < 0.01f);
    }

    private static int rowIndex(String prefix) {
        List<List<PdfReadBack.Glyph>> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            StringBuilder sb = new StringBuilder();
            for (PdfReadBack.Glyph g : rows.get(i)) sb.append(g.text());
            if (sb.toString().startsWith(prefix)) return i;
        }
        throw new AssertionError("no row starting '" + prefix + "'");
    }

    private static float bodySize() {
        return page.glyphs().stream().filter(g -> g.text().equals("紫")).findFirst().orElseThrow().size();
    }

    @Test
    void readingsSitAboveTheirBaseAtHalfItsSizeAndCentred() {
        float size = bodySize();
        for (String[] pair : new String[][] {{"漢字", "かんじ"}, {"紫陽花", "あじさい"}, {"東", "とう"}, {"京", "きょう"}, {"私", "わたし"}}) {
            List<PdfReadBack.Glyph> base = find(pair[0], size);
            List<PdfReadBack.Glyph> rt = find(pair[1], size / 2);
            // half the size, as openhtmltopdf sets it: in whole points (4.5 pt is drawn at 4)
            assertEquals(size / 2, rt.get(0).size(), 0.51f, pair[0]);
            float gap = base.get(0).baseline() - rt.get(0).baseline();
            // the reading's baseline is above the base's by the base's ascent at most, at least half an em
            assertTrue(gap > size * 0.5f && gap < size * 1.2f, pair[0] + ": reading " + gap + " pt above the base");
            float baseMid = (base.get(0).x() + base.get(base.size() - 1).end()) / 2;
            float rtMid = (rt.get(0).x() + rt.get(rt.size() - 1).end()) / 2;
            assertEquals(baseMid, rtMid, 0.5f, pair[0] + ": reading centred on its base");
        }
    }

    @Test
    void aParagraphWithRubyHasTheLinePitchOfOneWithout() {
        float plain = rowAfter("ルビのない") - rowStarting("ルビのない");
        float ruby = rowAfter("この漢字を") - rowStarting("この漢字を");
        assertTrue(plain > bodySize(), "two lines " + plain + " pt apart");
        assertEquals(plain, ruby, 0.01f);
        // and a paragraph with ruby is as far from the next as a plain one is
        float afterRuby = rowStarting("ルビのない") - rowStarting("この漢字に");
        float afterPlain = rowStarting("この漢字を") - rowAfter("ルビのない");
        assertEquals(afterPlain, afterRuby, 0.01f);
    }

    @Test
    void theBaseIsDrawnBeforeItsReading() {
        List<PdfReadBack.Glyph> gs = page.glyphs();
        int base = gs.indexOf(find("紫陽花", bodySize()).get(0));
        int rt = gs.indexOf(find("あじさい", bodySize() / 2).get(0));
        assertTrue(base < rt, "base at " + base + ", reading at " + rt);
    }

    @Test
    void staysPdfUaAndPdfA() throws Exception {
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFA_2_U));
    }
}
