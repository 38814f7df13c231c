package dev.hanmoto.render.pdf;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import dev.hanmoto.text.Kinsoku;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Element;

/**
 * Finds, after a layout, the pictures that {@link KinsokuPicturePass} marked and whose closing
 * punctuation the layout put at the start of the next line: the next layout keeps each such picture
 * and its punctuation together (a second layout in a few documents, none in most).
 */
final class KinsokuPictureLayoutCheck implements LayoutCheck {
    /** The marked pictures ending a line whose next line starts with closing punctuation. */
    @Override
    public Set<Integer> broken(BlockBox root) {
        List<LineBox> lines = LineBoxes.under(root);
        Set<Integer> out = new TreeSet<>();
        // openhtmltopdf can leave an empty line box where text did not fit after a picture: skipped.
        lines.removeIf(l -> LineBoxes.flatten(l).stream().allMatch(o -> o instanceof InlineText t && t.getSubstring().isBlank()));
        for (int i = 0; i + 1 < lines.size(); i++) {
            Element last = lastPicture(lines.get(i));
            if (last == null || !last.hasAttribute(KinsokuPicturePass.MARK)) continue;
            InlineText first = firstText(lines.get(i + 1));
            if (first != null && Kinsoku.mayNotStartLine(first.getSubstring().strip().codePointAt(0))) {
                out.add(Integer.valueOf(last.getAttribute(KinsokuPicturePass.MARK)));
            }
        }
        return out;
    }

    /** The element of the line's last box if that is a picture (no text after it on the line), else null. */
    private static Element lastPicture(Box line) {
        Object last = null;
        for (Object o : LineBoxes.flatten(line)) {
            if (o instanceof InlineText t && t.getSubstring().isBlank()) continue;
            last = o;
        }
        return last instanceof Box b && !(b instanceof InlineLayoutBox) && b.getElement() != null
                && "img".equals(b.getElement().getNodeName()) ? b.getElement() : null;
    }

    /** The line's first text with characters, if text comes before any picture. */
    private static InlineText firstText(Box line) {
        for (Object o : LineBoxes.flatten(line)) {
            if (o instanceof InlineText t) {
                if (!t.getSubstring().isBlank()) return t;
            } else {
                return null;
            }
        }
        return null;
    }
}
