package dev.hanmoto.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The test oracle for the JLREQ classes: the member lists of Appendix A "Character Classes"
 * (https://www.w3.org/TR/jlreq/#character_classes, cl-01 to cl-11), typed from the specification
 * as code point and ISO/IEC 10646 name in the specification's order, and the rules of JLREQ 3.1.7
 * and 3.1.8 over them. Independent of {@link JlreqClass}: {@link JlreqClassTest} checks the table
 * against these lists, and the PDF and card tests read their output against them.
 *
 * <p>{@link #FORMS} are the full-width and half-width forms that Japanese text has in place of the
 * listed characters (Appendix A's note: "the compatibility counterpart U+FF08 FULLWIDTH LEFT
 * PARENTHESIS is used in the Japanese context"), typed from the Unicode Halfwidth and Fullwidth Forms
 * chart (U+FF00–FFEF). The names are checked against Unicode's, so a typing slip fails a test.
 */
public final class JlreqLists {
    private JlreqLists() {}

    /** Appendix A's members of each class. */
    public static final Map<String, List<String>> LISTED = ordered(
            "cl-01", List.of("2018 LEFT SINGLE QUOTATION MARK", "201C LEFT DOUBLE QUOTATION MARK", "0028 LEFT PARENTHESIS",
                    "3014 LEFT TORTOISE SHELL BRACKET", "005B LEFT SQUARE BRACKET", "007B LEFT CURLY BRACKET",
                    "3008 LEFT ANGLE BRACKET", "300A LEFT DOUBLE ANGLE BRACKET", "300C LEFT CORNER BRACKET",
                    "300E LEFT WHITE CORNER BRACKET", "3010 LEFT BLACK LENTICULAR BRACKET", "2985 LEFT WHITE PARENTHESIS",
                    "3018 LEFT WHITE TORTOISE SHELL BRACKET", "3016 LEFT WHITE LENTICULAR BRACKET",
                    "00AB LEFT-POINTING DOUBLE ANGLE QUOTATION MARK", "301D REVERSED DOUBLE PRIME QUOTATION MARK"),
            "cl-02", List.of("2019 RIGHT SINGLE QUOTATION MARK", "201D RIGHT DOUBLE QUOTATION MARK", "0029 RIGHT PARENTHESIS",
                    "3015 RIGHT TORTOISE SHELL BRACKET", "005D RIGHT SQUARE BRACKET", "007D RIGHT CURLY BRACKET",
                    "3009 RIGHT ANGLE BRACKET", "300B RIGHT DOUBLE ANGLE BRACKET", "300D RIGHT CORNER BRACKET",
                    "300F RIGHT WHITE CORNER BRACKET", "3011 RIGHT BLACK LENTICULAR BRACKET", "2986 RIGHT WHITE PARENTHESIS",
                    "3019 RIGHT WHITE TORTOISE SHELL BRACKET", "3017 RIGHT WHITE LENTICULAR BRACKET",
                    "00BB RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK", "301F LOW DOUBLE PRIME QUOTATION MARK"),
            "cl-03", List.of("2010 HYPHEN", "301C WAVE DASH", "30A0 KATAKANA-HIRAGANA DOUBLE HYPHEN", "2013 EN DASH"),
            "cl-04", List.of("0021 EXCLAMATION MARK", "003F QUESTION MARK", "203C DOUBLE EXCLAMATION MARK",
                    "2047 DOUBLE QUESTION MARK", "2048 QUESTION EXCLAMATION MARK", "2049 EXCLAMATION QUESTION MARK"),
            "cl-05", List.of("30FB KATAKANA MIDDLE DOT", "003A COLON", "003B SEMICOLON"),
            "cl-06", List.of("3002 IDEOGRAPHIC FULL STOP", "002E FULL STOP"),
            "cl-07", List.of("3001 IDEOGRAPHIC COMMA", "002C COMMA"),
            "cl-08", List.of("2014 EM DASH", "2026 HORIZONTAL ELLIPSIS", "2025 TWO DOT LEADER",
                    "3033 VERTICAL KANA REPEAT MARK UPPER HALF", "3034 VERTICAL KANA REPEAT WITH VOICED SOUND MARK UPPER HALF",
                    "3035 VERTICAL KANA REPEAT MARK LOWER HALF"),
            "cl-09", List.of("30FD KATAKANA ITERATION MARK", "30FE KATAKANA VOICED ITERATION MARK", "309D HIRAGANA ITERATION MARK",
                    "309E HIRAGANA VOICED ITERATION MARK", "3005 IDEOGRAPHIC ITERATION MARK", "303B VERTICAL IDEOGRAPHIC ITERATION MARK"),
            "cl-10", List.of("30FC KATAKANA-HIRAGANA PROLONGED SOUND MARK"),
            "cl-11", List.of("3041 HIRAGANA LETTER SMALL A", "3043 HIRAGANA LETTER SMALL I", "3045 HIRAGANA LETTER SMALL U",
                    "3047 HIRAGANA LETTER SMALL E", "3049 HIRAGANA LETTER SMALL O", "30A1 KATAKANA LETTER SMALL A",
                    "30A3 KATAKANA LETTER SMALL I", "30A5 KATAKANA LETTER SMALL U", "30A7 KATAKANA LETTER SMALL E",
                    "30A9 KATAKANA LETTER SMALL O", "3063 HIRAGANA LETTER SMALL TU", "3083 HIRAGANA LETTER SMALL YA",
                    "3085 HIRAGANA LETTER SMALL YU", "3087 HIRAGANA LETTER SMALL YO", "308E HIRAGANA LETTER SMALL WA",
                    "3095 HIRAGANA LETTER SMALL KA", "3096 HIRAGANA LETTER SMALL KE", "30C3 KATAKANA LETTER SMALL TU",
                    "30E3 KATAKANA LETTER SMALL YA", "30E5 KATAKANA LETTER SMALL YU", "30E7 KATAKANA LETTER SMALL YO",
                    "30EE KATAKANA LETTER SMALL WA", "30F5 KATAKANA LETTER SMALL KA", "30F6 KATAKANA LETTER SMALL KE",
                    "31F0 KATAKANA LETTER SMALL KU", "31F1 KATAKANA LETTER SMALL SI", "31F2 KATAKANA LETTER SMALL SU",
                    "31F3 KATAKANA LETTER SMALL TO", "31F4 KATAKANA LETTER SMALL NU", "31F5 KATAKANA LETTER SMALL HA",
                    "31F6 KATAKANA LETTER SMALL HI", "31F7 KATAKANA LETTER SMALL HU", "31F8 KATAKANA LETTER SMALL HE",
                    "31F9 KATAKANA LETTER SMALL HO", "31FA KATAKANA LETTER SMALL MU", "31FB KATAKANA LETTER SMALL RA",
                    "31FC KATAKANA LETTER SMALL RI", "31FD KATAKANA LETTER SMALL RU", "31FE KATAKANA LETTER SMALL RE",
                    "31FF KATAKANA LETTER SMALL RO"));

    /** The full-width and half-width forms of the members, by class (none for cl-03, cl-08, cl-09). */
    public static final Map<String, List<String>> FORMS = ordered(
            "cl-01", List.of("FF08 FULLWIDTH LEFT PARENTHESIS", "FF3B FULLWIDTH LEFT SQUARE BRACKET",
                    "FF5B FULLWIDTH LEFT CURLY BRACKET", "FF5F FULLWIDTH LEFT WHITE PARENTHESIS", "FF62 HALFWIDTH LEFT CORNER BRACKET"),
            "cl-02", List.of("FF09 FULLWIDTH RIGHT PARENTHESIS", "FF3D FULLWIDTH RIGHT SQUARE BRACKET",
                    "FF5D FULLWIDTH RIGHT CURLY BRACKET", "FF60 FULLWIDTH RIGHT WHITE PARENTHESIS", "FF63 HALFWIDTH RIGHT CORNER BRACKET"),
            "cl-03", List.of(),
            "cl-04", List.of("FF01 FULLWIDTH EXCLAMATION MARK", "FF1F FULLWIDTH QUESTION MARK"),
            "cl-05", List.of("FF1A FULLWIDTH COLON", "FF1B FULLWIDTH SEMICOLON", "FF65 HALFWIDTH KATAKANA MIDDLE DOT"),
            "cl-06", List.of("FF0E FULLWIDTH FULL STOP", "FF61 HALFWIDTH IDEOGRAPHIC FULL STOP"),
            "cl-07", List.of("FF0C FULLWIDTH COMMA", "FF64 HALFWIDTH IDEOGRAPHIC COMMA"),
            "cl-08", List.of(),
            "cl-09", List.of(),
            "cl-10", List.of("FF70 HALFWIDTH KATAKANA-HIRAGANA PROLONGED SOUND MARK"),
            "cl-11", List.of("FF67 HALFWIDTH KATAKANA LETTER SMALL A", "FF68 HALFWIDTH KATAKANA LETTER SMALL I",
                    "FF69 HALFWIDTH KATAKANA LETTER SMALL U", "FF6A HALFWIDTH KATAKANA LETTER SMALL E",
                    "FF6B HALFWIDTH KATAKANA LETTER SMALL O", "FF6C HALFWIDTH KATAKANA LETTER SMALL YA",
                    "FF6D HALFWIDTH KATAKANA LETTER SMALL YU", "FF6E HALFWIDTH KATAKANA LETTER SMALL YO",
                    "FF6F HALFWIDTH KATAKANA LETTER SMALL TU"));

    /**
     * JLREQ 3.1.7: "no line should begin with closing brackets (cl-02), hyphens (cl-03), dividing
     * punctuation marks (cl-04), middle dots (cl-05), full stops (cl-06), commas (cl-07), iteration
     * marks (cl-09), a prolonged sound mark (cl-10), small kana (cl-11)".
     */
    public static final List<String> NOT_STARTING_CLASSES =
            List.of("cl-02", "cl-03", "cl-04", "cl-05", "cl-06", "cl-07", "cl-09", "cl-10", "cl-11");

    /**
     * The inseparable characters (cl-08) that UAX #14 never breaks before (class IN, rule LB22): JLREQ
     * 3.1.10 keeps …… and ‥‥ together, and a line may not start with them either.
     */
    public static final List<String> NOT_STARTING_INSEPARABLE = List.of("2026 HORIZONTAL ELLIPSIS", "2025 TWO DOT LEADER");

    /** The code point of an entry ({@code "3001 IDEOGRAPHIC COMMA"}). */
    public static int codePoint(String entry) {
        return Integer.parseInt(entry.substring(0, entry.indexOf(' ')), 16);
    }

    /** The name of an entry. */
    public static String name(String entry) {
        return entry.substring(entry.indexOf(' ') + 1);
    }

    /** The listed members and their forms, as a string of the characters. */
    public static String members(String classId) {
        return chars(Stream.concat(LISTED.get(classId).stream(), FORMS.get(classId).stream()));
    }

    /** Every character that may not start a line (JLREQ 3.1.7 with forms, and … ‥). */
    public static String notStartingALine() {
        return NOT_STARTING_CLASSES.stream().map(JlreqLists::members).collect(Collectors.joining())
                + chars(NOT_STARTING_INSEPARABLE.stream());
    }

    /** Every character that may not end a line (JLREQ 3.1.8: opening brackets, cl-01, with forms). */
    public static String notEndingALine() {
        return members("cl-01");
    }

    /** Closing brackets and punctuation: cl-02 and cl-04 to cl-07, with forms. */
    public static String closingPunctuation() {
        return Stream.of("cl-02", "cl-04", "cl-05", "cl-06", "cl-07").map(JlreqLists::members).collect(Collectors.joining());
    }

    private static String chars(Stream<String> entries) {
        StringBuilder sb = new StringBuilder();
        entries.forEach(e -> sb.appendCodePoint(codePoint(e)));
        return sb.toString();
    }

    private static Map<String, List<String>> ordered(Object... kv) {
        Map<String, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            @SuppressWarnings("unchecked")
            List<String> v = (List<String>) kv[i + 1];
            m.put((String) kv[i], v);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
