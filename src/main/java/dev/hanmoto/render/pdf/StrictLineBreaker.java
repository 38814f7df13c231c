package dev.hanmoto.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
import com.openhtmltopdf.extend.FSTextBreaker;
import dev.hanmoto.text.BreakIterators;
import dev.hanmoto.text.Kinsoku;
import java.util.concurrent.CancellationException;
import java.util.function.Predicate;

/**
 * openhtmltopdf's line-break hook over ICU's UAX #14 line breaker with the CSS {@code line-break: strict}
 * tailoring ({@link BreakIterators#strictLine()}), which keeps JLREQ kinsoku inside a text run.
 *
 * <p>It also keeps the last {@code lastLineMin} characters of a text run together (characters that may
 * not start a line, {@link Kinsoku}, not counted), so that a paragraph never ends with a line of one
 * character (JLREQ 3.5.4 "Widow Adjustment of Paragraphs", 段落末尾処理). openhtmltopdf breaks each
 * inline box's text separately, so this applies at the end of every run; inside a paragraph it only
 * makes a line a character shorter.
 *
 * <p>One instance per render: it holds its own ICU break iterators, which are not thread-safe.
 *
 * <p>It is also where a long layout notices the build's time bound: openhtmltopdf calls it for every
 * run of text and never checks for interruption itself, so {@link #setText} stops the layout with a
 * {@link CancellationException} once the rendering thread has been interrupted (issue 8).
 */
final class StrictLineBreaker implements FSTextBreaker {
    private final BreakIterator strict;
    private final BreakIterator phrase;
    private final Predicate<String> display;
    private BreakIterator iterator;
    private final int lastLineMin;
    private int noBreakAfter;
    private int length;

    /**
     * @param lang        the document language (BCP 47), e.g. {@code ja}
     * @param lastLineMin characters a run's last line keeps at least (1 = no constraint)
     */
    StrictLineBreaker(String lang, int lastLineMin) {
        this(lang, lastLineMin, s -> false);
    }

    /**
     * @param display which texts are display lines (headings, the title), broken between phrases
     *                (the rule of CSS {@code word-break: auto-phrase}) instead; see {@link PhraseKeeping}
     */
    StrictLineBreaker(String lang, int lastLineMin, Predicate<String> display) {
        BreakIterators breaks = BreakIterators.forLanguage(lang);
        this.strict = breaks.strictLine();
        this.phrase = breaks.phraseLine();
        this.display = display;
        this.iterator = strict;
        this.lastLineMin = Math.max(1, lastLineMin);
    }

    @Override
    public int next() {
        int k = iterator.next();
        while (k != BreakIterator.DONE && k > noBreakAfter && k < length) k = iterator.next();
        return k;
    }

    @Override
    public void setText(String text) {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("layout interrupted");
        iterator = display.test(text) ? phrase : strict;
        iterator.setText(text);
        length = text.length();
        int end = text.stripTrailing().length();
        end = Kinsoku.NOT_STARTING_A_LINE.spanBack(text, end, UnicodeSet.SpanCondition.SIMPLE);
        int k = end;
        for (int n = 0; n < lastLineMin && k > 0; n++) k = text.offsetByCodePoints(k, -1);
        noBreakAfter = lastLineMin <= 1 ? length : k;
    }
}
