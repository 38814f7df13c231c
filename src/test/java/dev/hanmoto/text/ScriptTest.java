package dev.hanmoto.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

class ScriptTest {
    private static void all(IntPredicate test, String yes, String no) {
        yes.codePoints().forEach(cp -> assertTrue(test.test(cp), "expected yes: " + UCharacter.getName(cp)));
        no.codePoints().forEach(cp -> assertFalse(test.test(cp), "expected no: " + UCharacter.getName(cp)));
    }

    @Test
    void kanaAreHiraganaAndKatakanaLettersAndTheProlongedSoundMark() {
        all(Script::isKana, "あぁゝゟアァヶヽヿㇰｱｧーｰ", "・゛゜゠漢々Aa、。ﾞ");
    }

    @Test
    void kanjiAreHanLettersAndNumbers() {
        all(Script::isKanji, "漢字々〆〇豈𠀋", "あア、〓⺀A");
    }

    @Test
    void japaneseLettersAreKanaAndKanji() {
        all(Script::isJapaneseLetter, "あア漢々ーｱ", "、。「・ＡA1");
    }

    @Test
    void japaneseTextIncludesItsPunctuationAndFullWidthForms() {
        all(Script::isJapanese, "あア漢、。「」・ー゛！Ａ（ｱ｡⺀", "Aa1·αд한ﾠ-(,");
    }

    @Test
    void latinLettersAndDigitsAreNotTheirFullWidthForms() {
        all(Script::isLatinLetterOrDigit, "aZéßǅ09", "ＡＺ０９αあ漢-_ ");
    }

    @Test
    void eastAsianWidths() {
        all(Script::isFullWidth, "あ漢、Ａ（한", "aｱ｡·α");
        all(Script::isHalfWidth, "ｱ｡ﾠ", "あaＡ");
        all(Script::isHangul, "한ᄀﾠ", "あ漢a");
    }
}
