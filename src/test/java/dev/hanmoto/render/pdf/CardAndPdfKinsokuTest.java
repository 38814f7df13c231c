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
 * outside ICU's own line breaker — the PDF between two inline elements ({@link KinsokuGlue}), the card
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
        List<String> pdf = new ArrayList<>();
        List<String> card = new ArrayList<>();
        JlreqLists.notStartingALine().codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            List<Inline> glued = new KinsokuGlue().glue(List.of(strong("語"), text(c + "あ")));
            if (!glued.equals(List.of(strong("語" + c), text("あ")))) pdf.add(c + " " + glued);
            for (int n = 12; n <= 28; n++) {
                // One word longer than the line: the card cuts it between graphemes, at every position around c.
                var f = FITTER.fit("a".repeat(n) + c + "a".repeat(30), "ja", BOX);
                for (String line : f.lines()) if (line.startsWith(c)) card.add(c + " " + f.lines());
            }
        });
        assertEquals(List.of(), pdf, "the PDF can start a line with these");
        assertEquals(List.of(), card, "the card can start a line with these");
    }

    @Test
    void bothKeepWhatMayNotEndALineOffALineEnd() {
        List<String> pdf = new ArrayList<>();
        List<String> card = new ArrayList<>();
        JlreqLists.notEndingALine().codePoints().forEach(cp -> {
            String c = Character.toString(cp);
            List<Inline> glued = new KinsokuGlue().glue(List.of(text("あ" + c), strong("語")));
            if (!glued.equals(List.of(text("あ"), strong(c + "語")))) pdf.add(c + " " + glued);
            for (int n = 12; n <= 28; n++) {
                var f = FITTER.fit("a".repeat(n) + c + "a".repeat(30), "ja", BOX);
                for (String line : f.lines()) if (line.endsWith(c)) card.add(c + " " + f.lines());
            }
        });
        assertEquals(List.of(), pdf, "the PDF can end a line with these");
        assertEquals(List.of(), card, "the card can end a line with these");
    }
}
