package dev.hanmoto.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
import com.openhtmltopdf.extend.FSTextBreaker;
import dev.hanmoto.text.BreakIterators;
import dev.hanmoto.text.Kinsoku;
import java.util.concurrent.CancellationException;

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
    private final PhraseKeeping phrases;
    private BreakIterator iterator;
    /** The breaks of a table cell's text ({@link PhraseKeeping#cellBreaks}), ascending; null otherwise. */
    private int[] breaks;
    private int nextBreak;
    private final int lastLineMin;
    private int noBreakAfter;
    private int length;

    /**
     * @param lang        the document language (BCP 47), e.g. {@code ja}
     * @param lastLineMin characters a run's last line keeps at least (1 = no constraint)
     */
    StrictLineBreaker(String lang, int lastLineMin) {
        this(lang, lastLineMin, new PhraseKeeping());
    }

    /**
     * @param phrases the texts broken between phrases instead: display lines (the rule of CSS {@code
     *                word-break: auto-phrase}) and table cells (phrases, a too wide one by character)
     */
    StrictLineBreaker(String lang, int lastLineMin, PhraseKeeping phrases) {
        BreakIterators breaks = BreakIterators.forLanguage(lang);
        this.strict = breaks.strictLine();
        this.phrase = breaks.phraseLine();
        this.phrases = phrases;
        this.iterator = strict;
        this.lastLineMin = Math.max(1, lastLineMin);
    }

    @Override
    public int next() {
        int k = advance();
        while (k != BreakIterator.DONE && k > noBreakAfter && k < length) k = advance();
        return k;
    }

    private int advance() {
        if (breaks == null) return iterator.next();
        return nextBreak < breaks.length ? breaks[nextBreak++] : BreakIterator.DONE;
    }

    @Override
    public void setText(String text) {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("layout interrupted");
        breaks = phrases.cellBreaks(text).orElse(null);
        nextBreak = 0;
        iterator = phrases.isDisplay(text) ? phrase : strict;
        if (breaks == null) iterator.setText(text);
        length = text.length();
        int end = text.stripTrailing().length();
        end = Kinsoku.NOT_STARTING_A_LINE.spanBack(text, end, UnicodeSet.SpanCondition.SIMPLE);
        int k = end;
        for (int n = 0; n < lastLineMin && k > 0; n++) k = text.offsetByCodePoints(k, -1);
        noBreakAfter = lastLineMin <= 1 ? length : k;
    }
}
