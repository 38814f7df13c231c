package dev.hanmoto.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Spacing of consecutive full-width punctuation in solid setting (JLREQ 3.1.2, 3.1.4). In a solid
 * face every opening bracket (cl-01) is drawn in the right half of its em with the left half blank,
 * every closing bracket, comma and full stop (cl-02, cl-07, cl-06) in the left half with the right
 * half blank, a middle dot (cl-05) in the middle with a quarter em blank on each side. Where two of
 * them meet, JLREQ 3.1.4 removes half an em of the blank between them: 」「 keep half an em between the
 * glyphs, 」。 ）、 。」 「「 none, 」・ and ・「 the dot's own quarter. Each such pair is set by giving
 * its first character half an em less advance (the space lost is blank in both glyphs, whichever
 * half holds it).
 *
 * <p>Only the full-width forms (East Asian Width W or F): ASCII brackets and the ambiguous-width
 * quotes are drawn by the Latin face at their own width.
 */
public final class PunctuationSpacing {
    private PunctuationSpacing() {}

    /**
     * A run of two or more punctuation characters in a text: which of its characters lose half an em
     * of advance, and which opening brackets are set in their half-width form, the half em that holds
     * their ink (」「 closed up, {@link #runs(CharSequence, boolean)}).
     */
    public record Run(int start, int end, List<Integer> trimmed, List<Integer> halved) {
        /** How many half ems the run gives up. */
        public int halfEms() {
            return trimmed.size() + halved.size();
        }
    }

    /** What blank a full-width punctuation character carries in solid setting. */
    enum Blank { LEADING, TRAILING, BOTH_QUARTERS, NONE }

    /** {@link #blank} of each BMP character, filled as asked (0: not yet; else the ordinal + 1). */
    private static final byte[] BLANKS = new byte[0x10000];
    private static final Blank[] VALUES = Blank.values();

    static Blank blank(int cp) {
        if (cp >= BLANKS.length) return lookup(cp);
        int b = BLANKS[cp];
        if (b == 0) {
            // Racing threads write the same value: a plain byte array is enough.
            Blank x = lookup(cp);
            BLANKS[cp] = (byte) (x.ordinal() + 1);
            return x;
        }
        return VALUES[b - 1];
    }

    private static Blank lookup(int cp) {
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        if (eaw != UCharacter.EastAsianWidth.WIDE && eaw != UCharacter.EastAsianWidth.FULLWIDTH) return Blank.NONE;
        return JlreqClass.of(cp).map(c -> switch (c) {
            case OPENING_BRACKETS -> Blank.LEADING;
            case CLOSING_BRACKETS, COMMAS, FULL_STOPS -> Blank.TRAILING;
            case MIDDLE_DOTS -> Blank.BOTH_QUARTERS;
            default -> Blank.NONE;
        }).orElse(Blank.NONE);
    }

    /** Whether the character is full-width punctuation that JLREQ 3.1.4 adjusts next to another. */
    public static boolean isAdjustable(int cp) {
        return blank(cp) != Blank.NONE;
    }

    /** Whether the character is a full-width opening bracket (cl-01), its left half blank in solid setting. */
    public static boolean isOpeningBracket(int cp) {
        return blank(cp) == Blank.LEADING;
    }

    /**
     * Whether the character is a full-width closing bracket, comma or full stop (cl-02, cl-07, cl-06),
     * its right half blank in solid setting: the half JLREQ 3.1.6 takes off at a line's end.
     */
    public static boolean isClosing(int cp) {
        return blank(cp) == Blank.TRAILING;
    }

    /** Whether the character is a closing bracket (cl-02): 」 ） 』, not 、 or 。. */
    static boolean isClosingBracket(int cp) {
        return blank(cp) == Blank.TRAILING && JlreqClass.of(cp).filter(c -> c == JlreqClass.CLOSING_BRACKETS).isPresent();
    }

    /** Whether the first of two adjacent characters gives up half an em (JLREQ 3.1.4). */
    static boolean trims(int a, int b) {
        Blank x = blank(a);
        Blank y = blank(b);
        if (x == Blank.NONE || y == Blank.NONE) return false;
        return switch (x) {
            case TRAILING -> true;                                      // 」「 」。 」・ 。」 ）、
            case LEADING -> y == Blank.LEADING;                         // 「「 (「」 is empty and stays)
            case BOTH_QUARTERS -> y == Blank.LEADING;                   // ・「: the dot keeps its quarter
            case NONE -> false;
        };
    }

    /** {@link #runs(CharSequence, boolean)} with JLREQ's half em kept between 」 and 「. */
    public static List<Run> runs(CharSequence s) {
        return runs(s, false);
    }

    /**
     * The runs of adjacent adjustable punctuation in {@code s} that have a character to trim, in order.
     * A run ends where a line may break inside it (between 」 and 「, JLREQ 3.1.7): the trimmed 」 then
     * ends its line with its blank half gone, as JLREQ 3.1.6 sets closing punctuation at a line's end.
     * With {@code closeBrackets} a closing bracket followed by an opening one gives up the half em
     * JLREQ 3.1.4 keeps between them as well (」「 in one em, the house style some publishers keep, and
     * JLREQ 3.8's first step of line compression): the two are then one run, not parted at a line's
     * end, where the closed-up 」 would have nothing to stand on.
     */
    public static List<Run> runs(CharSequence s, boolean closeBrackets) {
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int cp = Character.codePointAt(s, i);
            if (!isAdjustable(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            List<Integer> trimmed = new ArrayList<>();
            List<Integer> halved = new ArrayList<>();
            int prev = cp;
            int at = i;
            boolean prevHalved = false;
            i += Character.charCount(cp);
            while (i < s.length()) {
                int next = Character.codePointAt(s, i);
                if (!isAdjustable(next)) break;
                // 」「 closed up: 」 gives up its blank half, 「 is set in its half-width form; an opening
                // bracket after that 「 likewise (」「「), so that no two glyphs share an origin.
                boolean halve = closeBrackets && blank(next) == Blank.LEADING && (isClosingBracket(prev) || prevHalved);
                if (halve) {
                    halved.add(i);
                    if (!prevHalved) trimmed.add(at);
                } else if (trims(prev, next)) {
                    trimmed.add(at);
                }
                if (!halve && !Kinsoku.mayNotEndLine(prev) && !Kinsoku.mayNotStartLine(next)) {
                    if (!trimmed.isEmpty()) out.add(new Run(start, i, List.copyOf(trimmed), List.copyOf(halved)));
                    trimmed.clear();
                    halved.clear();
                    start = i;
                }
                prev = next;
                prevHalved = halve;
                at = i;
                i += Character.charCount(next);
            }
            if (!trimmed.isEmpty()) out.add(new Run(start, i, List.copyOf(trimmed), List.copyOf(halved)));
        }
        return out;
    }
}
