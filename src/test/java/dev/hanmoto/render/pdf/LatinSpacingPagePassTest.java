package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 和欧間 spaces come out of the pages by pattern where openhtmltopdf's runs have a shape the
 * pattern knows, and by parsing the page otherwise; both must leave the same content. The shapes
 * are those the solid-setting body writes: a literal string (PDFBox writes a glyph code whose bytes
 * are ASCII as {@code (…)}), {@code Tj}, and justified {@code TJ} arrays with adjustments. A shape the
 * pattern missed made every page of the ×10 sample fall back to the parser (about a tenth of the
 * PDF's time).
 */
class LatinSpacingPagePassTest {
    private static final COSName SPACE = COSName.getPDFName("F3");

    private static String page(String spaceRun) {
        return "/Span <</MCID 3>> BDC\nBT\n/F2 8.5 Tf\n1 0 0 1 56.7 512.5 Tm\n[<052a> -0.09 <09b0>] TJ\nET\nEMC\n"
                + "/Artifact /Prop1 BDC\nBT\n/F3 4.275 Tf\n1 0 0 1 217.01 497.47 Tm\n" + spaceRun + "\nET\nEMC\n"
                + "BT\n/F2 8.5 Tf\n1 0 0 1 220 497.47 Tm\n<0004> Tj\nET\n";
    }

    /**
     * The content's tokens without text matrices: the parser keeps the {@code Tm} of a dropped space
     * and the pattern drops it, and a matrix that nothing is shown with draws nothing.
     */
    private static List<String> tokens(byte[] content) throws IOException {
        List<String> out = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        for (Object t : new PDFStreamParser(content).parse()) {
            if (!(t instanceof Operator op)) {
                operands.add(String.valueOf(t));
                continue;
            }
            if (!OperatorName.SET_MATRIX.equals(op.getName())) {
                out.addAll(operands);
                out.add(op.getName());
            }
            operands.clear();
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"[<0002>] TJ", "[(\u0000\u0002)] TJ", "<0002> Tj", "(\u0000\u0002) Tj",
            "[<0002> -12.5 <0002>] TJ", "[(\\(\\)\\\\) 3 <00>] TJ"})
    void theQuickPathLeavesWhatTheParserLeaves(String run) throws IOException {
        byte[] content = page(run).getBytes(StandardCharsets.ISO_8859_1);
        byte[] quick = LatinSpacingPagePass.quick(content, List.of(SPACE));
        assertNotNull(quick, "the pattern covers " + run);
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage();
            doc.addPage(p);
            p.setContents(new PDStream(doc, new ByteArrayInputStream(content)));
            byte[] parsed = LatinSpacingPagePass.withoutGlyphs(p, List.of(SPACE));
            assertEquals(tokens(parsed), tokens(quick));
        }
        assertEquals(-1, new String(quick, StandardCharsets.ISO_8859_1).indexOf("/F3"));
    }

    @Test
    void aShapeThePatternDoesNotKnowGoesToTheParser() {
        byte[] content = page("3 Tr [<0002>] TJ").getBytes(StandardCharsets.ISO_8859_1);
        assertNull(LatinSpacingPagePass.quick(content, List.of(SPACE)));
    }
}
