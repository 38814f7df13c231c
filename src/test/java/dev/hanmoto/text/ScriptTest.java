package dev.hanmoto.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ScriptTest {
    /** Each test, characters it holds for and characters it does not. */
    static Stream<Arguments> cases() {
        return Stream.of(
                // Kana: hiragana and katakana letters and the prolonged sound mark; not ・ ゛ ゜ ゠.
                Arguments.of("kana", (IntPredicate) Script::isKana, "あぁゝゟアァヶヽヿㇰｱｧーｰ", "・゛゜゠漢々Aa、。ﾞ"),
                // Kanji: Han letters and numbers, 〆 included; not 〓 or radicals.
                Arguments.of("kanji", (IntPredicate) Script::isKanji, "漢字々〆〇豈𠀋", "あア、〓⺀A"),
                Arguments.of("Japanese letter", (IntPredicate) Script::isJapaneseLetter, "あア漢々ーｱ", "、。「・ＡA1"),
                // Japanese text: with its punctuation and full-width forms; not · (U+00B7), Greek, Cyrillic, Hangul.
                Arguments.of("Japanese", (IntPredicate) Script::isJapanese, "あア漢、。「」・ー゛！Ａ（ｱ｡⺀", "Aa1·αд한ﾠ-(,"),
                // Latin letters and digits, not their full-width forms.
                Arguments.of("Latin", (IntPredicate) Script::isLatinLetterOrDigit, "aZéßǅ09", "ＡＺ０９αあ漢-_ "),
                Arguments.of("full-width", (IntPredicate) Script::isFullWidth, "あ漢、Ａ（한", "aｱ｡·α"),
                Arguments.of("half-width", (IntPredicate) Script::isHalfWidth, "ｱ｡ﾠ", "あaＡ"),
                Arguments.of("Hangul", (IntPredicate) Script::isHangul, "한ᄀﾠ", "あ漢a"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void answersByUnicodeProperties(String name, IntPredicate test, String yes, String no) {
        yes.codePoints().forEach(cp -> assertTrue(test.test(cp), name + " expected for " + UCharacter.getName(cp)));
        no.codePoints().forEach(cp -> assertFalse(test.test(cp), name + " not expected for " + UCharacter.getName(cp)));
    }
}
