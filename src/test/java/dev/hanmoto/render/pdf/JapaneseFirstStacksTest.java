package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

/** The Latin-first font lists turned round for the layout, with every character in the face it had. */
class JapaneseFirstStacksTest {
    private static final FontStacks FONTS = TestThemes.defaultTheme().fonts();

    @Test
    void aListThatStartsWithALatinStackIsTurnedRound() {
        JapaneseFirstStacks.Rewrite r = JapaneseFirstStacks.of(
                "body { font-family: serif-latin, serif-ja-em; } th { font-family: sans-latin, sans-ja-em !important }"
                        + " code { font-family: mono-ja; } h1 { font-family: sans-ja; } p { font-family: inherit; }", FONTS);
        assertEquals("body { font-family: serif-ja-em--without-serif-latin, serif-latin; }"
                + " th { font-family: sans-ja-em--without-sans-latin, sans-latin !important }"
                + " code { font-family: mono-ja; } h1 { font-family: sans-ja; } p { font-family: inherit; }", r.css());
        assertEquals(List.of(new JapaneseFirstStacks.Derived("sans-ja-em--without-sans-latin", "sans-ja-em", "sans-latin"),
                new JapaneseFirstStacks.Derived("serif-ja-em--without-serif-latin", "serif-ja-em", "serif-latin")), r.derived());
    }

    /** The derived face lacks exactly what the Latin face has; everything else maps to the same glyph. */
    @Test
    void theDerivedFaceHasTheOtherCharactersOnTheSameGlyphs() throws IOException {
        FontFace em = FONTS.find("serif-ja-em").orElseThrow().get(0);
        List<FontFace> latin = FONTS.find("serif-latin").orElseThrow();
        Map<Integer, Integer> whole = JapaneseFirstStacks.mapped(FontLibrary.font(em));
        Map<Integer, Integer> latinHas = JapaneseFirstStacks.mapped(FontLibrary.font(latin.get(0)));
        TrueTypeFont derived = JapaneseFirstStacks.font(em, latin);
        Map<Integer, Integer> left = JapaneseFirstStacks.mapped(derived);
        assertTrue(latinHas.containsKey((int) 'A') && latinHas.containsKey((int) ' '), "the Latin face has A and the space");
        for (int cp : latinHas.keySet()) assertFalse(left.containsKey(cp), "U+" + Integer.toHexString(cp) + " taken out");
        int kept = 0;
        for (Map.Entry<Integer, Integer> e : whole.entrySet()) {
            if (latinHas.containsKey(e.getKey())) continue;
            assertEquals(e.getValue(), left.get(e.getKey()), "U+" + Integer.toHexString(e.getKey()));
            kept++;
        }
        assertTrue(kept > 7000, "kana, kanji and punctuation kept: " + kept);
        assertEquals(FontLibrary.font(em).getNumberOfGlyphs(), derived.getNumberOfGlyphs());
        assertEquals(FontLibrary.font(em).getAdvanceWidth(whole.get((int) 'あ')), derived.getAdvanceWidth(left.get((int) 'あ')));
    }

    /** Rendered: Latin letters still in the proportional face, kana and kanji in the em-grid face. */
    @Test
    void eachCharacterKeepsItsFace() {
        byte[] pdf = TestPdfs.render(TestThemes.defaultTheme(), TestDocuments.markdown("turned",
                "---\ntitle: 組版\n---\n\nかなとKanjiの混ざった文、**太字のBold**も。\n"), "turned.pdf");
        int checked = 0;
        for (PdfReadBack.Page p : PdfReadBack.pages(pdf)) {
            for (PdfReadBack.Glyph g : p.glyphs()) {
                if (Math.abs(g.size() - 9f) > 0.01f) continue;
                boolean latinLetter = g.cp() < 0x80 && Character.isLetter(g.cp());
                if (latinLetter) assertTrue(g.font().contains("BIZUDP"), g.text() + " in " + g.font());
                else if (Character.isIdeographic(g.cp()) || (g.cp() >= 0x3040 && g.cp() < 0x30FF)) {
                    assertFalse(g.font().contains("BIZUDP"), g.text() + " in " + g.font());
                }
                checked++;
            }
        }
        assertTrue(checked > 15, "glyphs read: " + checked);
    }
}
