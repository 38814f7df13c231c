package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.PdfReadBack.Glyph;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Justification by characters (issue 17.2, JLREQ 3.8): on the sample's justified lines a Latin word
 * space stays near its natural width (a third of an em in BIZ UDPMincho) and the slack goes between
 * the characters; read from the rendered PDF's glyph positions.
 */
class JustificationTest {
    @Test
    void latinWordSpacesOfTheSampleStayWithinOneAndAHalfTimesNatural() {
        byte[] pdf = TestPdfs.render(TestThemes.defaultTheme(), TestDocuments.sample(), "justification-sample.pdf");
        double widest = 0;
        String where = "";
        int measured = 0;
        for (PdfReadBack.Page p : PdfReadBack.pages(pdf)) {
            // The body text (9pt) of the default theme: paragraphs and list items, justified.
            for (List<Glyph> row : p.rows(g -> Math.abs(g.size() - 9f) < 0.01f && !g.text().isBlank())) {
                for (int i = 0; i + 1 < row.size(); i++) {
                    Glyph a = row.get(i);
                    Glyph b = row.get(i + 1);
                    if (!isLatinLetter(a) || !isLatinLetter(b)) continue;
                    double gap = (b.x() - a.end()) / a.size();
                    if (gap < 0.2) continue;  // letters of one word
                    measured++;
                    if (gap > widest) {
                        widest = gap;
                        where = "page " + p.number() + ": " + a.text() + "␣" + b.text();
                    }
                }
            }
        }
        double natural = 1.0 / 3;  // BIZ UDPMincho's space: 333/1000 em
        assertTrue(measured > 40, "word spaces measured: " + measured);
        assertTrue(widest <= 1.5 * natural, "widest word space " + widest / natural + " × natural at " + where);
    }

    private static boolean isLatinLetter(Glyph g) {
        int cp = g.cp();
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }
}
