package dev.hanmoto.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * Whether a run of emphasis delimiters ({@code *}, {@code _}, {@code ~}) can open or close, by
 * CommonMark 0.31.2's flanking rules (§6.2) with the CJK-friendly amendment (tats-u's "CommonMark
 * CJK-friendly Amendments" specification, proposed as commonmark-spec issue 650).
 *
 * <p>CommonMark lets a run close only if what is inside is not punctuation or what is outside is space
 * or punctuation, which was written for languages that put spaces between words: in
 * {@code **「重要」**です} the closing run has 」 inside and で outside, so it stays literal. The
 * amendment treats CJK punctuation (a punctuation character that is also a CJK character) like a
 * letter in those tests, and lets a run next to non-CJK punctuation flank when its other side is a CJK
 * character. Where no CJK character is beside a run, the rules are CommonMark's unchanged.
 *
 * <p>Definitions, all by Unicode properties (ICU4J):
 * <ul>
 * <li><b>CJK character</b>: East Asian Width W, F or H and not an emoji by default presentation, or
 *     script Hangul.
 * <li><b>Unicode punctuation</b>: general category P or S (CommonMark 0.31.2).
 * <li><b>Unicode whitespace</b>: category Zs, tab, line feed, form feed, carriage return; the text's
 *     start and end count as whitespace.
 * <li>A preceding character may be followed by a variation selector U+FE00–U+FE0E before the run
 *     (a CJK sequence or punctuation sequence): the character before the selector is what counts. An
 *     ideographic variation selector (U+E0100–U+E01EF) before a run counts as CJK.
 * </ul>
 * Not handled: the "CJK ambiguous punctuation sequences" (a quotation mark followed by a selector
 * asking for its full-width form) count as the non-CJK punctuation they start with.
 */
public final class DelimiterFlanking {
    private DelimiterFlanking() {}

    /**
     * What a delimiter run's neighbours make of it.
     *
     * @param left              a left-flanking run (may open)
     * @param right             a right-flanking run (may close)
     * @param beforePunctuation preceded by Unicode punctuation (a selector after it allowed)
     * @param afterPunctuation  followed by Unicode punctuation
     * @param beforeWhitespace  preceded by whitespace or the text's start
     * @param afterWhitespace   followed by whitespace or the text's end
     */
    public record Run(boolean left, boolean right, boolean beforePunctuation, boolean afterPunctuation,
                      boolean beforeWhitespace, boolean afterWhitespace) {}

    /** The run {@code text[start, end)}, with {@code text} the whole paragraph (its ends count as whitespace). */
    public static Run of(CharSequence text, int start, int end) {
        int b = start > 0 ? Character.codePointBefore(text, start) : '\n';
        int bBase = b;
        if (isGeneralVariationSelector(b)) {
            int at = start - Character.charCount(b);
            bBase = at > 0 ? Character.codePointBefore(text, at) : '\n';
        }
        int a = end < text.length() ? Character.codePointAt(text, end) : '\n';

        boolean beforeSpace = isWhitespace(b);
        boolean afterSpace = isWhitespace(a);
        boolean beforePunct = isPunctuation(bBase);
        boolean afterPunct = isPunctuation(a);
        boolean beforeNonCjkPunct = beforePunct && !isCjk(bBase);
        boolean afterNonCjkPunct = afterPunct && !isCjk(a);
        boolean beforeCjk = isCjk(bBase) || isIdeographicVariationSelector(b);

        boolean left = !afterSpace && (!afterNonCjkPunct || beforeSpace || beforeNonCjkPunct || beforeCjk);
        boolean right = !beforeSpace && (!beforeNonCjkPunct || afterSpace || afterNonCjkPunct || isCjk(a));
        return new Run(left, right, beforePunct, afterPunct, beforeSpace, afterSpace);
    }

    /**
     * A CJK character in the amendment's sense: East Asian Width wide, full-width or half-width and not
     * an emoji by default presentation, or a Hangul character. 「」、。 and ！ are CJK; “ ” and ※
     * (ambiguous width) are not.
     */
    public static boolean isCjk(int cp) {
        int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        boolean wide = eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH
                || eaw == UCharacter.EastAsianWidth.HALFWIDTH;
        if (wide && !UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_PRESENTATION)) return true;
        return UScript.getScript(cp) == UScript.HANGUL;
    }

    /** CommonMark 0.31.2's Unicode punctuation: general category P (punctuation) or S (symbol). */
    public static boolean isPunctuation(int cp) {
        return switch (UCharacter.getType(cp)) {
            case UCharacterCategory.CONNECTOR_PUNCTUATION, UCharacterCategory.DASH_PUNCTUATION,
                    UCharacterCategory.START_PUNCTUATION, UCharacterCategory.END_PUNCTUATION,
                    UCharacterCategory.INITIAL_PUNCTUATION, UCharacterCategory.FINAL_PUNCTUATION,
                    UCharacterCategory.OTHER_PUNCTUATION, UCharacterCategory.MATH_SYMBOL,
                    UCharacterCategory.CURRENCY_SYMBOL, UCharacterCategory.MODIFIER_SYMBOL,
                    UCharacterCategory.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** CommonMark's Unicode whitespace: category Zs, tab, line feed, form feed, carriage return. */
    public static boolean isWhitespace(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\f' || cp == '\r' || UCharacter.getType(cp) == UCharacterCategory.SPACE_SEPARATOR;
    }

    /** U+FE00–U+FE0E: the variation selectors other than the emoji presentation selector U+FE0F. */
    private static boolean isGeneralVariationSelector(int cp) {
        return cp >= 0xFE00 && cp <= 0xFE0E;
    }

    /** U+E0100–U+E01EF, the ideographic variation selectors (IVS). */
    private static boolean isIdeographicVariationSelector(int cp) {
        return cp >= 0xE0100 && cp <= 0xE01EF;
    }
}
