package dev.hanmoto.render.xhtml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class XhtmlWriterMathTest {
    private static Inline math(String tex, Inline.MathType type) {
        return new Inline.Math(type, tex, SourcePos.NONE);
    }

    private static final XhtmlOptions PICTURES = XhtmlOptions.of(XhtmlOptions.FootnoteStyle.EPUB_ASIDE)
            .withMathSource(f -> Optional.of(new XhtmlOptions.MathImage(f.display() ? "d.svg" : "i.svg", 2.5, 1.25, 0.3333)));

    @Test
    void writesInlineMathAsAPictureOnTheBaselineWithTheTexAsAltText() {
        assertEquals("式<img class=\"math inline\" src=\"i.svg\" alt=\"a&lt;b &amp; c\" style=\"width:2.5em;max-width:100%;vertical-align:-0.333em\"/>が",
                new XhtmlWriter(PICTURES).inlines(List.of(new Inline.Text("式", SourcePos.NONE), math("a<b & c", Inline.MathType.INLINE),
                        new Inline.Text("が", SourcePos.NONE))));
    }

    @Test
    void writesDisplayMathAsABlockSpan() {
        assertEquals("<span class=\"math display\"><img class=\"math display\" src=\"d.svg\" alt=\"x\" style=\"width:2.5em;max-width:100%\"/></span>",
                new XhtmlWriter(PICTURES).inlines(List.of(math("x", Inline.MathType.DISPLAY))));
    }

    @Test
    void writesTheTexAsCodeWithoutAPicture() {
        assertEquals("<span class=\"math inline\"><code>\\frac{1}{2}</code></span>",
                new XhtmlWriter(XhtmlOptions.of(XhtmlOptions.FootnoteStyle.PAGE_FLOAT)).inlines(List.of(math("\\frac{1}{2}", Inline.MathType.INLINE))));
        assertEquals("<span class=\"math display\"><code>a&lt;b</code></span>",
                new XhtmlWriter(XhtmlOptions.of(XhtmlOptions.FootnoteStyle.PAGE_FLOAT)).inlines(List.of(math("a<b", Inline.MathType.DISPLAY))));
    }
}
