package dev.hanmoto.render.pdf;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import dev.hanmoto.text.Kinsoku;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Kinsoku after a picture. An emoji or inline formula is an image, and the 、。 after it the start of
 * the next text; openhtmltopdf may break between any two boxes, so the 。 could start a line, and
 * {@link KinsokuGlue} has no text in the picture to move it into. The renderer numbers each picture
 * followed by closing punctuation ({@code data-kk}); after a layout this finds those whose punctuation
 * did start a line, and the renderer lays the document out again with just those pictures and their
 * punctuation in a {@code span.kinsoku-keep}, an inline-block that openhtmltopdf never breaks (a second
 * layout in a few documents, none in most).
 *
 * <p>Not every picture is wrapped from the start: openhtmltopdf draws an inline element's text after
 * its line's, so text extraction that follows drawing order (pdftotext, some viewers' copy) would take
 * the 。 out of its sentence wherever a wrapped pair stands mid-line.
 */
final class KinsokuPass {
    private KinsokuPass() {}

    /** The class of the inline-block around a picture and its punctuation. */
    static final String KEEP = "kinsoku-keep";

    /** The characters that may not start a line ({@link Kinsoku}), as a regular-expression class. */
    private static final String NOT_STARTING = "[" + Pattern.quote(characters(Kinsoku.NOT_STARTING_A_LINE)) + "]";

    /** An emoji or inline-formula picture followed by closing punctuation, as the XHTML writer writes it. */
    private static final Pattern PICTURE = Pattern.compile(
            "(<img class=\"(?:emoji|math inline)\"[^>]*?)/>(?=" + NOT_STARTING + ")");
    private static final Pattern NUMBERED = Pattern.compile(
            "<img class=\"(?:emoji|math inline)\"[^>]*? data-kk=\"(\\d+)\"/>(" + NOT_STARTING + "+)");

    private static String characters(com.ibm.icu.text.UnicodeSet set) {
        StringBuilder sb = new StringBuilder();
        for (int cp : set.codePoints()) sb.appendCodePoint(cp);
        return sb.toString();
    }

    /** The XHTML with each picture that closing punctuation follows numbered, so that a layout can name it. */
    static String number(String xhtml) {
        Matcher m = PICTURE.matcher(xhtml);
        StringBuilder sb = new StringBuilder(xhtml.length() + 256);
        int n = 0;
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + " data-kk=\"" + n++ + "\"/>"));
        m.appendTail(sb);
        return sb.toString();
    }

    /** The XHTML with the pictures {@code kept} and their punctuation wrapped in inline-blocks. */
    static String keep(String xhtml, Set<Integer> kept) {
        Matcher m = NUMBERED.matcher(xhtml);
        StringBuilder sb = new StringBuilder(xhtml.length());
        while (m.find()) {
            String r = kept.contains(Integer.parseInt(m.group(1)))
                    ? "<span class=\"" + KEEP + "\">" + m.group() + "</span>" : m.group();
            m.appendReplacement(sb, Matcher.quoteReplacement(r));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** The numbered pictures ending a line whose next line starts with closing punctuation. */
    static Set<Integer> stranded(BlockBox root) {
        List<LineBox> lines = new ArrayList<>();
        collect(root, lines);
        Set<Integer> out = new TreeSet<>();
        // openhtmltopdf can leave an empty line box where text did not fit after a picture: skipped.
        lines.removeIf(l -> flatten(l).stream().allMatch(o -> o instanceof InlineText t && t.getSubstring().isBlank()));
        for (int i = 0; i + 1 < lines.size(); i++) {
            Element last = lastPicture(lines.get(i));
            if (last == null || !last.hasAttribute("data-kk")) continue;
            InlineText first = firstText(lines.get(i + 1));
            if (first != null && Kinsoku.mayNotStartLine(first.getSubstring().strip().codePointAt(0))) {
                out.add(Integer.valueOf(last.getAttribute("data-kk")));
            }
        }
        return out;
    }

    /** The line boxes in document order. */
    private static void collect(Box b, List<LineBox> out) {
        if (b instanceof LineBox line) out.add(line);
        for (int i = 0; i < b.getChildCount(); i++) collect(b.getChild(i), out);
    }

    /** The element of the line's last box if that is a picture (no text after it on the line), else null. */
    private static Element lastPicture(Box line) {
        Object last = null;
        for (Object o : flatten(line)) {
            if (o instanceof InlineText t && t.getSubstring().isBlank()) continue;
            last = o;
        }
        return last instanceof Box b && !(b instanceof InlineLayoutBox) && b.getElement() != null
                && "img".equals(b.getElement().getNodeName()) ? b.getElement() : null;
    }

    /** The line's first text with characters, if text comes before any picture. */
    private static InlineText firstText(Box line) {
        for (Object o : flatten(line)) {
            if (o instanceof InlineText t) {
                if (!t.getSubstring().isBlank()) return t;
            } else {
                return null;
            }
        }
        return null;
    }

    /** Texts and atomic boxes (images, inline-blocks) of a line, in order. */
    private static List<Object> flatten(Box line) {
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
