package dev.hanmoto.render.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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

    /** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms). */
    private static final Pattern RTL = Pattern.compile("[\\x{0590}-\\x{08FF}\\x{FB1D}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]");

    private static final int SHAPE = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;

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
        return RTL.matcher(s).find();
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
        if (!hasRtl(line)) return line;
        Bidi bidi = new Bidi(line, Bidi.LTR);
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < bidi.countRuns(); r++) {
            BidiRun run = bidi.getVisualRun(r);
            String logical = line.substring(run.getStart(), run.getLimit());
            sb.append(run.isOddRun() ? seen(logical) : logical);
        }
        return sb.toString();
    }

    /** A right-to-left run shaped (in reading order, as shaping needs) and then reversed, brackets mirrored. */
    private static String seen(String logical) {
        String shaped;
        try {
            shaped = new ArabicShaping(SHAPE).shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical; // drawn unjoined, never lost
        }
        return Bidi.writeReverse(shaped, Bidi.DO_MIRRORING);
    }
}
