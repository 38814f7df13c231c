package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Running heads (柱): one line at the outer edge of the text block, cut with … when too long. */
class RunningTitleTest {
    private static Inline.Text t(String s) {
        return new Inline.Text(s, SourcePos.NONE);
    }

    @Test
    void longTitlesAreCutWithAnEllipsisAndShortOnesKept() {
        assertEquals("短い題名", Walk.plainText(RunningHeadPass.fit(List.of(t("短い題名")), 10)));
        // Full-width characters count one, half-width ones half: 8 + 4 × 0.5 = 10 fits exactly.
        assertEquals("日本語の題名です1234", Walk.plainText(RunningHeadPass.fit(List.of(t("日本語の題名です1234")), 10)));
        assertEquals("日本語の題名です12…", Walk.plainText(RunningHeadPass.fit(List.of(t("日本語の題名です12345")), 10)));
        // Inside an element, and an emoji picture counting one.
        Inline emoji = new Inline.Span(new Attr("", List.of("emoji"), Map.of("data-emoji", "🚀")), List.of(t("🚀")));
        List<Inline> cut = RunningHeadPass.fit(List.of(emoji, new Inline.Strong(List.of(t("あいうえおかきくけこ")))), 6);
        assertEquals("🚀あいうe…".replace("e", "え"), Walk.plainText(cut));
        assertTrue(cut.get(1) instanceof Inline.Strong, "the element is kept around what is left of it");
        assertEquals(0, RunningHeadPass.fit(List.of(t("あ"), new Inline.Note(List.of(), SourcePos.NONE)), 0)
                .stream().filter(i -> i instanceof Inline.Note).count(), "footnote calls never go into a head");
    }

    /** Each page's running head: its glyphs above the text block. */
    private record Head(int page, String text, float left, float right, float size) {}

    private static List<Head> heads(byte[] pdf) throws IOException {
        List<Head> out = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                private final List<TextPosition> head = new ArrayList<>();

                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getYDirAdj() < 40f) head.add(t); // the top margin is 18mm = 51pt
                }

                @Override
                protected void endPage(PDPage p) throws IOException {
                    if (!head.isEmpty()) {
                        StringBuilder sb = new StringBuilder();
                        float l = Float.MAX_VALUE;
                        float r = 0;
                        for (TextPosition t : head) {
                            sb.append(t.getUnicode());
                            l = Math.min(l, t.getXDirAdj());
                            r = Math.max(r, t.getXDirAdj() + t.getWidthDirAdj());
                        }
                        out.add(new Head(getCurrentPageNo(), sb.toString(), l, r, head.get(0).getFontSizeInPt()));
                    }
                    head.clear();
                    super.endPage(p);
                }
            };
            s.getText(d);
        }
        return out;
    }

    @Test
    void headsStandAtTheOuterEdgeOnOneLineInsideTheTextBlock() throws IOException {
        Path file = Path.of("target/pdf-test-fixtures/long-title.md");
        Files.createDirectories(file.getParent());
        StringBuilder body = new StringBuilder("---\ntitle: 【年収1000万も】テクニカルオペレーションマネージャーの将来性と未経験からのロードマップ完全版\n---\n\n");
        for (int i = 0; i < 60; i++) body.append("運用チームは障害の記録を読み返し、次の改善につなげていきます。".repeat(4)).append("\n\n");
        Files.writeString(file, body, StandardCharsets.UTF_8);
        Document doc = TestDocs.read(file);
        byte[] pdf = new PdfRenderer(TestDocs.defaultTheme()).withDate(Instant.EPOCH).renderBytes(doc, new Diagnostics());
        TestDocs.keep("long-title.pdf", pdf);
        List<Head> heads = heads(pdf);
        assertTrue(heads.size() >= 4, "pages with a head: " + heads);
        // A5: inner margin 20mm, outer 14mm; recto (odd) pages have the inner margin on the left.
        float mm = 72f / 25.4f;
        for (Head h : heads) {
            assertTrue(h.text().endsWith("…") && h.text().startsWith("【年収1000万も】"), "cut with an ellipsis: " + h);
            assertEquals(7f, h.size(), 0.01f, "the theme's head size");
            boolean recto = h.page() % 2 == 1;
            float textLeft = (recto ? 20 : 14) * mm;
            float textRight = (148 - (recto ? 14 : 20)) * mm;
            assertTrue(h.left() >= textLeft - 0.5f && h.right() <= textRight + 0.5f, "inside the text block: " + h);
            if (recto) assertEquals(textRight, h.right(), 0.5f, "flush right on a recto: " + h);
            else assertEquals(textLeft, h.left(), 0.5f, "flush left on a verso: " + h);
        }
        // With a short title from the front matter, nothing is cut.
        Files.writeString(file, body.toString().replace("---\n\n", "short-title: 年収1000万のロードマップ\n---\n\n"), StandardCharsets.UTF_8);
        byte[] shortOne = new PdfRenderer(TestDocs.defaultTheme()).withDate(Instant.EPOCH).renderBytes(TestDocs.read(file), new Diagnostics());
        for (Head h : heads(shortOne)) assertEquals("年収1000万のロードマップ", h.text(), "page " + h.page());
    }
}
