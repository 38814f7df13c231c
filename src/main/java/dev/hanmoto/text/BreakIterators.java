package dev.hanmoto.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ICU4J's break iterators for one document language, built in one place for the PDF, the card and the
 * checks. ICU break iterators are not thread-safe, so every call hands out a fresh one, cloned from a
 * prototype that is built once per language and never given a text (cloning is cheap; building one
 * loads rules and dictionaries).
 *
 * <ul>
 *   <li>{@link #strictLine()}: UAX #14 line breaking with the CSS {@code line-break: strict} tailoring
 *       ({@code -u-lb-strict}), the kinsoku of JLREQ 3.1.7/3.1.8 ({@link Kinsoku}): besides closing
 *       brackets and 、。 it keeps small kana, 々 and ー off the start of a line, which ICU's
 *       "normal" rule allows. ICU applies the tailoring whatever the language.</li>
 *   <li>{@link #phraseLine()}: the same, breaking only between phrases (文節) in Japanese
 *       ({@code -u-lw-phrase}, CSS {@code word-break: auto-phrase}, ICU ≥ 74), so that a katakana
 *       compound such as テクニカルオペレーション is never cut. ICU has phrase data for Japanese only:
 *       for another language this breaks as {@link #strictLine()} does.</li>
 *   <li>{@link #words()}: dictionary word boundaries (UAX #29 tailored for the language).</li>
 *   <li>{@link #graphemes()}: extended grapheme clusters (UAX #29), the same in every language.</li>
 * </ul>
 */
public final class BreakIterators {
    private static final Map<String, BreakIterators> BY_LANGUAGE = new ConcurrentHashMap<>();
    private static final BreakIterator GRAPHEMES = BreakIterator.getCharacterInstance(ULocale.ROOT);

    private final String language;
    private final BreakIterator strict;
    private final BreakIterator phrase;
    private final BreakIterator words;

    private BreakIterators(String language) {
        this.language = language;
        ULocale base = ULocale.forLanguageTag(language);
        ULocale strictLocale = base.setKeywordValue("lb", "strict");
        this.strict = BreakIterator.getLineInstance(strictLocale);
        this.phrase = BreakIterator.getLineInstance(strictLocale.setKeywordValue("lw", "phrase"));
        this.words = BreakIterator.getWordInstance(base);
    }

    /**
     * The break iterators for a document language.
     *
     * @param language a BCP 47 tag such as {@code ja} or {@code en-US} (the document's {@code lang});
     *                 a tag ICU does not know breaks by the root rules
     * @throws IllegalArgumentException if the tag is blank
     */
    public static BreakIterators forLanguage(String language) {
        Objects.requireNonNull(language, "language");
        String tag = language.strip();
        if (tag.isEmpty()) throw new IllegalArgumentException("blank language tag");
        return BY_LANGUAGE.computeIfAbsent(tag, BreakIterators::new);
    }

    /** The language tag these iterators were built for. */
    public String language() {
        return language;
    }

    /** A fresh strict line-break iterator ({@code <lang>-u-lb-strict}). */
    public BreakIterator strictLine() {
        return (BreakIterator) strict.clone();
    }

    /** A fresh phrase line-break iterator ({@code <lang>-u-lb-strict-lw-phrase}). */
    public BreakIterator phraseLine() {
        return (BreakIterator) phrase.clone();
    }

    /** A fresh word-boundary iterator for the language. */
    public BreakIterator words() {
        return (BreakIterator) words.clone();
    }

    /** A fresh grapheme-cluster iterator. */
    public static BreakIterator graphemes() {
        return (BreakIterator) GRAPHEMES.clone();
    }
}
