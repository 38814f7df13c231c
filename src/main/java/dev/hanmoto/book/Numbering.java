package dev.hanmoto.book;

import java.util.Objects;
import java.util.Optional;

/**
 * A chapter-label pattern: {@code {n}} is replaced by the arabic number, {@code {A}} by an upper-case
 * letter (1 → A … 26 → Z, 27 → AA), {@code {a}} by a lower-case one; {@link #NONE} labels nothing.
 * Examples: {@code 第{n}章}, {@code Chapter {n}}, {@code 付録{A}}, {@code Appendix {A}}.
 */
public record Numbering(String pattern) {
    /** No labels. Written {@code none} in the manifest. */
    public static final Numbering NONE = new Numbering("");

    public Numbering {
        Objects.requireNonNull(pattern);
        if (!pattern.isEmpty() && !hasToken(pattern)) {
            throw new IllegalArgumentException("numbering pattern without {n}, {A} or {a}: " + pattern);
        }
    }

    /** Whether {@code pattern} holds a number token (a pattern without one would label every chapter alike). */
    public static boolean hasToken(String pattern) {
        return pattern.contains("{n}") || pattern.contains("{A}") || pattern.contains("{a}");
    }

    /** Default chapter labels for a language: {@code 第{n}章} for Japanese, {@code Chapter {n}} otherwise. */
    public static Numbering chaptersFor(String lang) {
        return new Numbering(isJapanese(lang) ? "第{n}章" : "Chapter {n}");
    }

    /** Default appendix labels for a language: {@code 付録{A}} for Japanese, {@code Appendix {A}} otherwise. */
    public static Numbering appendicesFor(String lang) {
        return new Numbering(isJapanese(lang) ? "付録{A}" : "Appendix {A}");
    }

    public boolean isNone() {
        return pattern.isEmpty();
    }

    /** The label for the {@code n}th (1-based) chapter of its kind; empty for {@link #NONE}. */
    public Optional<String> label(int n) {
        if (n < 1) throw new IllegalArgumentException("chapter number " + n);
        if (isNone()) return Optional.empty();
        String letters = letters(n);
        return Optional.of(pattern.replace("{n}", Integer.toString(n))
                .replace("{A}", letters)
                .replace("{a}", letters.toLowerCase(java.util.Locale.ROOT)));
    }

    /** Bijective base-26: 1 → A, 26 → Z, 27 → AA (as spreadsheets name columns). */
    static String letters(int n) {
        StringBuilder sb = new StringBuilder();
        while (n > 0) {
            n--;
            sb.append((char) ('A' + n % 26));
            n /= 26;
        }
        return sb.reverse().toString();
    }

    private static boolean isJapanese(String lang) {
        return lang.equals("ja") || lang.startsWith("ja-");
    }
}
