package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 和欧間 around TeX formulas: spaced like a Latin word, outside the formula's span, none beside punctuation. */
class LatinSpacingMathTest {
    private static final Inline WA = new Inline.Span(Attr.classes(LatinSpacing.CLASS), List.of(new Inline.Text(" ", SourcePos.NONE)));

    private static Inline math(String tex, String kind) {
        return new Inline.Span(Attr.classes("math", kind), List.of(new Inline.Code(tex, SourcePos.NONE)));
    }

    private static Inline text(String s) {
        return new Inline.Text(s, SourcePos.NONE);
    }

    @Test
    void spacesInlineMathBetweenJapaneseOnBothSidesOutsideItsSpan() {
        assertEquals(List.of(text("式"), WA, math("\\frac{1}{2}", "inline"), WA, text("が")),
                new LatinSpacing().space(List.of(text("式"), math("\\frac{1}{2}", "inline"), text("が"))));
    }

    @Test
    void leavesPunctuationAndDisplayMathAlone() {
        assertEquals(List.of(text("（"), math("a", "inline"), text("）。")),
                new LatinSpacing().space(List.of(text("（"), math("a", "inline"), text("）。"))));
        assertEquals(List.of(text("式"), math("x", "display"), text("が")),
                new LatinSpacing().space(List.of(text("式"), math("x", "display"), text("が"))));
    }
}
