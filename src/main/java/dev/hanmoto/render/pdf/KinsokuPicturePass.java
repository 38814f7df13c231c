package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.Kinsoku;
import java.util.ArrayList;
import java.util.List;

/**
 * Kinsoku after a picture. An emoji or inline formula is an image, and the 、。 after it the start of
 * the next text; openhtmltopdf may break between any two boxes, so the 。 could start a line, and
 * {@link KinsokuGluePass} has no text in the picture to move it into. This pass marks each picture
 * followed by punctuation that may not start a line with a number ({@value #MARK}, which the XHTML
 * writer puts on the {@code img}); after a layout, {@link KinsokuPictureLayoutCheck} finds those whose
 * punctuation did start a line, and in the next layout this pass puts just those pictures and their
 * punctuation in a {@code span.kinsoku-keep}, an inline-block that openhtmltopdf never breaks.
 *
 * <p>Not every picture is wrapped from the start: openhtmltopdf draws an inline element's text after
 * its line's, so text extraction that follows drawing order (pdftotext, some viewers' copy) would take
 * the 。 out of its sentence wherever a wrapped pair stands mid-line.
 *
 * <p>In every part of the page (a title may end in an emoji and 。 too).
 */
final class KinsokuPicturePass implements AstPass {
    /** The attribute that numbers a marked picture ({@link Marks}). */
    static final String MARK = "data-kk";
    /** The class of the inline-block around a picture and its punctuation. */
    static final String KEEP = "kinsoku-keep";

    @Override
    public Document apply(Document doc, PassContext ctx) {
        return doc.withBlocks(Walk.mapInlineSequences(doc.blocks(), xs -> marked(xs, ctx)));
    }

    @Override
    public String css(PassContext ctx) {
        return "." + KEEP + " { display: inline-block; text-indent: 0; }\n";
    }

    /** One inline sequence with its pictures before closing punctuation marked, and kept ones wrapped. */
    private static List<Inline> marked(List<Inline> in, PassContext ctx) {
        List<Inline> out = new ArrayList<>(in.size());
        for (int k = 0; k < in.size(); k++) {
            Inline x = in.get(k);
            int punctuation = leadingNotStarting(in, k + 1);
            if (punctuation == 0 || !isInlinePicture(x, ctx)) {
                out.add(x);
                continue;
            }
            int mark = ctx.marks().next();
            Inline picture = withMark(x, mark);
            if (!ctx.marks().isKept(mark)) {
                out.add(picture);
                continue;
            }
            // The picture and the run of punctuation after it (across texts), then the rest of the last text.
            List<Inline> kept = new ArrayList<>(List.of(picture));
            int left = punctuation;
            while (left > 0) {
                Inline.Text t = (Inline.Text) in.get(++k);
                int n = Math.min(left, t.text().length());
                kept.add(new Inline.Text(t.text().substring(0, n), t.pos()));
                left -= n;
                if (n < t.text().length()) {
                    out.add(new Inline.Span(Attr.classes(KEEP), kept));
                    out.add(new Inline.Text(t.text().substring(n), t.pos()));
                    kept = null;
                }
            }
            if (kept != null) out.add(new Inline.Span(Attr.classes(KEEP), kept));
        }
        return out;
    }

    /**
     * The length (in chars) of the punctuation that may not start a line at {@code from} in the
     * sequence: the run of such characters over the texts there, as the written XHTML has them side
     * by side.
     */
    private static int leadingNotStarting(List<Inline> xs, int from) {
        int n = 0;
        for (int k = from; k < xs.size() && xs.get(k) instanceof Inline.Text t; k++) {
            int run = Kinsoku.leadingNotStarting(t.text());
            n += run;
            if (run < t.text().length()) break;
        }
        return n;
    }

    /** An emoji or an inline formula drawn as a picture (a displayed formula stands on its own line). */
    private static boolean isInlinePicture(Inline x, PassContext ctx) {
        if (x instanceof Inline.Math m && m.isDisplay()) return false;
        return ctx.pictures().isDrawn(x);
    }

    private static Inline withMark(Inline x, int mark) {
        String n = Integer.toString(mark);
        if (x instanceof Inline.Math m) return m.withAttr(m.attr().withAttribute(MARK, n));
        Inline.Span s = (Inline.Span) x;
        return new Inline.Span(s.attr().withAttribute(MARK, n), s.content());
    }
}
