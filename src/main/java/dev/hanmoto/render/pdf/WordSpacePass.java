package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.ArrayList;
import java.util.List;

/**
 * Justification by characters (JLREQ 3.8): a Latin word space keeps its natural width on a justified
 * line and the slack is spread between the characters. openhtmltopdf gives 80% of a line's slack to
 * its word spaces (a line of solid Japanese with two English words got "Technical␣␣Operations") and
 * all of it to the characters only on a line without justifiable spaces; it leaves text with letter
 * spacing out of the count. So each word space of the body goes in a {@code span.ws} with a letter
 * spacing of one of openhtmltopdf's 1/20 pt units (as the 和欧間 spans, {@link LatinSpaceFont}): the
 * line then has no justifiable space, and {@code -fs-max-justification-inter-char} bounds what each
 * character gap takes. The space stays a space: copy, search and line breaking see the same text.
 *
 * <p>Body only: the other texts of the page are not justified.
 */
final class WordSpacePass implements AstPass {
    static final String CLASS = "ws";

    @Override
    public Document apply(Document doc, PassContext ctx) {
        if (ctx.part() != PassContext.Part.BODY) return doc;
        return doc.withBlocks(Walk.mapInlines(doc.blocks(), WordSpacePass::split));
    }

    @Override
    public String css(PassContext ctx) {
        return "." + CLASS + " { letter-spacing: 0.05pt; }\n"
                // A last-line keep is an inline-block, sized without its content's letter spacing.
                + "." + LastLineKeepPass.CLASS + " ." + CLASS + " { letter-spacing: 0; }\n";
    }

    private static List<Inline> split(Inline i) {
        if (!(i instanceof Inline.Text t) || t.text().indexOf(' ') < 0) return List.of(i);
        String s = t.text();
        List<Inline> out = new ArrayList<>();
        int at = 0;
        for (int k = s.indexOf(' '); k >= 0; k = s.indexOf(' ', k + 1)) {
            // One space between two characters of a run (a space at a text's edge borders an element,
            // whose own spacing is the writer's; collapsed runs of spaces are left as typed).
            if (k == 0 || k == s.length() - 1 || s.charAt(k - 1) == ' ' || s.charAt(k + 1) == ' ') continue;
            if (k > at) out.add(new Inline.Text(s.substring(at, k), t.pos()));
            out.add(new Inline.Span(Attr.classes(CLASS), List.of(new Inline.Text(" ", t.pos()))));
            at = k + 1;
        }
        if (at == 0) return List.of(i);
        if (at < s.length()) out.add(new Inline.Text(s.substring(at), t.pos()));
        return out;
    }
}
