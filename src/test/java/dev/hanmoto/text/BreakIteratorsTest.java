package dev.hanmoto.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BreakIteratorsTest {
    static final String TEXT = "サーバーのチェックリストを人々と確認し、ァィの扱いも見直す。";
    static final String TITLE = "テクニカルオペレーションマネージャーの将来性";

    /** The break positions after the start, end included. */
    static List<Integer> breaks(BreakIterator b, String s) {
        b.setText(s);
        b.first();
        return IntStream.generate(b::next).takeWhile(k -> k != BreakIterator.DONE).boxed().toList();
    }

    @Test
    void strictNeverBreaksBeforeWhatMayNotStartALine() {
        List<Integer> strict = breaks(BreakIterators.forLanguage("ja").strictLine(), TEXT);
        for (int k : strict) {
            if (k < TEXT.length()) assertTrue(!Kinsoku.mayNotStartLine(TEXT.codePointAt(k)), "break before " + TEXT.charAt(k));
        }
        List<Integer> normal = breaks(BreakIterator.getLineInstance(ULocale.JAPANESE), TEXT);
        assertTrue(normal.stream().anyMatch(k -> k < TEXT.length() && "ーッァィ々".indexOf(TEXT.charAt(k)) >= 0),
                "ICU's normal rule would break before ー or a small kana, so strict is what matters: " + normal);
    }

    @Test
    void strictHoldsForAnyLanguage() {
        assertEquals(breaks(BreakIterators.forLanguage("ja").strictLine(), TEXT),
                breaks(BreakIterators.forLanguage("en").strictLine(), TEXT));
    }

    @Test
    void phrasesKeepAKatakanaCompoundWhole() {
        List<Integer> phrase = breaks(BreakIterators.forLanguage("ja").phraseLine(), TITLE);
        assertEquals(List.of("テクニカルオペレーションマネージャーの".length(), TITLE.length() - 1, TITLE.length()), phrase);
        // No phrase data for English: character breaks, as strict.
        assertEquals(breaks(BreakIterators.forLanguage("en").strictLine(), TITLE),
                breaks(BreakIterators.forLanguage("en").phraseLine(), TITLE));
    }

    @Test
    void wordsAndGraphemes() {
        List<Integer> words = breaks(BreakIterators.forLanguage("ja").words(), "テクニカルオペレーション");
        assertEquals(List.of(5, 12), words);
        assertEquals(List.of(11, 15), breaks(BreakIterators.graphemes(), "👨‍👩‍👧‍👦🇯🇵"));
    }

    @Test
    void oneSetPerLanguageAndAFreshIteratorPerCall() {
        BreakIterators ja = BreakIterators.forLanguage("ja");
        assertSame(ja, BreakIterators.forLanguage(" ja "));
        assertEquals("ja", ja.language());
        assertNotSame(ja.strictLine(), ja.strictLine());
        assertNotSame(ja.phraseLine(), ja.phraseLine());
        assertNotSame(BreakIterators.graphemes(), BreakIterators.graphemes());
        assertThrows(IllegalArgumentException.class, () -> BreakIterators.forLanguage(" "));
    }

    /** Fresh iterators on many threads at once give what one thread gives (no shared state). */
    @Test
    void iteratorsFromManyThreadsAgree() throws Exception {
        String text = (TEXT + TITLE).repeat(20);
        List<Integer> expected = breaks(BreakIterators.forLanguage("ja").phraseLine(), text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Integer>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) results.add(pool.submit(() -> breaks(BreakIterators.forLanguage("ja").phraseLine(), text)));
            for (Future<List<Integer>> f : results) assertEquals(expected, f.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
