package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.theme.Theme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Widows and orphans (CSS Fragmentation 3 {@code widows}/{@code orphans}, set to 2 on {@code p} by the
 * default pdf.css) read back from the PDF's line boxes: a paragraph split by a page break leaves at
 * least two of its lines at the foot of the first page and at least two at the head of the next.
 *
 * <p>The fixture has one section per page position: section {@code n} starts on a new page (an H1
 * breaks the page), then {@code n} one-line filler paragraphs, then a long paragraph of about ten
 * lines. Moving the long paragraph down a line at a time makes the page break fall at every one of
 * its lines, including the ones where a naive break leaves a single line on either side.
 */
class WidowsOrphansTest {
    static final String TITLE = "泣き別れの検証";
    static final String START = "長段落";
    /** The one-line paragraph after each long one: where the long one's lines end. */
    static final String NEXT = "後続の段落です。";

    /**
     * The fixture; {@code inline} puts strong, code and a link into the long paragraph, so that its
     * lines are made of several inline boxes (openhtmltopdf counts line boxes, not text runs).
     */
    static Document sections(String name, int count, boolean inline) throws IOException {
        String sentence = inline
                ? "運用チームは**障害の記録**を読み返し、`incident-log` と[手順書](https://example.com/runbook)を次の改善につなげていきます。"
                : "運用チームは障害の記録を読み返し、監視の設定と手順書を次の改善につなげていきます。";
        StringBuilder sb = new StringBuilder("---\ntitle: " + TITLE + "\n---\n\n");
        for (int n = 0; n < count; n++) {
            sb.append("# 第").append(n).append("節\n\n");
            // n filler lines in one paragraph (hard line breaks): the long paragraph moves down by
            // exactly one line per section, where separate paragraphs would add their spacing too.
            for (int k = 0; k < n; k++) sb.append("埋め草の一行です。").append(k + 1 < n ? "\\\n" : "\n\n");
            sb.append(START).append(n).append("。");
            for (int k = 0; k < 7; k++) sb.append(sentence);
            sb.append("\n\n").append(NEXT).append("\n\n");
        }
        return TestDocuments.markdown(name, sb.toString());
    }

    /**
     * For each long paragraph (by section number), how many of its lines each page holds, in page
     * order. Running heads (the title) and folios (digits only) are not body lines.
     */
    static Map<Integer, List<Integer>> linesPerPage(byte[] pdf) throws IOException {
        Map<Integer, List<Integer>> out = new LinkedHashMap<>();
        Integer current = null;
        int page = -1;
        for (PdfReadBack.Line l : PdfReadBack.lines(pdf)) {
            String t = l.text();
            if (t.equals(TITLE) || t.matches("\\d+")) continue;
            if (t.equals(NEXT)) current = null;
            if (current == null && t.startsWith(START)) {
                current = Integer.parseInt(t.substring(START.length()).replaceAll("\\D.*", ""));
                out.put(current, new ArrayList<>());
                page = -1;
            }
            if (current == null) continue;
            List<Integer> counts = out.get(current);
            if (l.page() != page) {
                counts.add(0);
                page = l.page();
            }
            counts.set(counts.size() - 1, counts.get(counts.size() - 1) + 1);
        }
        return out;
    }

    /** Pages of a split paragraph holding fewer than {@code min} of its lines, as "section: counts". */
    static List<String> strandedLines(Map<Integer, List<Integer>> counts, int min) {
        List<String> bad = new ArrayList<>();
        counts.forEach((n, perPage) -> {
            if (perPage.size() > 1 && perPage.stream().anyMatch(c -> c < min)) bad.add(n + ": " + perPage);
        });
        return bad;
    }

    static byte[] render(Theme theme, Document doc, String keepAs) {
        return TestPdfs.render(theme, doc, keepAs);
    }

    /**
     * With the rule turned off ({@code orphans: 1; widows: 1}) the same fixture shows where the breaks
     * fall naturally: after every line of the long paragraph, so single lines are stranded at both
     * ends (the test can fail). With the default theme's rule no page holds a single line of a split
     * paragraph.
     */
    @ParameterizedTest(name = "{0}, inline elements: {1}")
    @CsvSource({"9pt, false", "9pt, true", "8pt, false", "10.5pt, true"})
    void splitParagraphLeavesAtLeastTwoLinesOnEachPage(String size, boolean inline) throws IOException {
        String name = "widows-" + size + (inline ? "-inline" : "");
        Document doc = sections(name, SECTIONS, inline);
        String css = "html { font-size: " + size + "; }";

        Map<Integer, List<Integer>> off = linesPerPage(render(TestThemes.withCss(css + " p { orphans: 1; widows: 1; }"), doc, name + "-off.pdf"));
        assertEquals(SECTIONS, off.size(), "every long paragraph found: " + off.keySet());
        int lines = off.get(0).stream().mapToInt(Integer::intValue).sum();
        assertTrue(lines >= 6, "long paragraph too short to test: " + lines);
        TreeSet<Integer> firstShares = new TreeSet<>();
        off.values().stream().filter(c -> c.size() == 2).forEach(c -> firstShares.add(c.get(0)));
        for (int k = 1; k < lines; k++) assertTrue(firstShares.contains(k), "no natural break after line " + k + ": " + off);
        assertFalse(strandedLines(off, 2).isEmpty(), "without the rule single lines are stranded");

        Map<Integer, List<Integer>> on = linesPerPage(render(TestThemes.withCss(css), doc, name + ".pdf"));
        assertEquals(SECTIONS, on.size(), "every long paragraph found: " + on.keySet());
        assertEquals(List.of(), strandedLines(on, 2), "split paragraphs: " + on);
        assertTrue(on.values().stream().filter(c -> c.size() > 1).count() >= lines - 3, "paragraphs still split: " + on);
    }

    /**
     * The real documents, their paragraphs read from the PDF's tagged structure: every paragraph a page
     * break splits keeps two lines or more on each page, and each document has such paragraphs.
     */
    @ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"seed", "guide"})
    void documentsStrandNoSingleLine(String name) throws IOException {
        Document doc = LastLineTest.document(name);
        byte[] pdf = render(TestThemes.defaultTheme(), doc, "widows-" + name + ".pdf");
        List<PdfReadBack.Paragraph> split = PdfReadBack.paragraphs(pdf).stream().filter(p -> p.linesPerPage().size() > 1).toList();
        assertFalse(split.isEmpty(), "no paragraph split by a page break");
        assertEquals(List.of(), split.stream().filter(p -> p.linesPerPage().stream().anyMatch(n -> n < 2))
                .map(p -> p.linesPerPage() + " " + p.lines().get(0)).toList());
    }

    /** Sections in the fixture: enough to move the long paragraph past the foot of an A5 page at 8pt. */
    static final int SECTIONS = 40;
}
