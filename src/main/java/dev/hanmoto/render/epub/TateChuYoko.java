package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 縦中横 for vertical books: a run of exactly two ASCII digits (not part of a longer number, word or
 * decimal) becomes a {@code tcy} span that the stylesheet sets upright in one em (JLREQ 3.2.3; EPUB 3
 * text-combine). Applied only when {@code epub.writing-mode} is {@code vertical-rl}.
 */
final class TateChuYoko {
    private static final Pattern TWO_DIGITS = Pattern.compile("(?<![0-9A-Za-z.,:])[0-9]{2}(?![0-9A-Za-z]|[.,:][0-9])");

    private TateChuYoko() {}

    /** A text node split around its two-digit runs; any other inline as it is. */
    static List<Inline> mark(Inline i) {
        if (!(i instanceof Inline.Text t)) return List.of(i);
        Matcher m = TWO_DIGITS.matcher(t.text());
        List<Inline> out = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            if (m.start() > last) out.add(new Inline.Text(t.text().substring(last, m.start()), t.pos()));
            out.add(new Inline.Span(Attr.classes("tcy"), List.of(new Inline.Text(m.group(), t.pos()))));
            last = m.end();
        }
        if (last == 0) return List.of(i);
        if (last < t.text().length()) out.add(new Inline.Text(t.text().substring(last), t.pos()));
        return out;
    }
}
