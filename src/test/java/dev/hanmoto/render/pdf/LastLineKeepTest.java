package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How LastLineKeepPass cuts a paragraph's end: what goes into span.last-line, and what is left alone. */
class LastLineKeepTest {
    private static final SourcePos P = SourcePos.NONE;
    private final LastLineKeepPass.Keep keep = new LastLineKeepPass.Keep("ja", 2);

    private static Inline.Span kept(Inline... xs) {
        return new Inline.Span(Attr.classes(LastLineKeepPass.CLASS), List.of(xs));
    }

    @Test
    void cutsAnElementToJoinAShortTail() {
        List<Inline> in = List.of(new Inline.Text("これは", P), new Inline.Strong(List.of(new Inline.Text("要点", P))), new Inline.Text("だ。", P));
        List<Inline> out = keep.keep(in);
        assertEquals(Walk.plainText(in), Walk.plainText(out), "characters and order unchanged");
        assertEquals(List.of(new Inline.Text("これは", P), new Inline.Strong(List.of(new Inline.Text("要", P))),
                kept(new Inline.Strong(List.of(new Inline.Text("点", P))), new Inline.Text("だ。", P))), out);
    }

    @Test
    void takesTheTextBeforeAOneCharacterElement() {
        List<Inline> in = List.of(new Inline.Text("値は", P), new Inline.Code("x。", P));
        assertEquals(List.of(new Inline.Text("値", P), kept(new Inline.Text("は", P), new Inline.Code("x。", P))), keep.keep(in));
    }

    @Test
    void neverSplitsAWord() {
        List<Inline> in = List.of(new Inline.Text("実行するのは", P), new Inline.Code("kubectl", P), new Inline.Text("だ。", P));
        assertEquals(List.of(new Inline.Text("実行するのは", P), kept(new Inline.Code("kubectl", P), new Inline.Text("だ。", P))), keep.keep(in));
    }

    @Test
    void leavesAParagraphWhoseLastRunIsLongEnough() {
        List<Inline> in = List.of(new Inline.Strong(List.of(new Inline.Text("要点", P))), new Inline.Text("です。", P));
        assertSame(in, keep.keep(in));
        List<Inline> strong = List.of(new Inline.Text("これは", P), new Inline.Strong(List.of(new Inline.Text("要点。", P))));
        assertSame(strong, keep.keep(strong));
    }

    @Test
    void stopsAtAHardBreakOrAFootnote() {
        List<Inline> br = List.of(new Inline.Text("一行目", P), new Inline.LineBreak(), new Inline.Strong(List.of(new Inline.Text("要", P))));
        assertSame(br, keep.keep(br));
        List<Inline> note = List.of(new Inline.Text("注がある", P),
                new Inline.Note(List.of(new dev.hanmoto.ast.Block.Plain(List.of(new Inline.Text("注", P)), P)), P), new Inline.Text("。", P));
        assertSame(note, keep.keep(note));
    }

    @Test
    void lastLineMinOneLeavesEverythingAlone() {
        List<Inline> in = List.of(new Inline.Text("これは", P), new Inline.Strong(List.of(new Inline.Text("要点", P))), new Inline.Text("だ。", P));
        assertSame(in, new LastLineKeepPass.Keep("ja", 1).keep(in));
    }

    @Test
    void leavesTheRunningHeadAlone() {
        List<Inline> in = List.of(new Inline.Text("設定の", P), new Inline.Strong(List.of(new Inline.Text("要", P))));
        var head = new dev.hanmoto.ast.Block.Div(Attr.classes("running-title"), List.of(new dev.hanmoto.ast.Block.Plain(in, P)), P);
        assertEquals(List.of(head), keep.apply(List.of(head)));
        var item = new dev.hanmoto.ast.Block.Plain(in, new SourcePos(3, 1));
        assertEquals(List.of(new dev.hanmoto.ast.Block.Plain(keep.keep(in), new SourcePos(3, 1))), keep.apply(List.of(item)));
    }
}
