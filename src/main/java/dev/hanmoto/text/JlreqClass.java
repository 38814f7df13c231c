package dev.hanmoto.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.UnicodeSet;
import java.util.Optional;

/**
 * The character classes of JLREQ (W3C, Requirements for Japanese Text Layout, Appendix A "Character
 * Classes", https://www.w3.org/TR/jlreq/#character_classes) that the line-breaking rules use, cl-01
 * to cl-11, with their members as Appendix A lists them.
 *
 * <p>Each class also holds the full-width and half-width compatibility forms of its members (Unicode
 * decomposition type {@code <wide>} or {@code <narrow>}: （ U+FF08 for ( U+0028, ｡ U+FF61 for 。,
 * ｧ U+FF67 for ァ): Appendix A lists U+0028 LEFT PARENTHESIS where Japanese text has U+FF08 (its note
 * says so: "the compatibility counterpart U+FF08 FULLWIDTH LEFT PARENTHESIS is used in the Japanese
 * context in most Japanese text layout software"), so a rule that knew only the listed code point
 * would miss most of the brackets and punctuation of a real Japanese source. Nothing else is added:
 * U+FF5E FULLWIDTH TILDE, often typed for 〜 WAVE DASH, is the wide form of ~ and no member (and ICU
 * breaks before it). The Small Kana Extension (U+1B132 and others, Unicode 12–15) is not listed by
 * JLREQ; ICU's strict line breaker keeps those off a line's start inside a text on its own (UAX #14
 * class CJ).
 *
 * <p>The classes do not overlap, so {@link #of} answers one class or none. The kinsoku sets derived
 * from them are in {@link Kinsoku}.
 */
public enum JlreqClass {
    /** cl-01 始め括弧類: opening brackets; ‘ and “ in horizontal text, 〝 in vertical text. */
    OPENING_BRACKETS(1, "‘“(〔[{〈《「『【⦅〘〖«〝"),
    /** cl-02 終わり括弧類: closing brackets; ’ and ” in horizontal text, 〟 in vertical text. */
    CLOSING_BRACKETS(2, "’”)〕]}〉》」』】⦆〙〗»〟"),
    /** cl-03 ハイフン類: hyphen U+2010, wave dash 〜, double hyphen ゠, en dash. */
    HYPHENS(3, "\u2010〜゠\u2013"),
    /** cl-04 区切り約物: ! ? ‼ ⁇ ⁈ ⁉. */
    DIVIDING_PUNCTUATION(4, "!?‼⁇⁈⁉"),
    /** cl-05 中点類: ・ : ; (; in horizontal text). */
    MIDDLE_DOTS(5, "・:;"),
    /** cl-06 句点類: 。 and . (in horizontal text). */
    FULL_STOPS(6, "。."),
    /** cl-07 読点類: 、 and , (in horizontal text). */
    COMMAS(7, "、,"),
    /** cl-08 分離禁止文字: em dash, … ‥ and the vertical kana repeat marks 〳 〴 〵. */
    INSEPARABLE(8, "\u2014…‥〳〴〵"),
    /** cl-09 繰返し記号: ヽ ヾ ゝ ゞ 々 〻. */
    ITERATION_MARKS(9, "ヽヾゝゞ々〻"),
    /** cl-10 長音記号: ー. */
    PROLONGED_SOUND_MARK(10, "ー"),
    /** cl-11 小書きの仮名: small hiragana and katakana, ㇰ–ㇿ included. */
    SMALL_KANA(11, "ぁぃぅぇぉァィゥェォっゃゅょゎゕゖッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ");

    private final int number;
    private final UnicodeSet listed;
    private final UnicodeSet members;

    JlreqClass(int number, String listed) {
        this.number = number;
        this.listed = new UnicodeSet().addAll(listed).freeze();
        this.members = new UnicodeSet(this.listed).addAll(compatibilityForms(this.listed)).freeze();
    }

    /** The full-width and half-width forms (Halfwidth and Fullwidth Forms block) of the given characters. */
    private static UnicodeSet compatibilityForms(UnicodeSet of) {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        UnicodeSet out = new UnicodeSet();
        for (int cp = 0xFF00; cp <= 0xFFEF; cp++) {
            int type = UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE);
            if (type != UCharacter.DecompositionType.WIDE && type != UCharacter.DecompositionType.NARROW) continue;
            String d = nfkd.getDecomposition(cp);
            if (d != null && d.codePointCount(0, d.length()) == 1 && of.contains(d.codePointAt(0))) out.add(cp);
        }
        return out;
    }

    /** The class's number in JLREQ, {@code cl-01} to {@code cl-11}. */
    public String id() {
        return String.format(java.util.Locale.ROOT, "cl-%02d", number);
    }

    /** The members as Appendix A lists them (frozen). */
    public UnicodeSet listed() {
        return listed;
    }

    /** The listed members and their full-width and half-width forms (frozen, so safe to share). */
    public UnicodeSet members() {
        return members;
    }

    public boolean contains(int codePoint) {
        return members.contains(codePoint);
    }

    /** The class of a character, or empty if it is in none of cl-01 to cl-11 (a letter, a space, a digit). */
    public static Optional<JlreqClass> of(int codePoint) {
        for (JlreqClass c : values()) if (c.members.contains(codePoint)) return Optional.of(c);
        return Optional.empty();
    }
}
