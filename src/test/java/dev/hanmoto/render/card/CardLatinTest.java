package dev.hanmoto.render.card;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestThemes;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The card sets Latin letters in a proportional face (issue 17, point 5): the default title face is
 * BIZ UDPGothic Bold, whose Latin has its own advances, not the half-em cells of a fixed-pitch face.
 * Read from the pixels: a run of ten W is much wider than a run of ten i of the same size, alone and
 * before kanji (a title such as Langevin方程式の導出). A
 * fixed-pitch face (the theme's mono-ja, set as the title font) is the control: there the two runs
 * differ by at most the ink of one letter, and the same measure says so.
 */
class CardLatinTest {
    private static final int MARGIN = CardRendererTest.MARGIN;

    @Test
    void latinInTheTitleHasProportionalAdvances() {
        CardRenderer cards = CardRendererTest.CARDS;
        for (String[] pair : new String[][] {{"iiiiiiiiii", "WWWWWWWWWW"}, {"iiiiii方程式", "WWWWWW方程式"}}) {
            double ratio = latinRatio(cards, pair[0], pair[1]);
            assertTrue(ratio > 1.6, pair[1] + " / " + pair[0] + " ink width per em: " + ratio);
        }
    }

    @Test
    void aFixedPitchTitleFaceWouldFailTheMeasure() {
        CardRenderer mono = new CardRenderer(TestThemes.with("card: { title: { font: mono-ja } }"));
        double ratio = latinRatio(mono, "iiiiiiiiii", "WWWWWWWWWW");
        assertTrue(ratio < 1.25, "fixed-pitch W / i ink width per em: " + ratio);
    }

    /** Ink width per em of the wide run over that of the narrow run. */
    private static double latinRatio(CardRenderer cards, String narrow, String wide) {
        return inkWidthPerEm(cards, wide) / inkWidthPerEm(cards, narrow);
    }

    /** The title's horizontal ink extent (one line) divided by its font size. */
    private static double inkWidthPerEm(CardRenderer cards, String title) {
        var doc = CardFixtures.doc("latin", title, List.of(), Map.of());
        String xhtml = cards.xhtml(doc, 1200, 630, new Diagnostics());
        List<String> lines = CardRendererTest.titleLines(xhtml);
        assertTrue(lines.size() == 1, title + " on one line: " + lines);
        Matcher size = Pattern.compile("font-size: (\\d+)px").matcher(xhtml.substring(xhtml.indexOf("class=\"title\"")));
        assertTrue(size.find(), "title size in " + xhtml);
        BufferedImage img = cards.renderImage(doc, 1200, 630, new Diagnostics());
        int left = Integer.MAX_VALUE, right = -1;
        for (int y = 136; y < 478; y++) {
            for (int x = MARGIN; x < img.getWidth() - MARGIN; x++) {
                if (!CardRendererTest.isInk(img.getRGB(x, y))) continue;
                left = Math.min(left, x);
                right = Math.max(right, x);
            }
        }
        assertTrue(right > left, title + ": no ink in the title box");
        return (right - left + 1) / Double.parseDouble(size.group(1));
    }
}
