package dev.hanmoto.render.pdf;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * openhtmltopdf's line-break hook over ICU's UAX #14 line breaker with the CSS {@code line-break: strict}
 * tailoring ({@code -u-lb-strict}). Strict is what JLREQ kinsoku needs: besides closing brackets and
 * 、。 it keeps small kana, 々 and the prolonged sound mark ー off the start of a line, which ICU's
 * "normal" rule allows.
 *
 * <p>One instance per render: ICU break iterators are not thread-safe.
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
        iterator.setText(text);
    }
}
