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

    /**
     * JLREQ's order (3.8) on the sample's justified lines: word spaces and 和欧間 grow to their limit
     * (0.15 em) before the gaps between Japanese characters grow at all, and the letters of a Latin
     * word keep their spacing while those gaps are under their quarter-em limit.
     */
    @Test
    void spacesFirstThenJapaneseGapsAndLatinWordsStayWhole() {
        byte[] pdf = TestPdfs.render(TestThemes.defaultTheme(), TestDocuments.sample(), "justification-order.pdf");
        int spread = 0;
        int wordsChecked = 0;
        java.util.List<String> problems = new java.util.ArrayList<>();
        for (PdfReadBack.Page p : PdfReadBack.pages(pdf)) {
            for (List<Glyph> row : p.rows(g -> Math.abs(g.size() - 9f) < 0.01f && !g.text().isBlank())) {
                java.util.List<Double> ja = new java.util.ArrayList<>();
                for (int i = 0; i + 1 < row.size(); i++) {
                    Glyph a = row.get(i);
                    Glyph b = row.get(i + 1);
                    if (isKana(a) && isKana(b)) ja.add((double) (b.x() - a.end()) / a.size());
                }
                if (ja.size() < 4) continue;
                ja.sort(null);
                double gap = ja.get(ja.size() / 2);
                for (int i = 0; i + 1 < row.size(); i++) {
                    Glyph a = row.get(i);
                    Glyph b = row.get(i + 1);
                    if (!isLatinLetter(a) || !isLatinLetter(b)) continue;
                    double g = (b.x() - a.end()) / a.size();
                    if (g >= 0.2) {
                        wordsChecked++;
                        // A word space on a line whose character gaps grew is at its limit.
                        if (gap > 0.01 && g < 1.0 / 3 + 0.15 - 0.01) problems.add(String.format("page %d: word space %.3f em on a line spread by %.3f em: %s",
                                p.number(), g, gap, text(row)));
                    } else if (gap < 0.24 && Math.abs(g) > 0.01 ) {
                        problems.add(String.format("page %d: letters %s%s %.3f em apart on a line spread by %.3f em: %s", p.number(), a.text(), b.text(), g, gap, text(row)));
                    }
                }
                if (gap > 0.01) spread++;
            }
        }
        assertTrue(spread > 50, "lines whose character gaps grew: " + spread);
        assertTrue(wordsChecked > 40, "word spaces checked: " + wordsChecked);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static boolean isKana(Glyph g) {
        return dev.hanmoto.text.Script.isKana(g.cp());
    }

    private static String text(List<Glyph> row) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : row) sb.append(g.text());
        return sb.toString();
    }

    private static boolean isLatinLetter(Glyph g) {
        int cp = g.cp();
        return cp < 0x80 && Character.isLetterOrDigit(cp);
    }
}
