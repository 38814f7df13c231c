package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestThemes;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF (greenfield, in-process) on the real PDFs: PDF/A-2u and PDF/UA-1, 0 failed rules. */
public class PdfConformanceTest {
    @BeforeAll
    static void initVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    /** Failed rules as "clause-test: description (count)", empty when compliant. */
    public static Map<String, String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        PdfStructure.requireClean(pdf);
        Map<String, String> failed = new TreeMap<>();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    String key = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber();
                    failed.merge(key, a.getMessage() + " @ " + a.getLocationContext(), (x, y) -> x);
                }
            }
        }
        return failed;
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"seed, PDFA_2_U", "seed, PDFUA_1", "kinsoku, PDFA_2_U", "kinsoku, PDFUA_1", "notes, PDFA_2_U", "notes, PDFUA_1", "code-and-table, PDFA_2_U", "code-and-table, PDFUA_1",
        "scripts, PDFA_2_U", "scripts, PDFUA_1", "table-words, PDFA_2_U", "table-words, PDFUA_1"})
    void passesVeraPdf(String doc, String flavour) throws Exception {
        byte[] pdf = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE)
                .renderBytes(BookLayoutTest.fixture(doc), new Diagnostics());
        assertEquals(Map.of(), failures(pdf, PDFAFlavour.valueOf(flavour)));
    }

    /** Paragraph ends kept together in inline-blocks (LastLineKeepPass) keep the tagging valid. */
    @ParameterizedTest(name = "with last-line keeps: {0}")
    @CsvSource({"PDFA_2_U", "PDFUA_1"})
    void lastLineKeepsKeepConformance(String flavour) throws Exception {
        byte[] pdf = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE)
                .renderBytes(LastLineTest.inlineEndings(), new Diagnostics());
        assertEquals(Map.of(), failures(pdf, PDFAFlavour.valueOf(flavour)));
    }

    @ParameterizedTest(name = "with bleed and crop marks: {0}")
    @CsvSource({"PDFA_2_U", "PDFUA_1"})
    void printMarksKeepConformance(String flavour) throws Exception {
        assertEquals(Map.of(), failures(BookLayoutTest.withBleed(), PDFAFlavour.valueOf(flavour)));
    }
}
