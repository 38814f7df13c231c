package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Headings and the title break between phrases (文節); body text breaks anywhere kinsoku allows. */
class PhraseBreakTest {
    @Test
    void displayTextsBreakAtPhrasesOthersByCharacter() {
        PhraseKeeping display = new PhraseKeeping().inlines(List.of(new dev.hanmoto.ast.Inline.Text(
                "テクニカルオペレーションマネージャーの将来性", dev.hanmoto.ast.SourcePos.NONE)));
        StrictLineBreaker b = new StrictLineBreaker("ja", 1, display::isDisplay);
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
    void titleAndHeadingsOnThePage() throws IOException {
        Path file = Path.of("target/pdf-test-fixtures/phrases.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                ---
                title: 【年収1000万も】テクニカルオペレーションマネージャーの将来性と未経験からのロードマップ
                ---

                # スーパーカリフラジリスティックエクスピアリドーシャスアンチディスエスタブリッシュメンタリアニズムの見出し

                本文です。
                """, StandardCharsets.UTF_8);
        byte[] pdf = new PdfRenderer(TestDocs.defaultTheme()).withDate(Instant.EPOCH).renderBytes(TestDocs.read(file), new Diagnostics());
        TestDocs.keep("phrases.pdf", pdf);
        List<String> titlePage = PdfLines.of(pdf).stream().filter(l -> l.page() == 1).map(PdfLines.Line::text).toList();
        assertEquals(List.of("【年収1000万も】", "テクニカルオペレーションマネージャーの", "将来性と未経験からのロードマップ"), titlePage);
        // A phrase longer than the line still breaks inside it, within the margins (A5, 14mm outer margin).
        try (PDDocument d = PdfStructure.load(pdf)) {
            float[] right = {0};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    right[0] = Math.max(right[0], t.getXDirAdj() + t.getWidthDirAdj());
                }
            };
            s.setStartPage(3);
            s.setEndPage(3);
            s.getText(d);
            assertTrue(right[0] <= (148 - 14) * 72f / 25.4f + 0.5f, "heading inside the text block: " + right[0]);
        }
    }
}
