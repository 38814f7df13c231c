package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.ibm.icu.text.BreakIterator;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.text.JlreqLists;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictLineBreakerTest {
    static final String TEXT = "サーバーのチェックリストを人々と確認し、ァィの扱いも見直す。";

    static List<Integer> breaks(StrictLineBreaker b, String s) {
        b.setText(s);
        List<Integer> out = new ArrayList<>();
        for (int k = b.next(); k != BreakIterator.DONE; k = b.next()) out.add(k);
        return out;
    }

    @Test
    void neverBreaksBeforeProlongedSoundMarkSmallKanaOrIterationMark() {
        for (int k : breaks(new StrictLineBreaker("ja", 1), TEXT)) {
            if (k < TEXT.length()) assertFalse(JlreqLists.notStartingALine().indexOf(TEXT.charAt(k)) >= 0, "break before " + TEXT.charAt(k) + " at " + k);
        }
    }

    @Test
    void keepsTheLastTwoCharactersOfARunTogether() {
        String s = "確認してください。";
        List<Integer> two = breaks(new StrictLineBreaker("ja", 2), s);
        List<Integer> one = breaks(new StrictLineBreaker("ja", 1), s);
        assertEquals(true, one.contains(7), "ICU allows a break before い: " + one);
        assertFalse(two.contains(7), "but then the last line would be い。 alone: " + two);
        assertEquals(true, two.contains(6), "a break before さい。 is still allowed: " + two);
    }

    @Test
    void kinsokuGlueMovesBracketsIntoAdjacentElementsWithoutChangingText() {
        List<Inline> in = List.of(new Inline.Text("これは「", SourcePos.NONE), new Inline.Strong(List.of(new Inline.Text("重要", SourcePos.NONE))),
                new Inline.Text("」、です（", SourcePos.NONE), new Inline.Code("x", SourcePos.NONE), new Inline.Text("）。", SourcePos.NONE));
        List<Inline> out = KinsokuGluePass.glue(in);
        assertEquals(dev.hanmoto.ast.Walk.plainText(in), dev.hanmoto.ast.Walk.plainText(out));
        assertEquals(List.of(new Inline.Text("これは", SourcePos.NONE), new Inline.Strong(List.of(new Inline.Text("「重要」、", SourcePos.NONE))),
                new Inline.Text("です", SourcePos.NONE), new Inline.Code("（x）。", SourcePos.NONE)), out);
    }

    @Test
    void stopsTheLayoutOnceTheThreadIsInterrupted() {
        StrictLineBreaker b = new StrictLineBreaker("ja", 1);
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class, () -> b.setText(TEXT));
        } finally {
            Thread.interrupted();
        }
        assertFalse(breaks(b, TEXT).isEmpty(), "works again once the interrupt is cleared");
    }
}
