package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.testkit.PdfReadBack;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Table columns are sized at phrase (文節) breaks (issue 17, point 4): a narrow column of terms beside
 * a wide column of prose holds each term on one line (オブジェクト, not オブ／ジェ／クト), and a term
 * longer than a column of a many-column table can be still breaks, inside the text block. Measured
 * on the glyphs of the PDF, against the table's own geometry (no fixed coordinates).
 */
class TablePhraseTest {
    static final byte[] PDF = BookLayoutTest.render(BookLayoutTest.fixture("table-words"), "table-words.pdf");

    @Test
    void aNarrowColumnKeepsItsWordsWhole() {
        PdfReadBack.Page page = tablePage();
        List<List<PdfReadBack.Glyph>> rows = page.rows(g -> true);
        for (String word : List.of("オブジェクト", "インスタンス", "非同期処理")) {
            List<PdfReadBack.Glyph> row = rows.stream().filter(r -> text(r).startsWith(word)).findFirst()
                    .orElseThrow(() -> new AssertionError(word + " is not whole at the start of a line: " + texts(rows)));
            // The word is the first cell's; the prose of the second cell starts after it, past a gap.
            PdfReadBack.Glyph last = row.get(word.length() - 1), next = row.get(word.length());
            assertTrue(next.x() - last.end() > last.width(), word + ": the next cell starts after the word: " + text(row));
        }
        // The prose column still has room: its lines are more than half the text block wide.
        PdfReadBack.Glyph first = rows.stream().filter(r -> text(r).startsWith("オブジェクト")).findFirst().orElseThrow().get(6);
        float right = page.rightmost();
        assertTrue(right - first.x() > 0.5 * (right - rows.get(0).get(0).x()), "the prose column is wide");
    }

    @Test
    void aWordWiderThanAnyColumnCouldBeStillBreaksInsideTheTextBlock() {
        PdfReadBack.Page page = tablePage();
        List<List<PdfReadBack.Glyph>> rows = page.rows(g -> true);
        for (String word : List.of("テクニカルオペレーションマネージャー", "サイトリライアビリティエンジニアリング")) {
            assertTrue(rows.stream().noneMatch(r -> text(r).contains(word)), word + " is broken: " + texts(rows));
        }
        // The first line of the justified paragraph before the table ends at the text block's edge.
        List<PdfReadBack.Glyph> measure = rows.stream().filter(r -> text(r).startsWith("列の多い表では")).findFirst().orElseThrow();
        float edge = measure.get(measure.size() - 1).end();
        assertTrue(page.rightmost() <= edge + 1f, "table inside the text block: " + page.rightmost() + " > " + edge);
    }

    private static PdfReadBack.Page tablePage() {
        return PdfReadBack.pages(PDF).stream()
                .filter(p -> p.glyphs().stream().anyMatch(g -> g.text().equals("非")))
                .findFirst().orElseThrow();
    }

    private static String text(List<PdfReadBack.Glyph> row) {
        StringBuilder sb = new StringBuilder();
        for (PdfReadBack.Glyph g : row) sb.append(g.text());
        return sb.toString();
    }

    private static List<String> texts(List<List<PdfReadBack.Glyph>> rows) {
        return rows.stream().map(TablePhraseTest::text).toList();
    }
}
