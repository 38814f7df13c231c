package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF renderer's rewrites of the tree keep TeX formulas whole: 和欧間 beside the formula, not in it, a running head cut before it. */
class MathRewritesTest {
    private static final Inline WA = new Inline.Span(Attr.classes(LatinSpacingPass.CLASS), List.of(new Inline.Text(" ", SourcePos.NONE)));

    private static Inline math(String tex, Inline.MathType type) {
        return new Inline.Math(type, tex, SourcePos.NONE);
    }

    private static Inline text(String s) {
        return new Inline.Text(s, SourcePos.NONE);
    }

    @Test
    void spacesInlineMathBetweenJapaneseOnBothSidesOutsideIt() {
        assertEquals(List.of(text("式"), WA, math("\\frac{1}{2}", Inline.MathType.INLINE), WA, text("が")),
                LatinSpacingPass.space(List.of(text("式"), math("\\frac{1}{2}", Inline.MathType.INLINE), text("が"))));
    }

    @Test
    void leavesPunctuationAndDisplayMathAlone() {
        assertEquals(List.of(text("（"), math("a", Inline.MathType.INLINE), text("）。")),
                LatinSpacingPass.space(List.of(text("（"), math("a", Inline.MathType.INLINE), text("）。"))));
        assertEquals(List.of(text("式"), math("x", Inline.MathType.DISPLAY), text("が")),
                LatinSpacingPass.space(List.of(text("式"), math("x", Inline.MathType.DISPLAY), text("が"))));
    }

    @Test
    void aRunningHeadCutKeepsAFormulaWholeOrLeavesItOut() {
        // 12 kanji (12 em) then a formula of 12 half-width TeX characters (6 em): cut at 14 em, it goes whole.
        List<Inline> title = List.of(text("長い表題のある章の見出し"), math("\\frac{1}{2}+x", Inline.MathType.INLINE));
        List<Inline> cut = RunningHeadPass.fit(title, 14);
        assertEquals(List.of(text("長い表題のある章の見出し"), text("…")), cut, "no half formula");
        assertEquals(title, RunningHeadPass.fit(title, 30));
    }
}
