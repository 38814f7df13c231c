package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The blank verso before a part that opens on a recto carries neither running head nor folio, and
 * every other page keeps its own (BlankPagePass); read back from the PDFs of two books with chapter
 * running heads: the test fixture book and the guide.
 */
class BlankPageTest {
    @BeforeAll
    static void initVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Document book(String name) {
        return name.equals("guide") ? TestDocuments.guide() : TestDocuments.book(TestDocuments.REPO.resolve("src/test/resources/books/fixture"));
    }

    static byte[] render(String name) throws IOException {
        return TestPdfs.render(TestThemes.with("pdf: { running-head: chapter }"), book(name), "blank-pages-" + name + ".pdf");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"fixture", "guide"})
    void blankVersoBeforeAPartHasNoHeadOrFolio(String name) throws IOException {
        byte[] pdf = render(name);
        Map<Integer, List<String>> lines = new TreeMap<>();
        for (PdfReadBack.Line l : PdfReadBack.lines(pdf)) lines.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l.text());
        List<Integer> parts = new ArrayList<>();
        int pageCount;
        try (PDDocument d = PdfStructure.load(pdf)) {
            pageCount = d.getNumberOfPages();
            for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
                if (BookLayoutTest.norm(i.getTitle()).matches("第\\d部.*")) parts.add(d.getPages().indexOf(i.findDestinationPage(d)) + 1);
            }
        }
        assertEquals(2, parts.size(), "parts found: " + parts);
        List<Integer> blank = new ArrayList<>();
        for (int p = 1; p <= pageCount; p++) if (!lines.containsKey(p)) blank.add(p);
        assertFalse(blank.isEmpty(), "the book should have a blank verso before a part (else this test proves nothing): " + lines.keySet());
        for (int p : blank) {
            assertEquals(0, p % 2, "a blank page is a verso: page " + p);
            assertTrue(parts.contains(p + 1), "a blank page comes right before a part title: page " + p + ", parts " + parts);
        }
        // Every other page but the title page and the part title pages keeps its folio.
        for (Map.Entry<Integer, List<String>> e : lines.entrySet()) {
            int p = e.getKey();
            if (p == 1 || parts.contains(p)) continue;
            assertTrue(e.getValue().contains(String.valueOf(p)), "folio on page " + p + ": " + e.getValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"PDFA_2_U", "PDFUA_1"})
    void clearedBlankPagesKeepConformance(String flavour) throws Exception {
        assertEquals(Map.of(), PdfConformanceTest.failures(render("fixture"), PDFAFlavour.valueOf(flavour)));
    }
}
