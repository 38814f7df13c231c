package dev.hanmoto.render.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.RightToLeft;
import java.util.ArrayList;
import java.util.List;

/**
 * Arabic and Hebrew inside Japanese lines: each right-to-left run of a text (Unicode Bidirectional
 * Algorithm, UAX #9, by ICU4J, in a left-to-right paragraph) is written in the order it is seen, right to
 * left, with mirrored brackets, and Arabic letters take their joined forms (ICU's shaping to the
 * Presentation Forms, which the fallback font maps: openhtmltopdf has no OpenType shaping). The run goes in
 * a {@code span.rtl} that does not wrap, so that a line break never puts its last words first. In code the
 * whole line is reordered (code does not wrap).
 *
 * <p>Why not openhtmltopdf's own bidi hooks ({@code useUnicodeBidiSplitter}, {@code useUnicodeBidiReorderer},
 * which wrap the same ICU calls): with them set, openhtmltopdf 1.1.65 fails with a NullPointerException on
 * every footnote (a footnote body has no paragraph in its splitter), and its rtl-support module is not
 * published for that release. PDFBox's text extraction puts visual runs back into reading order, as it
 * does for openhtmltopdf's own output, so the text layer reads as written.
 */
final class RightToLeftPass implements AstPass {
    static final String CLASS = "rtl";

    @Override
    public Document apply(Document doc, PassContext ctx) {
        return doc.withBlocks(Walk.map(doc.blocks(), b -> {
            if (b instanceof Block.CodeBlock c && hasRtl(c.text())) {
                List<String> lines = new ArrayList<>();
                for (String line : c.text().split("\n", -1)) lines.add(visual(line));
                return List.of(new Block.CodeBlock(c.attr(), String.join("\n", lines), c.pos()));
            }
            return List.of(b);
        }, i -> {
            if (i instanceof Inline.Text t && hasRtl(t.text())) return runs(t);
            if (i instanceof Inline.Code c && hasRtl(c.text())) return List.of(new Inline.Code(visual(c.text()), c.pos()));
            return List.of(i);
        }));
    }

    @Override
    public String css(PassContext ctx) {
        return "." + CLASS + " { white-space: nowrap; }\n";
    }

    static boolean hasRtl(String s) {
        return RightToLeft.hasRtl(s);
    }

    /** The text's runs left to right: left-to-right runs as text, right-to-left ones drawn as seen in a span.rtl. */
    private static List<Inline> runs(Inline.Text t) {
        Bidi bidi = new Bidi(t.text(), Bidi.LTR);
        List<Inline> out = new ArrayList<>();
        for (int r = 0; r < bidi.countRuns(); r++) {
            BidiRun run = bidi.getVisualRun(r);
            String logical = t.text().substring(run.getStart(), run.getLimit());
            if (run.isOddRun()) {
                out.add(new Inline.Span(Attr.classes(CLASS), List.of(new Inline.Text(seen(logical), t.pos()))));
            } else {
                out.add(new Inline.Text(logical, t.pos()));
            }
        }
        return out;
    }

    /** A whole line in the order it is seen (code). */
    private static String visual(String line) {
        return RightToLeft.visual(line);
    }

    private static String seen(String logical) {
        return RightToLeft.seen(logical);
    }
}
