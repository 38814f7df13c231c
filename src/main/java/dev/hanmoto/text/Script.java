package dev.hanmoto.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.lang.UScript;

/**
 * What kind of character this is, for the rules that treat Japanese and Latin text differently: kana,
 * kanji, a Japanese letter (和字, JLREQ's hiragana cl-15, katakana cl-16 and ideographic characters
 * cl-19), a Latin letter or digit (欧字), full- and half-width (UAX #11 East Asian Width). By Unicode
 * properties (ICU4J, so as new as ICU's Unicode version), never by lists of ranges that go stale.
 */
public final class Script {
    private Script() {}

    /**
     * Hiragana and katakana letters, half-width katakana included, and the prolonged sound marks ー
     * and ｰ (script Common in Unicode, but written only in kana words); not ・ or the voiced sound
     * marks ゛゜, which are not letters.
     */
    public static boolean isKana(int cp) {
        if (cp == 0x30FC || cp == 0xFF70) return true;
        if (!UCharacter.isLetter(cp)) return false;
        int sc = UScript.getScript(cp);
        return sc == UScript.HIRAGANA || sc == UScript.KATAKANA;
    }

    /**
     * Ideographs (Han letters and letter numbers): 漢, 々, 〇, and 〆 (script Common in Unicode, but
     * JLREQ lists 〆 and 〇 among the ideographic characters, cl-19); not CJK punctuation or radicals.
     */
    public static boolean isKanji(int cp) {
        if (cp == 0x3006) return true;
        if (UScript.getScript(cp) != UScript.HAN) return false;
        return UCharacter.isLetter(cp) || UCharacter.getType(cp) == UCharacterCategory.LETTER_NUMBER;
    }

    /** Kana or kanji: the letters of Japanese words, not punctuation, brackets or symbols. */
    public static boolean isJapaneseLetter(int cp) {
        return isKana(cp) || isKanji(cp);
    }

    /**
     * Any character that only Japanese (or Chinese) text uses: kana, kanji (in any of Han's
     * categories), CJK symbols and punctuation (U+3000–303F), the non-letters of the kana blocks
     * (・ ゛ ゜ ゠), and the full-width and half-width forms of ASCII and of CJK punctuation and
     * katakana (U+FF01–FF9F). Not Hangul.
     */
    public static boolean isJapanese(int cp) {
        int sc = UScript.getScript(cp);
        if (sc == UScript.HAN || sc == UScript.HIRAGANA || sc == UScript.KATAKANA || isKana(cp)) return true;
        return cp >= 0x3000 && cp <= 0x30FF || cp >= 0x31F0 && cp <= 0x31FF || cp >= 0xFF01 && cp <= 0xFF9F;
    }

    /**
     * A Latin letter (any accent) or an ASCII digit: the Western characters JLREQ 3.2.6 spaces from
     * Japanese. Full-width forms (Ａ, ０) are set like kanji and are not Latin here.
     */
    public static boolean isLatinLetterOrDigit(int cp) {
        if (cp >= '0' && cp <= '9') return true;
        if (isHalfwidthAndFullwidthForm(cp)) return false;
        return UCharacter.isLetter(cp) && UScript.getScript(cp) == UScript.LATIN;
    }

    /** East Asian Width F or W (UAX #11): set in a full em, as kana, kanji and CJK punctuation are. */
    public static boolean isFullWidth(int cp) {
        int w = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
        return w == UCharacter.EastAsianWidth.FULLWIDTH || w == UCharacter.EastAsianWidth.WIDE;
    }

    /** East Asian Width H (UAX #11): the half-width forms of katakana, CJK punctuation and Hangul. */
    public static boolean isHalfWidth(int cp) {
        return UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH) == UCharacter.EastAsianWidth.HALFWIDTH;
    }

    /** Hangul (Korean) letters and syllables, full- or half-width. */
    public static boolean isHangul(int cp) {
        return UScript.getScript(cp) == UScript.HANGUL;
    }

    private static boolean isHalfwidthAndFullwidthForm(int cp) {
        return cp >= 0xFF00 && cp <= 0xFFEF;
    }
}
