package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.testkit.PdfReadBack.Glyph;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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

    private static List<Head> heads(byte[] pdf) {
        List<Head> out = new ArrayList<>();
        for (PdfReadBack.Page p : PdfReadBack.pages(pdf)) {
            // The top margin is 18mm = 51pt: glyphs above 40pt are the head's.
            List<Glyph> head = p.glyphs().stream().filter(g -> g.baseline() < 40f).toList();
            if (head.isEmpty()) continue;
            out.add(new Head(p.number(), head.stream().map(Glyph::text).collect(Collectors.joining()),
                    (float) head.stream().mapToDouble(Glyph::x).min().orElseThrow(),
                    (float) head.stream().mapToDouble(Glyph::end).max().orElseThrow(), head.get(0).size()));
        }
        return out;
    }

    @Test
    void headsStandAtTheOuterEdgeOnOneLineInsideTheTextBlock() throws IOException {
        StringBuilder body = new StringBuilder("---\ntitle: 【年収1000万も】テクニカルオペレーションマネージャーの将来性と未経験からのロードマップ完全版\n---\n\n");
        for (int i = 0; i < 60; i++) body.append("運用チームは障害の記録を読み返し、次の改善につなげていきます。".repeat(4)).append("\n\n");
        byte[] pdf = TestPdfs.render(TestThemes.defaultTheme(), TestDocuments.markdown("long-title", body.toString()), "long-title.pdf");
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
        byte[] shortOne = TestPdfs.render(TestThemes.defaultTheme(), TestDocuments.markdown("short-title",
                body.toString().replace("---\n\n", "short-title: 年収1000万のロードマップ\n---\n\n")));
        for (Head h : heads(shortOne)) assertEquals("年収1000万のロードマップ", h.text(), "page " + h.page());
    }
}
