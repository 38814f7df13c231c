package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.testkit.PdfReadBack.Glyph;
import dev.hanmoto.testkit.PdfReadBack.Line;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.text.JlreqLists;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JLREQ kinsoku read back from the PDF's line boxes, across documents and font sizes: no line starts
 * with a closing bracket, hyphen, 、。，．・：；？！, ー, 々 or a small kana; no line ends with an opening
 * bracket. The characters are JLREQ's own lists ({@link JlreqLists}), not the renderer's table.
 */
class KinsokuTest {
    /** Characters a line must not start with (JLREQ 3.1.7: cl-02 to cl-07, cl-09 to cl-11; … ‥). */
    static final String NO_START = JlreqLists.notStartingALine();
    /** Characters a line must not end with (JLREQ 3.1.8: cl-01 opening brackets). */
    static final String NO_END = JlreqLists.notEndingALine();

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String doc : List.of("seed", "kinsoku")) {
            for (String size : List.of("8pt", "9pt", "10.5pt", "12pt")) out.add(Arguments.of(doc, size));
        }
        for (String doc : List.of("code-and-table", "notes", "table-words")) {
            for (String size : List.of("8.5pt", "11pt")) out.add(Arguments.of(doc, size));
        }
        return out.stream();
    }

    static Document doc(String name) {
        return BookLayoutTest.fixture(name);
    }

    static List<Line> violations(List<Line> lines) {
        List<Line> bad = new ArrayList<>();
        for (Line l : lines) {
            String t = l.text();
            if (NO_START.indexOf(t.codePointAt(0)) >= 0 || NO_END.indexOf(t.codePointBefore(t.length())) >= 0) bad.add(l);
        }
        return bad;
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("cases")
    void neverBreaksAgainstKinsoku(String name, String size) throws IOException {
        byte[] pdf = TestPdfs.render(TestThemes.withCss("html { font-size: " + size + "; }"), doc(name),
                "kinsoku-" + name + "-" + size + ".pdf");
        List<Line> lines = PdfReadBack.lines(pdf);
        assertTrue(lines.size() > 20, "too few lines read: " + lines.size());
        assertEquals(List.of(), violations(lines));
    }

    /** Paragraphs of every length from one to three lines, each starting with a marker. */
    static Document paragraphsOfEveryLength() throws IOException {
        String base = "運用チームは障害の記録を読み返し、次の改善につなげていきます";
        StringBuilder sb = new StringBuilder("---\ntitle: 最終行の検証\n---\n\n");
        for (int n = 20; n <= 90; n++) {
            StringBuilder p = new StringBuilder("段落" + n + "：");
            while (p.length() < n) p.append(base);
            sb.append(p, 0, n).append("。\n\n");
        }
        return TestDocuments.markdown("last-lines", sb.toString());
    }

    /** Last lines of paragraphs (the line before one that starts a new 段落) shorter than {@code min}. */
    static List<Line> shortLastLines(byte[] pdf, int min) throws IOException {
        List<Line> lines = PdfReadBack.lines(pdf).stream()
                .filter(l -> !l.text().matches("\\d+") && !l.text().equals("最終行の検証")).toList();
        List<Line> shortOnes = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            if (!lines.get(i).text().startsWith("段落") || lines.get(i - 1).text().startsWith("段落")) continue;
            String last = lines.get(i - 1).text();
            long counted = last.codePoints().filter(cp -> NO_START.indexOf(cp) < 0).count();
            if (counted < min) shortOnes.add(lines.get(i - 1));
        }
        return shortOnes;
    }

    @org.junit.jupiter.api.Test
    void noParagraphEndsWithAOneCharacterLine() throws IOException {
        Document doc = paragraphsOfEveryLength();
        for (int min : new int[] {1, 2}) {
            byte[] pdf = TestPdfs.render(TestThemes.with("pdf: { last-line-min: " + min + " }"), doc, "last-lines-" + min + ".pdf");
            if (min == 1) assertFalse(shortLastLines(pdf, 2).isEmpty(), "without the rule some paragraph ends on one character");
            else assertEquals(List.of(), shortLastLines(pdf, 2));
        }
    }

    /**
     * A footnote call right before 。 (ある[^1]。): the call is the footnote's own box, which openhtmltopdf
     * may break after, so the 。 goes before the call. Paragraphs of every length put the break at every
     * position around the call.
     */
    @org.junit.jupiter.api.Test
    void closingPunctuationAfterAFootnoteCallNeverStartsALine() throws IOException {
        String base = "運用チームは障害の記録を読み返し、次の改善につなげていきます";
        StringBuilder sb = new StringBuilder("---\ntitle: 注と句点の検証\n---\n\n");
        for (int n = 20; n <= 80; n++) {
            StringBuilder p = new StringBuilder();
            while (p.length() < n) p.append(base);
            sb.append(p, 0, n).append("という考え方がある[^n").append(n).append("]。続けて次の文を書きます。\n\n");
            sb.append("[^n").append(n).append("]: 注の本文").append(n).append("。\n\n");
        }
        byte[] pdf = TestPdfs.render(TestThemes.defaultTheme(), TestDocuments.markdown("note-punctuation", sb.toString()), "note-punctuation.pdf");
        List<Line> lines = PdfReadBack.lines(pdf);
        assertTrue(lines.size() > 150, "lines read: " + lines.size());
        assertEquals(List.of(), violations(lines));
    }

    /**
     * An emoji or formula picture followed by 、。: the picture is a box of its own, so a line could break
     * between it and the 。 (KinsokuPictureLayoutCheck finds them and the next layout keeps such pairs together). Read back from the
     * glyphs and the pictures' positions: a line whose text starts with closing punctuation must start
     * with a picture.
     */
    @org.junit.jupiter.api.Test
    void closingPunctuationAfterAPictureNeverStartsALine() throws IOException {
        String base = "運用チームは障害の記録を読み返し、次の改善につなげていきます";
        StringBuilder sb = new StringBuilder("---\ntitle: 絵と句点\n---\n\n");
        for (int n = 20; n <= 80; n++) {
            String lead = base.repeat(4).substring(0, n);
            sb.append(lead).append("式$a^2+b^2$。続けて🚀、さらに次の文を書きます。").append(base.repeat(2), 0, n / 2)
                    .append("$x$、で終わる。\n\n");
        }
        byte[] pdf = TestPdfs.render(TestThemes.defaultTheme(), TestDocuments.markdown("picture-punctuation", sb.toString()), "picture-punctuation.pdf");
        int[] pictureFirst = {0};
        List<String> bad = pictureAwareViolations(pdf, pictureFirst);
        assertTrue(pictureFirst[0] >= 3, "pictures and their punctuation moved to a line's start together: " + pictureFirst[0]);
        assertEquals(List.of(), bad);
    }

    /** The math-heavy fixture (inline formulas before 、。 and inside sentences) at two sizes. */
    @ParameterizedTest(name = "math at {0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"8.5pt", "9pt", "11pt"})
    void mathFixtureKeepsKinsoku(String size) throws IOException {
        byte[] pdf = TestPdfs.render(TestThemes.withCss("html { font-size: " + size + "; }"), doc("math"), "kinsoku-math-" + size + ".pdf");
        int[] pictureFirst = {0};
        assertEquals(List.of(), pictureAwareViolations(pdf, pictureFirst));
        int lines = PdfReadBack.pages(pdf).stream().mapToInt(p -> textLines(p).size()).sum();
        assertTrue(lines > 30, "lines read: " + lines);
    }

    /** A page's lines of glyphs (one baseline, left to right) between the head and the folio, at any size. */
    static List<List<Glyph>> textLines(PdfReadBack.Page p) {
        return p.rows(g -> g.baseline() >= 45 && g.baseline() <= p.height() - 50 && !g.text().isBlank());
    }

    /**
     * Text lines starting with closing punctuation or ending with an opening
     * bracket, except a line that starts with a picture (emoji, formula) right before its punctuation;
     * {@code pictureFirst[0]} counts those.
     */
    static List<String> pictureAwareViolations(byte[] pdf, int[] pictureFirst) throws IOException {
        List<String> bad = new ArrayList<>();
        List<PdfReadBack.Picture> pictures = PdfReadBack.pictures(pdf);
        for (PdfReadBack.Page p : PdfReadBack.pages(pdf)) {
            float height = p.height();
            int page = p.number();
            for (List<Glyph> line : textLines(p)) {
                String text = line.stream().map(Glyph::text).reduce("", String::concat);
                if (NO_END.indexOf(text.codePointBefore(text.length())) >= 0) bad.add("p" + page + " ends: " + text);
                Glyph g = line.get(0);
                if (NO_START.indexOf(g.cp()) < 0) continue;
                float baseline = g.baseline();
                boolean picture = pictures.stream().anyMatch(x -> x.page() == page
                        && x.bounds().getMaxX() <= g.x() + 0.5 && x.bounds().getMaxX() > g.x() - 60
                        && height - x.bounds().getMinY() >= baseline - 4 && height - x.bounds().getMaxY() <= baseline);
                if (picture) pictureFirst[0]++;
                else bad.add("p" + page + ": " + text);
            }
        }
        return bad;
    }
}
