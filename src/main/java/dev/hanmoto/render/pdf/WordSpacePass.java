package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import java.util.ArrayList;
import java.util.List;

/**
 * Word spaces for justification in JLREQ's order (3.8, {@link LineJustifier}): each word space of the
 * body goes in a {@code span.ws}, a text of its own, so that the justifier can give it the first step
 * (a word space grows to its limit before the gaps between characters do) while the letters of the
 * words around it keep theirs. The span has a letter spacing of one of openhtmltopdf's 1/20 pt units (as
 * the 和欧間 spans, {@link LatinSpaceFont}), which keeps openhtmltopdf's own justification, taken back
 * by the justifier anyway, from counting it. The space stays a space: copy, search and line breaking
 * see the same text.
 *
 * <p>A space typed at an element's edge ({@code **目的:** リリース}, {@code [設定](#…) を}), and a
 * line break of the source that stays a space (after {@code **目的:**}), gets a span too (the
 * justifier finds word spaces by their spans). A span of only a space in the text's own face after an element
 * threw openhtmltopdf's line measure off (lines overran the measure), so such a space is set in the
 * face of the 和欧間 spaces under a family of its own ({@code span.ws-edge}, {@link
 * LatinSpaceFont#wordRule}), as wide as the narrowest word space of the stylesheet's faces, with the
 * same letter spacing; unlike a 和欧間 space it stays in the text layer.
 *
 * <p>Body only: the other texts of the page are not justified.
 */
final class WordSpacePass implements AstPass {
    static final String CLASS = "ws";
    /** A space between a text's character and an element's edge, or a source line break that stays a space. */
    static final String EDGE = "ws-edge";

    @Override
    public Document apply(Document doc, PassContext ctx) {
        if (ctx.part() != PassContext.Part.BODY) return doc;
        boolean edges = ctx.latinSpace().isPresent();
        return doc.withBlocks(Walk.mapInlines(doc.blocks(), i -> split(i, edges)));
    }

    @Override
    public String css(PassContext ctx) {
        return "." + CLASS + " { letter-spacing: 0.05pt; }\n"
                + ctx.latinSpace().map(f -> f.wordRule(EDGE)).orElse("")
                // A last-line keep is an inline-block, sized without its content's letter spacing.
                + "." + LastLineKeepPass.CLASS + " ." + CLASS + ", ." + LastLineKeepPass.CLASS + " ." + EDGE
                + " { letter-spacing: 0; }\n";
    }

    private static List<Inline> split(Inline i, boolean edges) {
        // A line break of the source that stays a space (not between Japanese characters).
        if (edges && i instanceof Inline.SoftBreak) return List.of(new Inline.Span(Attr.classes(EDGE), List.of(new Inline.Text(" ", SourcePos.NONE))));
        if (!(i instanceof Inline.Text t) || t.text().indexOf(' ') < 0) return List.of(i);
        String s = t.text();
        List<Inline> out = new ArrayList<>();
        int at = 0;
        for (int k = s.indexOf(' '); k >= 0; k = s.indexOf(' ', k + 1)) {
            // One space between two characters of a run, or between a character and an element's
            // edge (collapsed runs of spaces are left as typed).
            // A text of one space is a spacing span's own (a lone typed one between two elements stays too).
            boolean edge = k == 0 || k == s.length() - 1;
            boolean run = k > 0 && s.charAt(k - 1) == ' ' || k + 1 < s.length() && s.charAt(k + 1) == ' ';
            if (s.length() == 1 || run || edge && !edges) continue;
            String cls = edge ? EDGE : CLASS;
            if (k > at) out.add(new Inline.Text(s.substring(at, k), t.pos()));
            out.add(new Inline.Span(Attr.classes(cls), List.of(new Inline.Text(" ", t.pos()))));
            at = k + 1;
        }
        if (at == 0) return List.of(i);
        if (at < s.length()) out.add(new Inline.Text(s.substring(at), t.pos()));
        return out;
    }
}
