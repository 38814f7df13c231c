package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.render.card.TitleFitter;
import dev.hanmoto.render.card.TrueTypeMetrics;
import dev.hanmoto.render.emoji.EmojiArtwork;
import dev.hanmoto.text.JlreqLists;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The card and the PDF keep the same kinsoku: every character JLREQ says may not start a line (and
 * every one that may not end a line) is held to it by both, at the places where each renderer breaks
 * outside ICU's own line breaker — the PDF between two inline elements ({@link KinsokuGluePass}), the card
 * inside a word too long for its line (cut between grapheme clusters). Read against JLREQ's lists
 * ({@link JlreqLists}), so a renderer that kept a list of its own, shorter or longer, fails here.
 */
class CardAndPdfKinsokuTest {
    private static final TitleFitter FITTER = new TitleFitter(
            TrueTypeMetrics.of(Path.of("fonts/BIZUDPGothic-Bold.ttf")), EmojiArtwork.twemoji());
    /** 400 px at 40 px: ten ems, about twenty Latin letters a line. */
    private static final TitleFitter.Box BOX = new TitleFitter.Box(400, 400, 6, 40, 40, 1.2);

    private static Inline.Text text(String s) {
        return new Inline.Text(s, SourcePos.NONE);
    }

    private static Inline.Strong strong(String s) {
        return new Inline.Strong(List.of(text(s)));
    }

    @Test
    void bothKeepWhatMayNotStartALineOffALineStart() {
        Violations v = violations(JlreqLists.notStartingALine(), true);
        assertEquals(List.of(), v.pdf(), "the PDF can start a line with these");
        assertEquals(List.of(), v.card(), "the card can start a line with these");
    }

    @Test
    void bothKeepWhatMayNotEndALineOffALineEnd() {
        Violations v = violations(JlreqLists.notEndingALine(), false);
        assertEquals(List.of(), v.pdf(), "the PDF can end a line with these");
        assertEquals(List.of(), v.card(), "the card can end a line with these");
    }

    private record Violations(List<String> pdf, List<String> card) {}

    /**
     * For each character: whether the PDF's glue moves it into the element before it (a line start) or
     * after it (a line end), and whether the card, cutting one word longer than its line between
     * graphemes at every position around the character, ever puts it at a line's start (end).
     */
    private static Violations violations(String characters, boolean atStart) {
        List<String> pdf = new ArrayList<>();
        List<String> card = new ArrayList<>();
        characters.codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            List<Inline> in = atStart ? List.of(strong("語"), text(c + "あ")) : List.of(text("あ" + c), strong("語"));
            List<Inline> glued = atStart ? List.of(strong("語" + c), text("あ")) : List.of(text("あ"), strong(c + "語"));
            List<Inline> out = KinsokuGluePass.glue(in);
            if (!out.equals(glued)) pdf.add(c + " " + out);
            for (int n = 12; n <= 28; n++) {
                var f = FITTER.fit("a".repeat(n) + c + "a".repeat(30), "ja", BOX);
                for (String line : f.lines()) if (atStart ? line.startsWith(c) : line.endsWith(c)) card.add(c + " " + f.lines());
            }
        });
        return new Violations(pdf, card);
    }
}
