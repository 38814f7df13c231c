package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.text.JlreqLists;
import dev.hanmoto.theme.Theme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A paragraph's last line keeps at least {@code pdf.last-line-min} characters (closing punctuation
 * not counted; JLREQ's advice against a last line of one character), read back from the PDF's tagged
 * paragraphs: each {@code P} structure element's glyphs grouped into lines, so paragraphs are found in
 * any document, whatever their neighbours (lists, tables, footnotes, running heads).
 */
class LastLineTest {
    /** Characters that do not count towards a last line's length: closing brackets and punctuation (JLREQ cl-02, cl-04 to cl-07). */
    static final String NOT_COUNTED = JlreqLists.closingPunctuation();

    static long counted(String line) {
        return line.codePoints().filter(cp -> NOT_COUNTED.indexOf(cp) < 0).count();
    }

    /** Paragraphs of more than one line whose last line has fewer than {@code min} counted characters. */
    static List<PdfReadBack.Paragraph> shortLastLines(byte[] pdf, int min) throws IOException {
        List<PdfReadBack.Paragraph> bad = new ArrayList<>();
        for (PdfReadBack.Paragraph p : PdfReadBack.paragraphs(pdf)) {
            if (p.lines().size() > 1 && counted(p.last().text()) < min) bad.add(p);
        }
        return bad;
    }

    static byte[] render(Document doc, int lastLineMin, String keepAs) {
        return TestPdfs.render(TestThemes.with("pdf: { last-line-min: " + lastLineMin + " }"), doc, keepAs);
    }

    static Document document(String name) {
        return name.equals("guide") ? TestDocuments.guide() : BookLayoutTest.fixture(name);
    }

    /**
     * The Japanese fixtures: the seed, the test fixtures and the guide book. With the default theme no
     * paragraph ends on one character. That the same reading finds such lines without the rule is
     * shown on paragraphs of every length ({@code KinsokuTest.noParagraphEndsWithAOneCharacterLine}):
     * the fixtures had some with {@code last-line-min: 1} until solid setting (issue 17) changed their
     * line breaks, and none happens to now.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed", "kinsoku", "notes", "code-and-table", "guide"})
    void noParagraphOfTheFixturesEndsOnOneCharacter(String name) throws IOException {
        Document doc = document(name);
        byte[] pdf = render(doc, TestThemes.defaultTheme().pdf().lastLineMin(), "last-line-" + name + ".pdf");
        assertTrue(PdfReadBack.paragraphs(pdf).size() >= 5, "too few paragraphs read");
        assertEquals(List.of(), shortLastLines(pdf, 2));
    }

    /** Endings of a paragraph in an inline element, or in a short run of text after one. */
    static final List<String> ENDINGS = List.of(
            "を**強調**する。", "を**強調**。", "は**要点**だ。", "は**要**。", "を[参照](https://example.com/a)。",
            "は`kubectl`だ。", "は`x`。", "は*注意*」", "は🎉", "を**強調**と`x`。");

    /**
     * Paragraphs of every length from one to three lines for each ending, so that the last line break
     * falls at every position before it.
     */
    static Document inlineEndings() throws IOException {
        String base = "運用チームは障害の記録を読み返し次の改善につなげていきます";
        StringBuilder sb = new StringBuilder("---\ntitle: 最終行と行内要素\n---\n\n");
        for (int e = 0; e < ENDINGS.size(); e++) {
            for (int n = 20; n <= 80; n++) {
                StringBuilder p = new StringBuilder("段落" + e + "の" + n + "：");
                if (ENDINGS.get(e).endsWith("」")) p.append("「");
                while (p.length() < n) p.append(base);
                sb.append(p, 0, n).append(ENDINGS.get(e)).append("\n\n");
            }
        }
        return TestDocuments.markdown("inline-endings", sb.toString());
    }

    @ParameterizedTest(name = "last-line-min {0}")
    @ValueSource(ints = {1, 2})
    void paragraphsEndingInAnInlineElementKeepTheirLastLine(int min) throws IOException {
        byte[] pdf = render(inlineEndings(), min, "last-line-inline-" + min + ".pdf");
        List<PdfReadBack.Paragraph> bad = shortLastLines(pdf, 2);
        if (min == 1) assertFalse(bad.isEmpty(), "with last-line-min 1 some paragraph ends on one character");
        else assertEquals(List.of(), bad.stream().map(p -> p.lines().get(p.lines().size() - 2) + " / " + p.last()).toList());
    }

    /**
     * A theme whose print stylesheet is its own (it does not import the default's) keeps paragraph
     * ends together as well: the inline-block that does it is the pass's CSS, not the theme's.
     */
    @Test
    void aStylesheetOfItsOwnKeepsLastLinesToo() throws IOException {
        Theme own = TestThemes.with("", Map.of("pdf.css",
                "html { font-family: serif-ja; font-size: 9pt; line-height: 1.75; }\np { margin: 0; text-indent: 1em; text-align: justify; }\n"
                        + "strong { font-family: sans-ja; font-weight: 700; }\ncode { font-family: mono-ja; }\n"));
        List<PdfReadBack.Paragraph> bad = shortLastLines(TestPdfs.render(own, inlineEndings(), "last-line-own-css.pdf"), 2);
        assertEquals(List.of(), bad.stream().map(p -> p.lines().get(p.lines().size() - 2) + " / " + p.last()).toList());
    }
}
