package dev.hanmoto.transform;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Wraps each emoji (one grapheme cluster: keycaps, ZWJ sequences, flags, skin tones, VS16 forms) in
 * a {@code Span} with class {@value #CLASS} and attribute {@value #DATA_ATTR} holding the exact
 * sequence, so writers can switch to an emoji font and card renderers can measure it. Code is left
 * alone. Idempotent: a marked emoji is not marked again.
 */
public final class MarkEmoji implements Transform {
    public static final String CLASS = "emoji";
    public static final String DATA_ATTR = "data-emoji";

    @Override
    public Document apply(Document d) {
        return d.withBlocks(Walk.mapInlines(d.blocks(), MarkEmoji::mark));
    }

    private static List<Inline> mark(Inline i) {
        if (i instanceof Inline.Text t) return split(t);
        if (i instanceof Inline.Span s && s.attr().hasClass(CLASS) && s.content().size() == 1
                && s.content().get(0) instanceof Inline.Span inner && inner.attr().hasClass(CLASS)) {
            return List.of(inner); // already marked: the text inside was wrapped a second time
        }
        return List.of(i);
    }

    private static List<Inline> split(Inline.Text t) {
        List<Emoji.Piece> pieces = Emoji.split(t.text());
        if (pieces.size() == 1 && !pieces.get(0).emoji()) return List.of(t);
        List<Inline> out = new ArrayList<>(pieces.size());
        for (Emoji.Piece p : pieces) {
            SourcePos pos = t.pos().plusColumns(p.offset());
            Inline.Text text = new Inline.Text(p.text(), pos);
            if (!p.emoji()) {
                out.add(text);
            } else {
                out.add(new Inline.Span(new Attr("", List.of(CLASS), Map.of(DATA_ATTR, p.text())), List.of(text)));
            }
        }
        return out;
    }
}
