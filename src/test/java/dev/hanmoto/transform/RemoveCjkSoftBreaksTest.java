package dev.hanmoto.transform;

import static dev.hanmoto.testkit.TestDocuments.untransformed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RemoveCjkSoftBreaksTest {
    private static int softBreaks(String md) {
        AtomicInteger n = new AtomicInteger();
        Walk.forEachInline(new RemoveCjkSoftBreaks().apply(untransformed(md)).blocks(), i -> {
            if (i instanceof Inline.SoftBreak) n.incrementAndGet();
        });
        return n.get();
    }

    @Test
    void removesABreakBetweenTwoWideCharacters() {
        assertEquals(0, softBreaks("日本語の文が\n続きます。\n"));
        assertEquals(0, softBreaks("句点の後。\n次の文\n"));
        assertEquals(0, softBreaks("ｶﾀｶﾅ\nｶﾀｶﾅ\n")); // half-width (H) counts too
    }

    @Test
    void keepsABreakWhenEitherSideIsNarrowOrAmbiguous() {
        assertEquals(1, softBreaks("English\nwords\n"));
        assertEquals(1, softBreaks("日本語\nEnglish\n"));
        assertEquals(1, softBreaks("English\n日本語\n"));
        assertEquals(1, softBreaks("§\n日本\n")); // § is East Asian Width A
    }

    @Test
    void keepsABreakBetweenHangul() {
        assertEquals(1, softBreaks("한국어\n문장\n"));
    }

    @Test
    void looksInsideFormattingForTheNeighbours() {
        assertEquals(0, softBreaks("**強調**\n*次*\n"));
        assertEquals("""
                Para 1:1
                  Strong
                    Text 1:3 "強調"
                  Emph
                    Text 2:2 "次"
                """, AstDump.dump(new RemoveCjkSoftBreaks().apply(untransformed("**強調**\n*次*\n")).blocks()));
    }

    @Test
    void removesABreakNextToAZeroWidthSpace() {
        assertEquals(0, softBreaks("word\u200B\nword\n"));
    }
}
