package dev.hanmoto.transform;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.Script;
import java.util.ArrayList;
import java.util.List;

/**
 * Removes a soft line break that sits between two East Asian wide characters, following the
 * segment break transformation rules of CSS Text Module Level 3 §4.1.2: the break is removed if the
 * character before or after it is U+200B ZERO WIDTH SPACE, or if both have East Asian Width F, W or
 * H (not A) and neither is Hangul. Otherwise it stays (and is rendered as a space). Doing this in the
 * AST makes PDF and EPUB agree, whatever the reading system implements.
 */
public final class RemoveCjkSoftBreaks implements Transform {
    private static final int ZWSP = 0x200B;
    private static final int NONE = -1;

    @Override
    public Document apply(Document d) {
        return d.withBlocks(Walk.mapInlineSequences(d.blocks(), RemoveCjkSoftBreaks::removeIn));
    }

    private static List<Inline> removeIn(List<Inline> in) {
        boolean any = false;
        for (Inline i : in) if (i instanceof Inline.SoftBreak) { any = true; break; }
        if (!any) return in;
        List<Inline> out = new ArrayList<>(in.size());
        for (int k = 0; k < in.size(); k++) {
            Inline i = in.get(k);
            if (i instanceof Inline.SoftBreak && k > 0 && k + 1 < in.size()
                    && removable(lastChar(in.get(k - 1)), firstChar(in.get(k + 1)))) {
                continue;
            }
            out.add(i);
        }
        return out;
    }

    static boolean removable(int before, int after) {
        if (before == ZWSP || after == ZWSP) return true;
        return isWide(before) && isWide(after);
    }

    /** East Asian Width F, W or H, not Hangul (the test of CSS Text 3 §4.1.2). */
    static boolean isWide(int cp) {
        if (cp == NONE) return false;
        return (Script.isFullWidth(cp) || Script.isHalfWidth(cp)) && !Script.isHangul(cp);
    }

    /** The last character an inline renders (a formula: the last of its TeX), or NONE if it is not text (an image, a note marker). */
    private static int lastChar(Inline i) {
        if (i instanceof Inline.Text t) return t.text().isEmpty() ? NONE : t.text().codePointBefore(t.text().length());
        if (i instanceof Inline.Code c) return c.text().isEmpty() ? NONE : c.text().codePointBefore(c.text().length());
        if (i instanceof Inline.Math m) return m.tex().isEmpty() ? NONE : m.tex().codePointBefore(m.tex().length());
        if (i instanceof Inline.Image || i instanceof Inline.Note) return NONE;
        List<Inline> kids = Walk.childInlines(i);
        return kids.isEmpty() ? NONE : lastChar(kids.get(kids.size() - 1));
    }

    private static int firstChar(Inline i) {
        if (i instanceof Inline.Text t) return t.text().isEmpty() ? NONE : t.text().codePointAt(0);
        if (i instanceof Inline.Code c) return c.text().isEmpty() ? NONE : c.text().codePointAt(0);
        if (i instanceof Inline.Math m) return m.tex().isEmpty() ? NONE : m.tex().codePointAt(0);
        if (i instanceof Inline.Image || i instanceof Inline.Note) return NONE;
        List<Inline> kids = Walk.childInlines(i);
        return kids.isEmpty() ? NONE : firstChar(kids.get(0));
    }
}
