package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings and the title break between phrases (文節); body text breaks anywhere kinsoku allows. */
class PhraseBreakTest {
    @Test
    void displayTextsBreakAtPhrasesOthersByCharacter() {
        PhraseKeeping display = new PhraseKeeping().inlines(List.of(new dev.hanmoto.ast.Inline.Text(
                "テクニカルオペレーションマネージャーの将来性", dev.hanmoto.ast.SourcePos.NONE)));
        StrictLineBreaker b = new StrictLineBreaker("ja", 1, display);
        String title = "テクニカルオペレーションマネージャーの将来性";
        b.setText(title);
        assertEquals(19, b.next(), "the only break is after の");
        // openhtmltopdf passes the rest of a node after a break: still a display text.
        b.setText(title.substring(12));
        assertEquals(7, b.next(), "マネージャーの|");
        b.setText("テクニカルオペレーション");
        assertEquals(1, b.next(), "body text (not a display text) breaks between any two kana");
    }

    @Test
    void tableCellsBreakAtPhrasesAndInsideAPhraseTooWideForTheirColumn() {
        Document doc = TestDocuments.markdown("cells", """
                | 段階 | 役割 | 展望 |
                | :--- | :--- | :--- |
                | オブジェクト指向 | シニアオペレーションエンジニア | 非同期処理 |
                """);
        // Three columns of a 36-em text block: a phrase wider than 21 half-width units breaks inside.
        PhraseKeeping cells = new PhraseKeeping().tables(doc.blocks(), 36, "ja");
        StrictLineBreaker b = new StrictLineBreaker("ja", 1, cells);
        b.setText("オブジェクト指向");
        assertEquals(6, b.next(), "オブジェクト|指向: the word kept whole");
        b.setText("シニアオペレーションエンジニア");
        assertEquals(1, b.next(), "15 characters: wider than the column can be, so by character");
        // The rest of that phrase after a break is still the long phrase: it keeps breaking inside.
        b.setText("ションエンジニア");
        assertEquals(2, b.next(), "the rest of a long phrase: ショ|ン, not after the whole phrase");
        b.setText("本文の文字");
        assertEquals(1, b.next(), "not a cell's text: strict");
    }

    @Test
    void titleAndHeadingsOnThePage() throws IOException {
        Document written = TestDocuments.markdown("phrases", """
                ---
                title: 【年収1000万も】テクニカルオペレーションマネージャーの将来性と未経験からのロードマップ
                ---

                # スーパーカリフラジリスティックエクスピアリドーシャスアンチディスエスタブリッシュメンタリアニズムの見出し

                本文です。
                """);
        byte[] pdf = TestPdfs.render(TestThemes.defaultTheme(), written, "phrases.pdf");
        List<String> titlePage = PdfReadBack.lines(pdf).stream().filter(l -> l.page() == 1).map(PdfReadBack.Line::text).toList();
        assertEquals(List.of("【年収1000万も】", "テクニカルオペレーションマネージャーの", "将来性と未経験からのロードマップ"), titlePage);
        // A phrase longer than the line still breaks inside it, within the margins (A5, 14mm outer margin).
        float right = PdfReadBack.pages(pdf).get(2).rightmost();
        assertTrue(right <= (148 - 14) * 72f / 25.4f + 0.5f, "heading inside the text block: " + right);
    }
}
