package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the tree marks a picture before closing punctuation (no rewrite of the written XHTML): every
 * such picture gets a number the writer puts on its {@code img}, and a kept one is wrapped with its
 * punctuation in {@code span.kinsoku-keep}, the rest of the text outside.
 */
class KinsokuPicturePassTest {
    private static final Document DOC = TestDocuments.markdown("picture-marks",
            "---\ntitle: 絵と句点\n---\n\n式$x$。」と続き、絵文字🚀、$y$で終わり、$z$は後に何もない\n");

    private static Document passed(Set<Integer> kept) {
        PassContext ctx = new PassContext(PassContext.Part.BODY, TestThemes.defaultTheme().pdf(), Optional.empty(), Set.of(),
                Pictures.twemoji(), new Marks(kept), new PhraseKeeping());
        return new KinsokuPicturePass().apply(DOC, ctx);
    }

    private static String xhtml(Document d) {
        XhtmlOptions options = XhtmlOptions.of(XhtmlOptions.FootnoteStyle.PAGE_FLOAT).withEmojiSource(s -> Optional.of("e.svg"))
                .withMathSource(f -> Optional.of(new XhtmlOptions.MathImage("m.svg", 1, 1, 0)));
        return new XhtmlWriter(options).blocks(d.blocks());
    }

    @Test
    void marksEachPictureBeforeClosingPunctuationAndNoOther() {
        Document d = passed(Set.of());
        List<String> marks = new ArrayList<>();
        Walk.forEachInline(d.blocks(), i -> {
            if (i instanceof Inline.Math m) marks.add(m.tex() + "=" + m.attr().attributes().getOrDefault(KinsokuPicturePass.MARK, "-"));
            if (Pictures.isEmoji(i) && i instanceof Inline.Span s) marks.add("🚀=" + s.attr().attributes().getOrDefault(KinsokuPicturePass.MARK, "-"));
        });
        assertEquals(List.of("x=0", "🚀=1", "y=-", "z=-"), marks);
        String x = xhtml(d);
        assertTrue(x.contains("alt=\"x\" style=\"width:1em;max-width:100%;vertical-align:0\" data-kk=\"0\"/>。」と続き"), x);
        assertTrue(x.contains("<img class=\"emoji\" src=\"e.svg\" alt=\"🚀\" data-kk=\"1\"/>、"), x);
        assertEquals(Walk.plainText(((dev.hanmoto.ast.Block.Para) DOC.blocks().get(0)).inlines()),
                Walk.plainText(((dev.hanmoto.ast.Block.Para) d.blocks().get(0)).inlines()), "the text is unchanged");
    }

    @Test
    void keepsAMarkedPictureWithItsWholePunctuationRun() {
        String x = xhtml(passed(Set.of(0)));
        assertTrue(x.contains("<span class=\"kinsoku-keep\"><img class=\"math inline\" src=\"m.svg\" alt=\"x\" "
                + "style=\"width:1em;max-width:100%;vertical-align:0\" data-kk=\"0\"/>。」</span>と続き"), x);
        assertEquals(1, x.split("kinsoku-keep", -1).length - 1, "only the kept mark is wrapped: " + x);
    }
}
