package dev.hanmoto.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.UnicodeSet;
import com.openhtmltopdf.extend.FSTextBreaker;
import dev.hanmoto.text.BreakIterators;
import dev.hanmoto.text.Kinsoku;
import dev.hanmoto.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.ToIntFunction;

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
    private final ToIntFunction<String> phraseLimit;
    private BreakIterator iterator;
    /** The breaks of a text broken between phrases with a limit, ascending; null otherwise. */
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
        this(lang, lastLineMin, s -> PhraseKeeping.STRICT);
    }

    /**
     * @param phraseLimit for a text, {@link PhraseKeeping#STRICT}, or the widest phrase (half-width
     *                    units, a full-width character 2) kept whole when breaking between phrases: a
     *                    wider one also breaks between characters (table cells, {@link PhraseKeeping})
     */
    StrictLineBreaker(String lang, int lastLineMin, ToIntFunction<String> phraseLimit) {
        BreakIterators breaks = BreakIterators.forLanguage(lang);
        this.strict = breaks.strictLine();
        this.phrase = breaks.phraseLine();
        this.phraseLimit = phraseLimit;
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

    /**
     * The phrase breaks of {@code text} ({@link #iterator} holds it), and inside a phrase wider than
     * {@code limit} half-width units the strict breaks too.
     */
    private int[] limitedPhrases(String text, int limit) {
        List<Integer> out = new ArrayList<>();
        int start = 0;
        for (int k = iterator.next(); k != BreakIterator.DONE; start = k, k = iterator.next()) {
            if (halfWidths(text, start, k) > limit) {
                strict.setText(text);
                for (int s = strict.following(start); s != BreakIterator.DONE && s < k; s = strict.next()) out.add(s);
            }
            out.add(k);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Width of {@code text[from, to)} in half-width units, trailing spaces not counted. */
    private static int halfWidths(String text, int from, int to) {
        int end = from + text.substring(from, to).stripTrailing().length();
        int w = 0;
        for (int k = from; k < end; k = text.offsetByCodePoints(k, 1)) w += Script.isFullWidth(text.codePointAt(k)) ? 2 : 1;
        return w;
    }

    @Override
    public void setText(String text) {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("layout interrupted");
        int limit = phraseLimit.applyAsInt(text);
        iterator = limit == PhraseKeeping.STRICT ? strict : phrase;
        iterator.setText(text);
        breaks = limit == PhraseKeeping.STRICT || limit == PhraseKeeping.UNLIMITED ? null : limitedPhrases(text, limit);
        nextBreak = 0;
        length = text.length();
        int end = text.stripTrailing().length();
        end = Kinsoku.NOT_STARTING_A_LINE.spanBack(text, end, UnicodeSet.SpanCondition.SIMPLE);
        int k = end;
        for (int n = 0; n < lastLineMin && k > 0; n++) k = text.offsetByCodePoints(k, -1);
        noBreakAfter = lastLineMin <= 1 ? length : k;
    }
}
