package dev.hanmoto.render.pdf;

import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.LineBox;
import java.util.ArrayList;
import java.util.List;

/** Walks of openhtmltopdf's laid-out box tree that the layout checks and the justifier share. */
final class LineBoxes {
    private LineBoxes() {
    }

    /** The line boxes under {@code root}, in document order. */
    static List<LineBox> under(Box root) {
        List<LineBox> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Box b, List<LineBox> out) {
        if (b instanceof LineBox line) out.add(line);
        for (int i = 0; i < b.getChildCount(); i++) collect(b.getChild(i), out);
    }

    /** Texts and atomic boxes (images, inline-blocks) of a line, in order. */
    static List<Object> flatten(Box line) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < line.getChildCount(); i++) flatten(line.getChild(i), out);
        return out;
    }

    private static void flatten(Object o, List<Object> out) {
        if (o instanceof InlineLayoutBox ilb) {
            for (Object c : ilb.getInlineChildren()) flatten(c, out);
        } else {
            out.add(o);
        }
    }
}
