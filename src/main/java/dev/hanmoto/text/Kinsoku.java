package dev.hanmoto.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.UnicodeSet;

/**
 * 禁則処理 (kinsoku shori): which characters may not start a line and which may not end one, derived
 * from the JLREQ classes ({@link JlreqClass}). ICU's strict line breaker ({@link
 * BreakIterators#strictLine()}) applies these rules inside one text; the PDF renderer needs them again
 * where a line may break between two elements (the breaker never sees both sides), the card where it
 * cuts a word too long for its line. Both ask here, so they cannot disagree.
 *
 * <p>Sets are frozen {@link UnicodeSet}s: shared, thread-safe, and with {@link UnicodeSet#span} and
 * {@link UnicodeSet#spanBack} for the run of such characters at a text's start or end.
 */
public final class Kinsoku {
    private Kinsoku() {}

    /**
     * Characters a line may not start with. JLREQ 3.1.7 "Characters Not Starting a Line" (行頭禁則):
     * closing brackets (cl-02), hyphens (cl-03), dividing punctuation marks (cl-04), middle dots
     * (cl-05), full stops (cl-06), commas (cl-07), iteration marks (cl-09), the prolonged sound mark
     * (cl-10) and small kana (cl-11) — JLREQ's strict rule, which CSS Text 3 {@code line-break: strict}
     * is (JLREQ's looser variants let 々, ー, small kana or ・ start a line; this one does not).
     *
     * <p>And … and ‥, the inseparable characters (cl-08) of UAX #14 class IN: JLREQ 3.1.10 forbids a
     * break inside …… and ‥‥, and UAX #14 (rule LB22), which ICU's strict breaker follows, never breaks
     * before them at all, so a line already never starts with … inside a text; the set keeps that across
     * element boundaries too. The other cl-08 members are not in the set: the em dash (class B2) and
     * 〳 〴 (ID) may start a line by both rules, and 〵 (CM) only ever follows 〳 or 〴 in vertical
     * text, where UAX #14 keeps it. Warichu closing brackets (cl-29) are not used.
     */
    public static final UnicodeSet NOT_STARTING_A_LINE = notStarting();

    /** Characters a line may not end with: opening brackets (cl-01), JLREQ 3.1.8 (行末禁則). */
    public static final UnicodeSet NOT_ENDING_A_LINE = JlreqClass.OPENING_BRACKETS.members();

    private static UnicodeSet notStarting() {
        UnicodeSet s = new UnicodeSet();
        for (JlreqClass c : new JlreqClass[] {JlreqClass.CLOSING_BRACKETS, JlreqClass.HYPHENS,
                JlreqClass.DIVIDING_PUNCTUATION, JlreqClass.MIDDLE_DOTS, JlreqClass.FULL_STOPS, JlreqClass.COMMAS,
                JlreqClass.ITERATION_MARKS, JlreqClass.PROLONGED_SOUND_MARK, JlreqClass.SMALL_KANA}) {
            s.addAll(c.members());
        }
        for (int cp : JlreqClass.INSEPARABLE.members().codePoints()) {
            if (UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK) == UCharacter.LineBreak.INSEPARABLE) s.add(cp);
        }
        return s.freeze();
    }

    /** Whether a line may not start with this character ({@link #NOT_STARTING_A_LINE}). */
    public static boolean mayNotStartLine(int codePoint) {
        return NOT_STARTING_A_LINE.contains(codePoint);
    }

    /** Whether a line may not end with this character ({@link #NOT_ENDING_A_LINE}). */
    public static boolean mayNotEndLine(int codePoint) {
        return NOT_ENDING_A_LINE.contains(codePoint);
    }

    /** Length (in chars) of the run of characters at the start of {@code s} that may not start a line. */
    public static int leadingNotStarting(CharSequence s) {
        return NOT_STARTING_A_LINE.span(s, UnicodeSet.SpanCondition.SIMPLE);
    }

    /** Length (in chars) of the run of characters at the end of {@code s} that may not start a line. */
    public static int trailingNotStarting(CharSequence s) {
        return s.length() - NOT_STARTING_A_LINE.spanBack(s, UnicodeSet.SpanCondition.SIMPLE);
    }

    /** Length (in chars) of the run of characters at the end of {@code s} that may not end a line. */
    public static int trailingNotEnding(CharSequence s) {
        return s.length() - NOT_ENDING_A_LINE.spanBack(s, UnicodeSet.SpanCondition.SIMPLE);
    }
}
