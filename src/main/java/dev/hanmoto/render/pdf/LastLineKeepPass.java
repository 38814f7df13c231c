package dev.hanmoto.render.pdf;

import com.ibm.icu.text.BreakIterator;
import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.BreakIterators;
import dev.hanmoto.text.Kinsoku;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Keeps a paragraph's last {@code lastLineMin} characters together when they are not all in one text
 * run (JLREQ 3.5.4 "Widow Adjustment of Paragraphs": a paragraph should not end with a line of one
 * character). {@link StrictLineBreaker} keeps the end of every text run together, but openhtmltopdf
 * may always break between two inline boxes, so {@code これは**要点**だ。} could leave {@code だ。}
 * alone on the last line, and {@code は**要**。}, a one-character code span or an emoji picture at the
 * end, its one character.
 *
 * <p>This per-output rewrite (on this renderer's copy of the tree, after {@link KinsokuGluePass})
 * wraps the paragraph's last {@code lastLineMin} characters (those that may not start a line not
 * counted, as {@link StrictLineBreaker} counts), split off at a line-break opportunity and across
 * element boundaries, in a {@code span.last-line}, which this pass's CSS sets as an inline-block:
 * openhtmltopdf never breaks inside one, so the characters move to the last line together. An element
 * cut in two becomes two elements of the same kind (a link keeps its target on both; only the first
 * keeps its id); the characters and their order are unchanged, so copy and search are unaffected.
 * Paragraphs whose last text run is long enough are left alone. In the body only: the other parts of
 * the page are no paragraphs.
 */
final class LastLineKeepPass implements AstPass {
    /** The class of the wrapper; this pass's CSS makes it an {@code inline-block}. */
    static final String CLASS = "last-line";

    @Override
    public Document apply(Document doc, PassContext ctx) {
        if (ctx.part() != PassContext.Part.BODY) return doc;
        return doc.withBlocks(new Keep(doc.meta().lang(), ctx.pdf().lastLineMin()).apply(doc.blocks()));
    }

    @Override
    public String css(PassContext ctx) {
        return "." + CLASS + " { display: inline-block; text-indent: 0; }\n"
                // openhtmltopdf sizes an inline-block without the letter spacing of a 和欧間 span
                // inside it, so the block came out too narrow and wrapped; its one line is never
                // justified, so none is needed.
                + "." + CLASS + " ." + LatinSpacingPass.CLASS + " { letter-spacing: 0; }\n"
                + "." + INDENT + " { display: inline-block; }\n";
    }

    /** The rewrite for one document's language and {@code pdf.last-line-min}. */
    static final class Keep {
        private final int lastLineMin;
        private final BreakIterator breaks;

        /** @param lastLineMin characters a paragraph's last line keeps at least (1 = leave paragraphs alone) */
        Keep(String lang, int lastLineMin) {
            this.lastLineMin = lastLineMin;
            this.breaks = BreakIterators.forLanguage(lang).strictLine();
        }

        List<Block> apply(List<Block> blocks) {
            if (lastLineMin <= 1) {
                return Walk.mapBlocks(blocks, b -> b instanceof Block.Para p
                        ? List.of(new Block.Para(indented(p.inlines(), p.inlines()), p.pos())) : List.of(b));
            }
            // Not the running head's copy of a heading (div.running-title): it is one line by nowrap, and
            // openhtmltopdf leaves a gap between its inline boxes.
            Set<Block> runningTitles = new HashSet<>();
            Walk.forEachBlock(blocks, b -> {
                if (b instanceof Block.Div d && d.attr().hasClass(RunningHeadPass.CLASS)) runningTitles.addAll(d.blocks());
            });
            return Walk.mapBlocks(blocks, b -> {
                if (b instanceof Block.Para p) return List.of(new Block.Para(indented(keep(p.inlines()), p.inlines()), p.pos()));
                if (b instanceof Block.Plain p && !runningTitles.contains(p)) return List.of(new Block.Plain(keep(p.inlines()), p.pos()));
                return List.of(b);
            });
        }

        /** The paragraph's inlines with its end wrapped, or as they are when no wrapping is needed or possible. */
        List<Inline> keep(List<Inline> in) {
            if (in.isEmpty() || lastRunIsLongEnough(in.get(in.size() - 1))) return in;
            Cut cut = new Cut(lastLineMin);
            Parts parts = cut.sequence(in);
            if (cut.blocked || cut.remaining > 0 || parts.head.isEmpty()) return in;
            List<Inline> out = new ArrayList<>(parts.head);
            out.add(new Inline.Span(Attr.classes(CLASS), parts.tail));
            return out;
        }

        /** True if the paragraph ends in a run of text that the line breaker itself keeps together. */
        private boolean lastRunIsLongEnough(Inline last) {
            if (last instanceof Inline.Text t) return counted(t.text()) >= lastLineMin;
            if (last instanceof Inline.Code c) return counted(c.text()) >= lastLineMin;
            if (isContainer(last)) {
                List<Inline> kids = Walk.childInlines(last);
                return !kids.isEmpty() && lastRunIsLongEnough(kids.get(kids.size() - 1));
            }
            return false;
        }

        /** One cut from the end: takes inlines (or parts of them) until {@code remaining} characters are taken. */
        private final class Cut {
            int remaining;
            boolean blocked;

            Cut(int remaining) {
                this.remaining = remaining;
            }

