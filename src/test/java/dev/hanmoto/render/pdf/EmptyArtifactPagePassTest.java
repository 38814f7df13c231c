package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;

/**
 * openhtmltopdf's empty background artifacts ({@code /Artifact /PropN BDC EMC}, two per painted box)
 * come out of the pages with their property lists, and nothing else does: not an artifact that draws
 * something, not bytes of a string that look like one. The glyphs' colours and the text layer of the
 * highlighted code are CodeHighlightPdfTest's and CodeCopyTextTest's; PDF/UA-1 and PDF/A-2u, PdfConformanceTest's.
 */
class EmptyArtifactPagePassTest {
    /** An empty artifact, a span whose literal string spells one, an artifact that draws, and an empty one on one line. */
    private static final String CONTENT = "/Artifact /Prop1 BDC\nEMC\n"
            + "/Span <</MCID 0>> BDC\nBT\n/F1 9 Tf\n1 0 0 1 10 10 Tm\n(/Artifact /Prop9 BDC\\nEMC\\n \\) x) Tj\nET\nEMC\n"
            + "/Artifact /Prop2 BDC\nq\n1 0 0 1 0 0 cm\n/Im1 Do\nQ\nEMC\n"
            + "/Artifact /Prop3 BDC EMC\n<2F4172> Tj\n/Artifact /Prop4 BDC\nEMC";

    @Test
    void onlyEmptyArtifactsGoAndStringsStay() throws IOException {
        Set<String> removed = new TreeSet<>();
        Set<String> named = new TreeSet<>();
        String kept = EmptyArtifactPagePass.withoutEmpty(CONTENT, removed, named);
        assertEquals(Set.of("Prop1", "Prop3", "Prop4"), removed);
        assertEquals(Set.of("Prop2"), named, "the name inside the string is no name");
        List<String> expected = tokens(CONTENT);
        // The input's tokens without the three empty pairs: [/Artifact /PropN BDC EMC] ×3.
        for (String p : List.of("Prop1", "Prop3", "Prop4")) {
            int at = expected.indexOf("COSName{" + p + "}");
            assertEquals("BDC", expected.get(at + 1));
            assertEquals("EMC", expected.get(at + 2));
            expected.subList(at - 1, at + 3).clear();
        }
        assertEquals(expected, tokens(kept));
        assertTrue(kept.contains("(/Artifact /Prop9 BDC\\nEMC\\n \\) x) Tj"), kept);
    }

    @Test
    void theirPropertyListsLeaveThePageResources() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDResources res = new PDResources();
            COSDictionary props = new COSDictionary();
            for (int i = 1; i <= 4; i++) props.setItem("Prop" + i, new COSDictionary());
            res.getCOSObject().setItem(COSName.PROPERTIES, props);
            page.setResources(res);
            page.setContents(new PDStream(doc, new ByteArrayInputStream(CONTENT.getBytes(StandardCharsets.ISO_8859_1))));
            assertTrue(EmptyArtifactPagePass.clean(doc, page));
            assertEquals(Set.of("Prop2"), keys(props));
            assertEquals(Set.of("Prop2"), namedInContent(page));
            assertTrue(!EmptyArtifactPagePass.clean(doc, page), "a second run finds nothing");
        }
    }

    /** The highlighting fixture's real PDF: no empty artifact left, and every property list named by its page, none orphaned. */
    @Test
    void theHighlightedFixtureKeepsNoEmptyArtifact() throws IOException {
        byte[] pdf = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE)
                .renderBytes(TestDocuments.read(CodeHighlightPdfTest.FIXTURE), new Diagnostics());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            int page = 0;
            for (PDPage p : d.getPages()) {
                page++;
                List<String> t = tokens(content(p));
                for (int i = 0; i + 3 < t.size(); i++) {
                    boolean empty = t.get(i).equals("COSName{Artifact}") && t.get(i + 2).equals("BDC") && t.get(i + 3).equals("EMC");
                    assertTrue(!empty, "page " + page + ": an empty artifact at token " + i);
                }
                COSDictionary props = p.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
                assertEquals(props == null ? Set.of() : keys(props), namedInContent(p), "page " + page);
            }
        }
    }

    private static Set<String> keys(COSDictionary d) {
        Set<String> out = new TreeSet<>();
        for (COSName n : d.keySet()) out.add(n.getName());
        return out;
    }

    /** The property lists the page's marked content names (the operand before {@code BDC}). */
    private static Set<String> namedInContent(PDPage page) throws IOException {
        Set<String> out = new TreeSet<>();
        List<Object> operands = new ArrayList<>();
        for (Object t : new PDFStreamParser(content(page)).parse()) {
            if (t instanceof Operator op) {
                if (op.getName().equals("BDC") && operands.size() == 2 && operands.get(1) instanceof COSName n) out.add(n.getName());
                operands.clear();
            } else {
                operands.add(t);
            }
        }
        return out;
    }

    private static byte[] content(PDPage page) throws IOException {
        try (InputStream in = page.getContents()) {
            return in.readAllBytes();
        }
    }

    private static List<String> tokens(String content) throws IOException {
        return tokens(content.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Operators by name, operands as PDFBox prints them. */
    private static List<String> tokens(byte[] content) throws IOException {
        List<String> out = new ArrayList<>();
        for (Object t : new PDFStreamParser(content).parse()) out.add(t instanceof Operator op ? op.getName() : String.valueOf(t));
        return out;
    }
}
