package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, point 6: the PDFs Hanmoto writes are structurally clean (cross-reference, /Size, object
 * numbering), and {@link PdfStructure}, the check the suite applies to every PDF it opens, finds each
 * defect it looks for.
 */
class PdfStructureTest {
    /** A classic-table PDF from numbered object bodies; {@code size} null gives the right /Size. */
    private static byte[] classic(List<String> bodies, Integer size, int shiftOffsetOf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        long[] offsets = new long[bodies.size() + 1];
        for (int i = 0; i < bodies.size(); i++) {
            offsets[i + 1] = out.size();
            out.writeBytes(((i + 1) + " 0 obj\n" + bodies.get(i) + "\nendobj\n").getBytes(StandardCharsets.US_ASCII));
        }
        long xref = out.size();
        StringBuilder t = new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
        for (int i = 1; i <= bodies.size(); i++) {
            t.append(String.format("%010d 00000 n \n", offsets[i] + (i == shiftOffsetOf ? 3 : 0)));
        }
        t.append("trailer\n<< /Size ").append(size == null ? bodies.size() + 1 : size).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.writeBytes(t.toString().getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static final List<String> PAGES = List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 100 100] /Contents 4 0 R >>",
            "<< /Length 11 >>\nstream\n0 0 m 1 1 l\nendstream");

    @Test
    void aSoundHandMadeFileHasNoProblems() {
        assertEquals(List.of(), PdfStructure.problems(classic(PAGES, null, 0)));
    }

    @Test
    void findsAWrongSize() {
        assertEquals(List.of("trailer /Size 7 is not one plus the highest object number (4)"),
                PdfStructure.problems(classic(PAGES, 7, 0)));
    }

    @Test
    void findsADanglingReference() {
        List<String> bodies = List.of(PAGES.get(0), "<< /Type /Pages /Kids [3 0 R 9 0 R] /Count 2 >>", PAGES.get(2), PAGES.get(3));
        assertEquals(List.of("object 2 refers to 9 0 R, which is not in the file"), PdfStructure.problems(classic(bodies, null, 0)));
    }

    @Test
    void findsAnOffsetThatMissesItsObject() {
        List<String> problems = PdfStructure.problems(classic(PAGES, null, 3));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("object 3: "), problems.toString());
    }

    @Test
    void findsAStreamLengthThatMissesEndstream() {
        List<String> bodies = List.of(PAGES.get(0), PAGES.get(1), PAGES.get(2), "<< /Length 7 >>\nstream\n0 0 m 1 1 l\nendstream");
        List<String> problems = PdfStructure.problems(classic(bodies, null, 0));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("object 4: expected 'endstream'"), problems.toString());
    }

    /** What PDFBox 3 writes on its own: a cross-reference stream that leaves itself out (qpdf warns). */
    @Test
    void pdfBoxAloneLeavesTheCrossReferenceStreamOutOfItselfAndThePassMendsIt() throws IOException {
        byte[] saved;
        try (PDDocument d = new PDDocument()) {
            d.addPage(new PDPage());
            d.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            d.save(out);
            saved = out.toByteArray();
        }
        List<String> before = PdfStructure.problems(saved);
        assertTrue(before.stream().anyMatch(p -> p.matches("trailer /Size (\\d+) is not one plus the highest object number .*")), before.toString());
        assertTrue(before.stream().anyMatch(p -> p.matches("cross-reference stream \\d+ does not list itself .*")), before.toString());
        byte[] mended = XrefStreamFilePass.selfListing(saved);
        assertEquals(List.of(), PdfStructure.problems(mended));
        try (PDDocument d = PdfStructure.load(mended)) {
            assertEquals(2, d.getNumberOfPages());
        }
        assertEquals(new String(mended, StandardCharsets.ISO_8859_1), new String(XrefStreamFilePass.selfListing(mended), StandardCharsets.ISO_8859_1),
                "applying the pass twice changes nothing");
    }

    /** After every post-processing pass (和欧間 glyphs, blank pages, print marks with a bleed, identity). */
    @Test
    void theSampleArticleAndABookWithABleedAreClean() throws IOException {
        byte[] seed = new PdfRenderer(TestThemes.defaultTheme()).withDate(Instant.EPOCH)
                .renderBytes(TestDocuments.read(PdfRendererTest.SEED), new Diagnostics());
        assertEquals(List.of(), PdfStructure.problems(seed));
        assertEquals(List.of(), PdfStructure.problems(BookLayoutTest.withBleed()));
    }
}
