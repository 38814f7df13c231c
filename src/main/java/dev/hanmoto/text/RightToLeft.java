package dev.hanmoto.text;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.regex.Pattern;

/**
 * Right-to-left text for renderers that draw no bidi and no Arabic shaping themselves (openhtmltopdf,
 * in the PDF and the card): a run written right to left is turned into the order it is seen, its Arabic
 * letters into their joined forms (ICU's shaping to the Presentation Forms, which the bundled Arabic
 * fallback font maps), its brackets mirrored. The Unicode Bidirectional Algorithm (UAX #9) by ICU4J, in a
 * left-to-right paragraph.
 */
public final class RightToLeft {
    /** Letters written right to left (Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms). */
    private static final Pattern RTL = Pattern.compile("[\\x{0590}-\\x{08FF}\\x{FB1D}-\\x{FDFF}\\x{FE70}-\\x{FEFF}]");

    private static final int SHAPE = ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK;

    private RightToLeft() {}

    /** Whether the text has a letter written right to left. */
    public static boolean hasRtl(String s) {
        return RTL.matcher(s).find();
    }

    /** A whole line (that does not wrap) in the order it is seen, left to right. */
    public static String visual(String line) {
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
    public static String seen(String logical) {
        String shaped;
        try {
            shaped = new ArabicShaping(SHAPE).shape(logical);
        } catch (ArabicShapingException e) {
            shaped = logical; // drawn unjoined, never lost
        }
        return Bidi.writeReverse(shaped, Bidi.DO_MIRRORING);
    }
}
