package dev.hanmoto.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The table against JLREQ's own lists ({@link JlreqLists}), and the kinsoku sets against JLREQ 3.1.7/3.1.8 and ICU. */
class JlreqClassTest {
    @Test
    void theOracleIsTypedWithUnicodeNames() {
        List<String> wrong = new ArrayList<>();
        Stream.concat(JlreqLists.LISTED.values().stream(), JlreqLists.FORMS.values().stream()).flatMap(List::stream)
                .forEach(e -> {
                    String actual = UCharacter.getName(JlreqLists.codePoint(e));
                    if (!JlreqLists.name(e).equals(actual)) wrong.add(e + " is " + actual);
                });
        assertEquals(List.of(), wrong);
    }

    @Test
    void coversTheClassesOfAppendixAInOrder() {
        assertEquals(List.copyOf(JlreqLists.LISTED.keySet()), Stream.of(JlreqClass.values()).map(JlreqClass::id).toList());
    }

    @ParameterizedTest
    @EnumSource(JlreqClass.class)
    void listsTheMembersOfAppendixA(JlreqClass c) {
        assertEquals(set(JlreqLists.LISTED.get(c.id()).stream().mapToInt(JlreqLists::codePoint)), set(c.listed()), c.id());
    }

    @ParameterizedTest
    @EnumSource(JlreqClass.class)
    void addsOnlyTheFullWidthAndHalfWidthForms(JlreqClass c) {
        assertEquals(set(JlreqLists.members(c.id()).codePoints()), set(c.members()), c.id());
    }

    @ParameterizedTest
    @EnumSource(JlreqClass.class)
    void answersItsClassForEachMember(JlreqClass c) {
        JlreqLists.members(c.id()).codePoints().forEach(cp -> {
            assertEquals(Optional.of(c), JlreqClass.of(cp), c.id() + " " + UCharacter.getName(cp));
            assertTrue(c.contains(cp));
        });
    }

    @Test
    void lettersDigitsSpacesAndLookalikesAreInNoClass() {
        for (int cp : "あア漢Aa0 　～－-~'\"＿※".codePoints().toArray()) {
            assertEquals(Optional.empty(), JlreqClass.of(cp), UCharacter.getName(cp));
        }
    }

    @Test
    void notStartingALineIsJlreq317() {
        assertEquals(set(JlreqLists.notStartingALine().codePoints()), set(Kinsoku.NOT_STARTING_A_LINE));
        JlreqLists.notStartingALine().codePoints().forEach(cp -> assertTrue(Kinsoku.mayNotStartLine(cp), UCharacter.getName(cp)));
        assertFalse(Kinsoku.mayNotStartLine('「'));
        assertFalse(Kinsoku.mayNotStartLine('あ'));
        assertFalse(Kinsoku.mayNotStartLine('—'), "an em dash may start a line");
    }

    @Test
    void notEndingALineIsJlreq318() {
        assertEquals(set(JlreqLists.notEndingALine().codePoints()), set(Kinsoku.NOT_ENDING_A_LINE));
        assertTrue(Kinsoku.mayNotEndLine('（'));
        assertFalse(Kinsoku.mayNotEndLine('）'));
    }

    @Test
    void runsAtTheEndsOfAText() {
        assertEquals(3, Kinsoku.leadingNotStarting("」、。です"));
        assertEquals(0, Kinsoku.leadingNotStarting("です。"));
        assertEquals(2, Kinsoku.trailingNotStarting("です。」"));
        assertEquals(2, Kinsoku.trailingNotEnding("これは「（"));
        assertEquals(0, Kinsoku.trailingNotEnding(""));
    }

    /**
     * ICU's strict line breaker, which lays out every text run, agrees with the sets: it never breaks
     * before a character that may not start a line, nor after one that may not end a line, after or
     * before kanji, kana or a Latin word. Were it to, the PDF could start a line with it inside a text
     * whatever the sets say.
     */
    @Test
    void icuStrictBreakingAgreesWithTheSets() {
        BreakIterator strict = BreakIterators.forLanguage("ja").strictLine();
        List<String> bad = new ArrayList<>();
        for (String around : List.of("漢", "かな", "word")) {
            Kinsoku.NOT_STARTING_A_LINE.codePointStream().forEach(cp -> {
                String s = around + Character.toString(cp) + around;
                strict.setText(s);
                if (strict.isBoundary(around.length())) bad.add("break before " + UCharacter.getName(cp) + " in " + s);
            });
            Kinsoku.NOT_ENDING_A_LINE.codePointStream().forEach(cp -> {
                String s = around + Character.toString(cp) + around;
                strict.setText(s);
                if (strict.isBoundary(around.length() + Character.charCount(cp))) bad.add("break after " + UCharacter.getName(cp) + " in " + s);
            });
        }
        assertEquals(List.of(), bad);
    }

    private static TreeSet<Integer> set(java.util.stream.IntStream cps) {
        TreeSet<Integer> s = new TreeSet<>();
        cps.forEach(s::add);
        return s;
    }

    private static TreeSet<Integer> set(UnicodeSet u) {
        return set(u.codePointStream());
    }
}
