package dev.hanmoto.source;

import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Repairs bold opened in Markdown and closed in HTML, {@code **質問ですか？</strong>} (a slip of
 * generated text): the {@code **} and the {@code </strong>} or {@code </b>} after it, in the same
 * paragraph or inline container with no {@code <strong>} or {@code <b>} between, become one strong
 * emphasis in flexmark's tree, with one {@code strong-closed-by-tag} warning at the {@code **}. Without
 * this the {@code **} prints as is and the closing tag is dropped as stray.
 */
final class StrongClosedByTag {
    private static final Pattern CLOSE = Pattern.compile("</(?:strong|b)\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN = Pattern.compile("<(?:strong|b)(?:\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);

    private StrongClosedByTag() {}

    /** Repairs every such pair under {@code root}; {@code base} is the body's offset in the file. */
    static void repair(Node root, SourceContext ctx, int base) {
        List<HtmlInline> closes = new ArrayList<>();
        collect(root, closes);
        for (HtmlInline close : closes) repair(close, ctx, base);
    }

    private static void collect(Node n, List<HtmlInline> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof HtmlInline h && CLOSE.matcher(h.getChars().toString().strip()).matches()) out.add(h);
            else collect(c, out);
        }
    }

    private static void repair(HtmlInline close, SourceContext ctx, int base) {
        for (Node p = close.getPrevious(); p != null; p = p.getPrevious()) {
            if (p instanceof HtmlInline h && OPEN.matcher(h.getChars().toString().strip()).matches()) return;
            if (!(p instanceof Text t)) continue;
            int at = lastOpening(t.getChars());
            if (at < 0) continue;
            BasedSequence chars = t.getChars();
            BasedSequence marker = chars.subSequence(at, at + 2);
            StrongEmphasis strong = new StrongEmphasis(marker, BasedSequence.NULL, close.getChars());
            strong.setChars(chars.baseSubSequence(marker.getStartOffset(), close.getEndOffset()));
            if (at + 2 < chars.length()) strong.appendChild(new Text(chars.subSequence(at + 2)));
            for (Node m = t.getNext(); m != close; ) {
                Node next = m.getNext();
                strong.appendChild(m); // appendChild unlinks m from its place first
                m = next;
            }
            close.insertBefore(strong);
            close.unlink();
            if (at == 0) t.unlink();
            else t.setChars(chars.subSequence(0, at));
            ctx.warn("strong-closed-by-tag", "'**' closed by '" + close.getChars().toString().strip()
                    + "': set in bold; close it with '**'", ctx.pos(base + marker.getStartOffset()));
            return;
        }
    }

    /** Where the last unescaped {@code **} in {@code s} starts, or -1. */
    private static int lastOpening(BasedSequence s) {
        for (int i = s.length() - 2; i >= 0; i--) {
            if (s.charAt(i) != '*' || s.charAt(i + 1) != '*') continue;
            int slashes = 0;
            for (int j = i - 1; j >= 0 && s.charAt(j) == '\\'; j--) slashes++;
            if (slashes % 2 == 0) return i;
        }
        return -1;
    }
}
