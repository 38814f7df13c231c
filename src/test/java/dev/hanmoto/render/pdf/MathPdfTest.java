package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** TeX math in the print PDF: the Japanese math fixture drawn as vector formulas, tagged, conformant. */
class MathPdfTest {
    private static byte[] pdf;

    @BeforeAll
    static void render() throws IOException {
        VeraGreenfieldFoundryProvider.initialise();
        pdf = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE)
                .renderBytes(BookLayoutTest.fixture("math"), new Diagnostics());
        TestPdfs.keep("math.pdf", pdf);
    }

    @Test
    void drawsFormulasInsteadOfPrintingTheirTex() throws IOException {
        try (PDDocument doc = PdfStructure.load(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String tex : List.of("$", "ax^2", "\\frac", "\\begin", "\\sum")) {
                assertFalse(text.replace("$5", "").replace("$10", "").replace("$PATH", "").contains(tex), tex + " printed as text");
            }
            assertTrue(text.contains("$5") && text.contains("$10"), "escaped dollars stay text");
            int drawn = 0;
            for (PDPage page : doc.getPages()) drawn += filledForms(page);
            // The fixture holds some 40 formulas, each drawn as a form XObject that fills paths (identical
            // pictures on one page may share one); TeX printed as text would give none.
            assertTrue(drawn >= 36, "vector formulas drawn: " + drawn);
        }
    }

    /** Form XObjects on the page whose content fills paths (a formula's glyphs). */
    private static int filledForms(PDPage page) throws IOException {
        int n = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDFormXObject form && fills(form)) n++;
        }
        return n;
    }

    private static boolean fills(PDFormXObject form) throws IOException {
        for (Object token : new PDFStreamParser(form).parse()) {
            if (token instanceof Operator op && (op.getName().equals("f") || op.getName().equals("f*"))) return true;
        }
        return false;
    }

    @Test
    void keepsEachFormulasTexAsAlternativeText() throws IOException {
        List<String> alts = new ArrayList<>();
        try (PDDocument doc = PdfStructure.load(pdf)) {
            collectFigureAlts(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
        }
        assertTrue(alts.contains("ax^2+bx+c=0"), alts.toString());
        assertTrue(alts.contains("x = \\frac{-b \\pm \\sqrt{b^2-4ac}}{2a}"), alts.toString());
        assertTrue(alts.contains("e^{i\\pi} + 1 = 0"), "the ```math fence: " + alts);
        assertTrue(alts.contains("\\binom{4}{2} = 6"), "in a table cell: " + alts);
        assertTrue(alts.contains("n"), "in a footnote: " + alts);
    }

    private static void collectFigureAlts(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType()) && e.getAlternateDescription() != null) out.add(e.getAlternateDescription());
                collectFigureAlts(e, out);
            }
        }
    }

    @Test
    void staysPdfUaAndPdfA() throws Exception {
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFA_2_U));
    }

    @Test
    void sameInputSameBytes() throws IOException {
        byte[] again = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE)
                .renderBytes(BookLayoutTest.fixture("math"), new Diagnostics());
        assertArrayEquals(pdf, again);
    }

    @Test
    void unicodeInAFormulaIsDrawnNotCheckedAgainstTheTextFonts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path src = dir.resolve("sym.md");
        java.nio.file.Files.writeString(src, "---\ntitle: 記号\n---\n\n集合$x ∈ ℝ$と$∮ f = 0$。\n");
        Diagnostics diags = new Diagnostics();
        byte[] bytes = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE).renderBytes(TestDocuments.read(src), diags);
        assertEquals(List.of(), diags.all(), "no missing-glyph warning for ℝ, which the body fonts lack");
        List<String> alts = new ArrayList<>();
        try (PDDocument doc = PdfStructure.load(bytes)) {
            collectFigureAlts(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
        }
        assertTrue(alts.contains("x ∈ ℝ"), "the TeX is drawn and described as written, not with 〓: " + alts);
    }

    @Test
    void aFormulaEndingAParagraphStaysWhole(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        // The last-line keep cut the TeX of a paragraph's last formula in two (\\frac{1}{2}+ | \\sqrt{x}).
        java.nio.file.Path src = dir.resolve("tail.md");
        java.nio.file.Files.writeString(src, "---\ntitle: 末尾\n---\n\nこの段落は式で終わる。最後の式は$\\frac{1}{2}+\\sqrt{x}$。\n\n次は$E=mc^2$\n");
        byte[] bytes = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE).renderBytes(TestDocuments.read(src), new Diagnostics());
        List<String> alts = new ArrayList<>();
        try (PDDocument doc = PdfStructure.load(bytes)) {
            collectFigureAlts(doc.getDocumentCatalog().getStructureTreeRoot(), alts);
        }
        assertTrue(alts.contains("\\frac{1}{2}+\\sqrt{x}") && alts.contains("E=mc^2"), alts.toString());
    }
}
