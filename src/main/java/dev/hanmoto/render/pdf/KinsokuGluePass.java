package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.Kinsoku;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keeps JLREQ kinsoku across inline element boundaries. openhtmltopdf asks the line breaker only inside
 * one inline box and always allows a break between boxes, so {@code 「<code>x</code>} could leave
 * {@code 「} at a line end and {@code <strong>y</strong>、} could start a line with {@code 、}. This
 * per-output rewrite (on this renderer's copy of the tree) moves the opening bracket into the start of
 * the following element's first text, and the closing bracket or punctuation into the end of the
 * preceding element's last text, so that the strict breaker sees them together. The characters and
 * their order are unchanged, so copy and search are unaffected; the moved character takes the
 * element's face (a bold bracket around a bold phrase, as is common in Japanese setting). An inline-block
 * wrapper was tried first: openhtmltopdf lays it out one fragment per line.
 *
 * <p>What may not start or end a line is {@link Kinsoku}'s, the sets the card uses too. In every
 * part of the page.
 */
final class KinsokuGluePass implements AstPass {
    @Override
    public Document apply(Document doc, PassContext ctx) {
        return doc.withBlocks(Walk.mapInlineSequences(doc.blocks(), KinsokuGluePass::glue));
    }

    /** Glues one inline sequence whose members' own sequences are glued already. */
    static List<Inline> glue(List<Inline> in) {
        List<Inline> xs = new ArrayList<>(in);
        notesAfterClosingPunctuation(xs);
        for (int i = 0; i + 1 < xs.size(); i++) {
            Inline a = xs.get(i);
            Inline b = xs.get(i + 1);
            if (a instanceof Inline.Text t && isElement(b)) {
                int k = Kinsoku.trailingNotEnding(t.text());
                if (k == 0) continue;
                String keep = t.text().substring(0, t.text().length() - k);
                Optional<Inline> moved = prepend(b, t.text().substring(keep.length()));
                if (moved.isEmpty()) continue;
                List<Inline> rep = new ArrayList<>();
                if (!keep.isEmpty()) rep.add(new Inline.Text(keep, t.pos()));
                rep.add(moved.get());
                replace(xs, i, 2, rep);
                i += rep.size() - 2;
            } else if (isElement(a) && b instanceof Inline.Text t) {
                int k = Kinsoku.leadingNotStarting(t.text());
                if (k == 0) continue;
                Optional<Inline> moved = append(a, t.text().substring(0, k));
                if (moved.isEmpty()) continue;
                List<Inline> rep = new ArrayList<>();
                rep.add(moved.get());
                if (k < t.text().length()) rep.add(new Inline.Text(t.text().substring(k), t.pos()));
                replace(xs, i, 2, rep);
                i += rep.size() - 2;
            }
        }
        return xs;
    }

    /**
     * A footnote call followed by closing punctuation ({@code ある[^1]。}) goes after it ({@code ある。¹}),
     * as in much Japanese setting: the call is the footnote's own box, which nothing can be glued to
     * (an inline-block around it makes openhtmltopdf reserve the footnote's space twice), so the 。
     * could otherwise start a line.
     */
    private static void notesAfterClosingPunctuation(List<Inline> xs) {
        for (int i = 0; i + 1 < xs.size(); i++) {
            if (!(xs.get(i) instanceof Inline.Note note) || !(xs.get(i + 1) instanceof Inline.Text t)) continue;
            int k = Kinsoku.leadingNotStarting(t.text());
            if (k == 0) continue;
            List<Inline> rep = new ArrayList<>();
            if (i > 0 && xs.get(i - 1) instanceof Inline.Text before) {
                xs.set(i - 1, new Inline.Text(before.text() + t.text().substring(0, k), before.pos()));
            } else {
                rep.add(new Inline.Text(t.text().substring(0, k), t.pos()));
            }
            rep.add(note);
            if (k < t.text().length()) rep.add(new Inline.Text(t.text().substring(k), t.pos()));
            replace(xs, i, 2, rep);
        }
    }

    private static void replace(List<Inline> xs, int at, int n, List<Inline> with) {
        for (int j = 0; j < n; j++) xs.remove(at);
        xs.addAll(at, with);
    }

    private static boolean isElement(Inline i) {
        return !(i instanceof Inline.Text || i instanceof Inline.SoftBreak || i instanceof Inline.LineBreak || i instanceof Inline.Note);
    }

    /**
     * The element with {@code s} put at the start of its first text leaf; empty if it has none (an
     * emoji is a picture, a formula no container).
     */
    private static Optional<Inline> prepend(Inline x, String s) {
        if (x instanceof Inline.Code c) return Optional.of(new Inline.Code(s + c.text(), c.pos()));
        if (x instanceof Inline.Text t) return Optional.of(new Inline.Text(s + t.text(), t.pos()));
        List<Inline> kids = Walk.childInlines(x);
        if (!Walk.isContainer(x) || Pictures.isEmoji(x) || kids.isEmpty()) return Optional.empty();
        Optional<Inline> first = prepend(kids.get(0), s);
        if (first.isEmpty()) return Optional.empty();
        List<Inline> out = new ArrayList<>(kids);
        out.set(0, first.get());
        return Optional.of(Walk.withChildren(x, out));
    }

    /** The element with {@code s} put at the end of its last text leaf; empty if it has none. */
    private static Optional<Inline> append(Inline x, String s) {
        if (x instanceof Inline.Code c) return Optional.of(new Inline.Code(c.text() + s, c.pos()));
        if (x instanceof Inline.Text t) return Optional.of(new Inline.Text(t.text() + s, t.pos()));
        List<Inline> kids = Walk.childInlines(x);
        if (!Walk.isContainer(x) || Pictures.isEmoji(x) || kids.isEmpty()) return Optional.empty();
        Optional<Inline> last = append(kids.get(kids.size() - 1), s);
        if (last.isEmpty()) return Optional.empty();
        List<Inline> out = new ArrayList<>(kids);
        out.set(out.size() - 1, last.get());
        return Optional.of(Walk.withChildren(x, out));
    }
}
