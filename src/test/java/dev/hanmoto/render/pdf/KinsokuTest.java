package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JLREQ kinsoku read back from the PDF's line boxes, across documents and font sizes: no line starts
 * with a closing bracket, 、。，．・：；？！, ー, 々 or a small kana; no line ends with an opening bracket.
 */
class KinsokuTest {
    /** Characters a line must not start with (JLREQ cl-02, 04–07, 10, 11 and small kana). */
    static final String NO_START = "、。，．・：；？！）」』】〕〉》ーｰ々ゝゞヽヾぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ";
    /** Characters a line must not end with (JLREQ cl-01 opening brackets). */
    static final String NO_END = "（「『【〔〈《";

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String doc : List.of("seed", "kinsoku")) {
            for (String size : List.of("8pt", "9pt", "10.5pt", "12pt")) out.add(Arguments.of(doc, size));
        }
        for (String doc : List.of("code-and-table", "notes")) {
            for (String size : List.of("8.5pt", "11pt")) out.add(Arguments.of(doc, size));
        }
        return out.stream();
    }

    static Document doc(String name) {
        return BookLayoutTest.fixture(name);
    }

    static List<PdfLines.Line> violations(List<PdfLines.Line> lines) {
        List<PdfLines.Line> bad = new ArrayList<>();
        for (PdfLines.Line l : lines) {
            String t = l.text();
            if (NO_START.indexOf(t.codePointAt(0)) >= 0 || NO_END.indexOf(t.codePointBefore(t.length())) >= 0) bad.add(l);
        }
        return bad;
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("cases")
    void neverBreaksAgainstKinsoku(String name, String size) throws IOException {
        var theme = TestDocs.themeWithCss("html { font-size: " + size + "; }");
        byte[] pdf = new PdfRenderer(theme).withDate(Instant.EPOCH).renderBytes(doc(name), new Diagnostics());
        TestDocs.keep("kinsoku-" + name + "-" + size + ".pdf", pdf);
        List<PdfLines.Line> lines = PdfLines.of(pdf);
        assertTrue(lines.size() > 20, "too few lines read: " + lines.size());
        assertEquals(List.of(), violations(lines));
    }
}