            Parts sequence(List<Inline> xs) {
                List<Inline> head = new ArrayList<>(xs);
                List<Inline> tail = new ArrayList<>();
                while (!head.isEmpty() && remaining > 0 && !blocked) {
                    Inline x = head.remove(head.size() - 1);
                    Parts p = inline(x);
                    head.addAll(p.head);
                    tail.addAll(0, p.tail);
                }
                return new Parts(head, tail);
            }

            private Parts inline(Inline x) {
                if (x instanceof Inline.LineBreak || x instanceof Inline.Note) {
                    // The last line starts after a hard break: nothing to keep together. A footnote is
                    // never put in an inline-block: openhtmltopdf then reserves its page-foot space twice.
                    blocked = true;
                    return new Parts(List.of(x), List.of());
                }
                if (x instanceof Inline.Text t) {
                    int at = cutPoint(t.text());
                    return new Parts(at == 0 ? List.of() : List.of(new Inline.Text(t.text().substring(0, at), t.pos())),
                            List.of(new Inline.Text(t.text().substring(at), t.pos())));
                }
                if (x instanceof Inline.Code c) {
                    int at = cutPoint(c.text());
                    return new Parts(at == 0 ? List.of() : List.of(new Inline.Code(c.text().substring(0, at), c.pos())),
                            List.of(new Inline.Code(c.text().substring(at), c.pos())));
                }
                if (isContainer(x)) {
                    Parts kids = sequence(Walk.childInlines(x));
                    List<Inline> head = kids.head.isEmpty() ? List.of() : List.of(withChildren(x, kids.head, true));
                    List<Inline> tail = kids.tail.isEmpty() ? List.of() : List.of(withChildren(x, kids.tail, kids.head.isEmpty()));
                    return new Parts(head, tail);
                }
                // An image, a formula or an emoji picture: whole, one character; a soft break (a space): whole, none.
                if (!(x instanceof Inline.SoftBreak)) remaining--;
                return new Parts(List.of(), List.of(x));
            }

            /**
             * Where to cut a text so that its end holds the characters still needed: at a line-break
             * opportunity (strict rule), so that a word is never split across two boxes.
             */
            private int cutPoint(String s) {
                int at = s.length();
                while (at > 0 && remaining > 0) {
                    at = s.offsetByCodePoints(at, -1);
                    if (counted(s.substring(at, s.offsetByCodePoints(at, 1))) > 0) remaining--;
                }
                if (at > 0) {
                    breaks.setText(s);
                    if (!breaks.isBoundary(at)) {
                        int b = breaks.preceding(at);
                        at = b == BreakIterator.DONE ? 0 : b;
                    }
                }
                return at;
            }
        }
    }

    /**
     * A paragraph that got a {@code span.last-line}, or holds a picture, also starts with a {@code span.indent}: openhtmltopdf
     * forgets a line's {@code text-indent} once it has laid out an inline-block on it, so a one-line
     * paragraph would lose its indent. This pass's CSS sets the span as an inline-block holding an empty
     * inline, whose width is then the paragraph's text-indent (inherited; 0 where paragraphs are not
     * indented): the indent is drawn by it instead. The first line loses the text-indent's width twice
     * (once for text-indent, once for the span) and is justified over one character less.
     */
    private static List<Inline> indented(List<Inline> kept, List<Inline> original) {
        if (kept == original && !hasPicture(original)) return kept;
        List<Inline> out = new ArrayList<>();
        out.add(new Inline.Span(Attr.classes(INDENT), List.of(new Inline.Span(Attr.EMPTY, List.of()))));
        out.addAll(kept);
        return out;
    }

    /**
     * True if the inlines hold an emoji or formula picture: openhtmltopdf lays a picture out
     * like an inline-block, so a paragraph with one on its first line would lose its indent too; and a
     * picture with the 、。 after it may become an inline-block ({@link KinsokuPicturePass}). Not images: a
     * paragraph of its own is a figure, set without indent.
     */
    private static boolean hasPicture(List<Inline> xs) {
        for (Inline x : xs) {
            if (x instanceof Inline.Math || Pictures.isEmoji(x)) return true;
            if (!(x instanceof Inline.Note) && hasPicture(Walk.childInlines(x))) return true;
        }
        return false;
    }

    /** The class of the span that draws a wrapped paragraph's indent. */
    static final String INDENT = "indent";

    /** Characters that count towards a line's length: not spaces, none that may not start a line (as StrictLineBreaker). */
    static int counted(String s) {
        return (int) s.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Kinsoku.mayNotStartLine(cp)).count();
    }

    private record Parts(List<Inline> head, List<Inline> tail) {}

    /** Emoji are pictures, whole and one character, as TeX formulas (leaves) are. */
    private static boolean isContainer(Inline x) {
        return Walk.isContainer(x) && !Pictures.isEmoji(x);
    }

    /** The same container with other children; {@code keepId} false drops its id (no duplicate ids). */
    private static Inline withChildren(Inline x, List<Inline> kids, boolean keepId) {
        Inline y = Walk.withChildren(x, kids);
        if (keepId) return y;
        if (y instanceof Inline.Link l) return new Inline.Link(l.attr().withId(""), l.content(), l.target(), l.title(), l.pos());
        if (y instanceof Inline.Span sp) return new Inline.Span(sp.attr().withId(""), sp.content());
        return y;
    }
}
