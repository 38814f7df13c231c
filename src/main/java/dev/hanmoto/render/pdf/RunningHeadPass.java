package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.Script;
import dev.hanmoto.theme.PdfTheme;
import java.util.ArrayList;
import java.util.List;

/**
 * Running heads (柱). With {@code running-head: chapter}, a copy of each top-level heading's text
 * goes right after the heading as a {@code div.running-title}, which this pass's CSS moves into the
 * page head ({@code position: running()}, CSS GCPM 3), so each page shows the chapter it is in. After,
 * not before: a chapter heading breaks the page, and a copy before it would head the previous
 * chapter's last page. In a book the chapters (and parts) are divs, so the headings are looked for
 * inside divs too. A part title gets no copy: its page has no running head, and the copy, falling
 * after the page break of the chapter that follows, would head that chapter's opening page instead
 * of its title. With {@code running-head: title} the template holds the two divs, and this pass fits
 * their text ({@link PassContext.Part#RUNNING_HEAD}).
 *
 * <p>Two copies, so that the head stands at the outer edge of each page: {@code running-title}
 * (verso) and {@code running-title recto}; the theme's page margin boxes show them as {@code
 * element(running-title)} and {@code element(running-title-recto)} and style them.
 *
 * <p>Each head fits on its one line: a title longer than {@code pdf.running-head-max} full-width
 * characters (half-width ones count half, an emoji picture one) is cut there and ends with ….
 * openhtmltopdf would otherwise run a long title past the page's edge, or wrap it onto a second line
 * between two inline boxes even with {@code white-space: nowrap}. A front-matter {@code short-title}
 * avoids the cut.
 */
final class RunningHeadPass implements AstPass {
    /** The class of a running head's div; the spacing and last-line passes leave its text be. */
    static final String CLASS = "running-title";

    @Override
    public Document apply(Document doc, PassContext ctx) {
        return switch (ctx.part()) {
            case BODY -> ctx.pdf().runningHead() == PdfTheme.RunningHead.CHAPTER
                    ? doc.withBlocks(withChapterHeads(doc.blocks(), topLevel(doc.blocks(), 7), ctx.pdf().runningHeadMax())) : doc;
            case RUNNING_HEAD -> doc.withBlocks(Walk.mapOwnInlines(doc.blocks(), xs -> fit(xs, ctx.pdf().runningHeadMax())));
            default -> doc;
        };
    }

    @Override
    public String css(PassContext ctx) {
        return "." + CLASS + " { position: running(running-title); white-space: nowrap; }\n"
                + "." + CLASS + ".recto { position: running(running-title-recto); }\n";
    }

    private static int topLevel(List<Block> blocks, int top) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) top = Math.min(top, h.level());
            if (b instanceof Block.Div d) top = topLevel(d.blocks(), top);
        }
        return top;
    }

    private static List<Block> withChapterHeads(List<Block> blocks, int top, int max) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Div d) {
                out.add(new Block.Div(d.attr(), withChapterHeads(d.blocks(), top, max), d.pos()));
                continue;
            }
            out.add(b);
            if (b instanceof Block.Heading h && h.level() == top && !h.attr().hasClass(BookClasses.PART_TITLE)) {
                // The verso's head (flush left) and the recto's (flush right, class recto).
                for (Attr attr : List.of(Attr.classes(CLASS), Attr.classes(CLASS, "recto"))) {
                    out.add(new Block.Div(attr, List.of(new Block.Plain(fit(h.inlines(), max), h.pos())), h.pos()));
                }
            }
        }
        return out;
    }

    /** The inlines cut to {@code maxEm} (0 or less: as they are); notes and spacing spans dropped. */
    static List<Inline> fit(List<Inline> inlines, int maxEm) {
        List<Inline> clean = Walk.mapInlineList(inlines, i -> i instanceof Inline.Note
                || i instanceof Inline.Span s && s.attr().hasClass(LatinSpacingPass.CLASS) ? List.of() : List.of(i));
        if (maxEm <= 0 || width(clean) <= maxEm) return clean;
        double[] left = {maxEm - 1}; // room for the ellipsis
        List<Inline> out = cut(clean, left);
        out.add(new Inline.Text("…", SourcePos.NONE));
        return out;
    }

    static double width(List<Inline> inlines) {
        double w = 0;
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) w += width(t.text());
            else if (i instanceof Inline.Code c) w += width(c.text());
            else if (i instanceof Inline.Math m) w += width(m.tex());
            else if (Pictures.isEmoji(i)) w += 1;
            else w += width(Walk.childInlines(i));
        }
        return w;
    }

    private static double width(String s) {
        return s.codePoints().mapToDouble(RunningHeadPass::width).sum();
    }

    private static double width(int cp) {
        return Script.isFullWidth(cp) ? 1 : 0.5;
    }

    /** The longest prefix of {@code inlines} within {@code left[0]} ems (which it uses up). */
    private static List<Inline> cut(List<Inline> inlines, double[] left) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : inlines) {
            if (left[0] <= 0) break;
            if (i instanceof Inline.Text t) {
                out.add(new Inline.Text(prefix(t.text(), left), t.pos()));
            } else if (i instanceof Inline.Code c) {
                out.add(new Inline.Code(prefix(c.text(), left), c.pos()));
            } else if (Pictures.isEmoji(i)) {
                if (left[0] < 1) break;
                left[0] -= 1;
                out.add(i);
            } else if (i instanceof Inline.Math m) {
                // A formula is whole or left out: half of its TeX is no formula.
                double w = width(m.tex());
                if (w > left[0]) break;
                left[0] -= w;
                out.add(i);
            } else {
                // An image stays whole: its alt text is not drawn.
                List<Inline> kids = cut(Walk.childInlines(i), left);
                if (!kids.isEmpty()) out.add(i instanceof Inline.Image ? i : Walk.withChildren(i, kids));
            }
        }
        return out;
    }

    private static String prefix(String s, double[] left) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            double w = width(cp);
            if (w > left[0]) {
                left[0] = 0;
                break;
            }
            left[0] -= w;
            sb.appendCodePoint(cp);
            k += Character.charCount(cp);
        }
        return sb.toString().stripTrailing();
    }
}
