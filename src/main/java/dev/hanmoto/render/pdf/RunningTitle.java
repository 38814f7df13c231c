package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.Script;
import java.util.ArrayList;
import java.util.List;

/**
 * A running head (柱) that fits on its one line: a title longer than {@code pdf.running-head-max}
 * full-width characters (half-width ones count half, an emoji picture one) is cut there and ends
 * with …. openhtmltopdf would otherwise run a long title past the page's edge, or wrap it onto a
 * second line between two inline boxes even with {@code white-space: nowrap}. A front-matter
 * {@code short-title} avoids the cut.
 */
final class RunningTitle {
    private RunningTitle() {}

    /** The inlines cut to {@code maxEm} (0 or less: as they are); notes and spacing spans dropped. */
    static List<Inline> fit(List<Inline> inlines, int maxEm) {
        List<Inline> clean = Walk.mapInlineList(inlines, i -> i instanceof Inline.Note
                || i instanceof Inline.Span s && s.attr().hasClass(LatinSpacing.CLASS) ? List.of() : List.of(i));
        if (maxEm <= 0 || width(clean) <= maxEm) return clean;
        double[] left = {maxEm - 1}; // room for the ellipsis
        List<Inline> out = cut(clean, left);
        out.add(new Inline.Text("…", dev.hanmoto.ast.SourcePos.NONE));
        return out;
    }

    static double width(List<Inline> inlines) {
        double w = 0;
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) w += width(t.text());
            else if (i instanceof Inline.Code c) w += width(c.text());
            else if (i instanceof Inline.Math m) w += width(m.tex());
            else if (i instanceof Inline.Span s && s.attr().hasClass("emoji")) w += 1;
            else w += width(Walk.childInlines(i));
        }
        return w;
    }

    private static double width(String s) {
        return s.codePoints().mapToDouble(RunningTitle::width).sum();
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
            } else if (i instanceof Inline.Span s && s.attr().hasClass("emoji")) {
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
                List<Inline> kids = cut(Walk.childInlines(i), left);
                if (!kids.isEmpty()) out.add(KinsokuGlue.withChildren(i, kids));
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
