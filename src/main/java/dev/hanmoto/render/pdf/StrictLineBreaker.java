package dev.hanmoto.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;
import java.util.concurrent.CancellationException;

/**
 * openhtmltopdf's line-break hook over ICU's UAX #14 line breaker with the CSS {@code line-break: strict}
 * tailoring ({@code -u-lb-strict}). Strict is what JLREQ kinsoku needs: besides closing brackets and
 * 、。 it keeps small kana, 々 and the prolonged sound mark ー off the start of a line, which ICU's
 * "normal" rule allows.
 *
 * <p>One instance per render: ICU break iterators are not thread-safe.
 *
 * <p>It is also where a long layout notices the build's time bound: openhtmltopdf calls it for every
 * run of text and never checks for interruption itself, so {@link #setText} stops the layout with a
 * {@link CancellationException} once the rendering thread has been interrupted (issue 8).
 */
final class StrictLineBreaker implements FSTextBreaker {
    private final BreakIterator iterator;

    /** @param lang the document language (BCP 47), e.g. {@code ja} */
    StrictLineBreaker(String lang) {
        String tag = lang == null || lang.isBlank() ? "ja" : lang.strip();
        ULocale base = ULocale.forLanguageTag(tag);
        this.iterator = BreakIterator.getLineInstance(base.setKeywordValue("lb", "strict"));
    }

    @Override
    public int next() {
        return iterator.next();
    }

    @Override
    public void setText(String text) {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("layout interrupted");
        iterator.setText(text);
    }
}
