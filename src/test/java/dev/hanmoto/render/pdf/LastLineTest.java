package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.text.JlreqLists;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    static List<PdfParagraphs.Paragraph> shortLastLines(byte[] pdf, int min) throws IOException {
        List<PdfParagraphs.Paragraph> bad = new ArrayList<>();
        for (PdfParagraphs.Paragraph p : PdfParagraphs.of(pdf)) {
            if (p.lines().size() > 1 && counted(p.last().text()) < min) bad.add(p);
        }
        return bad;
    }

    static byte[] render(Document doc, int lastLineMin, String keepAs) throws IOException {
        byte[] pdf = new PdfRenderer(TestDocs.themeWith("pdf: { last-line-min: " + lastLineMin + " }")).withDate(Instant.EPOCH).renderBytes(doc, new Diagnostics());
        TestDocs.keep(keepAs, pdf);
        return pdf;
    }

    static Document document(String name) {
        if (!name.equals("guide")) return BookLayoutTest.fixture(name);
        Diagnostics diags = new Diagnostics();
        Document book = new dev.hanmoto.book.BookLoader(TestDocs.PROJECT).load(TestDocs.PROJECT.resolve("content/guide"), diags);
        diags.throwIfErrors();
        return book;
    }

    /**
     * The Japanese fixtures: the seed, the test fixtures and the guide book. With the default theme no
     * paragraph ends on one character; with {@code last-line-min: 1} the seed, code-and-table and the
     * guide do (the same reading finds them, so this test can fail).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed", "kinsoku", "notes", "code-and-table", "guide"})
    void noParagraphOfTheFixturesEndsOnOneCharacter(String name) throws IOException {
        Document doc = document(name);
        byte[] pdf = render(doc, TestDocs.defaultTheme().pdf().lastLineMin(), "last-line-" + name + ".pdf");
        assertTrue(PdfParagraphs.of(pdf).size() >= 5, "too few paragraphs read");
        assertEquals(List.of(), shortLastLines(pdf, 2));
        if (List.of("seed", "code-and-table", "guide").contains(name)) {
            assertFalse(shortLastLines(render(doc, 1, "last-line-" + name + "-1.pdf"), 2).isEmpty(),
                    "with last-line-min 1 some paragraph ends on one character");
        }
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
        Path file = Path.of("target/pdf-test-fixtures/inline-endings.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return TestDocs.read(file);
    }

    @ParameterizedTest(name = "last-line-min {0}")
    @ValueSource(ints = {1, 2})
    void paragraphsEndingInAnInlineElementKeepTheirLastLine(int min) throws IOException {
        byte[] pdf = render(inlineEndings(), min, "last-line-inline-" + min + ".pdf");
        List<PdfParagraphs.Paragraph> bad = shortLastLines(pdf, 2);
        if (min == 1) assertFalse(bad.isEmpty(), "with last-line-min 1 some paragraph ends on one character");
        else assertEquals(List.of(), bad.stream().map(p -> p.lines().get(p.lines().size() - 2) + " / " + p.last()).toList());
    }
}
