package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The texts of display lines — headings (and so the table of contents, which repeats them), the
 * title page's title and subtitle — which break between phrases (文節), not inside a word:
 * テクニカルオペレーショ／ン is what a reader notices first on a title page. {@link StrictLineBreaker}
 * switches to ICU's phrase rule ({@link dev.hanmoto.text.BreakIterators#phraseLine()}, CSS {@code
 * word-break: auto-phrase}; ICU has phrases for Japanese only, other languages keep the strict
 * breaks) for these texts; a phrase longer than the line still breaks inside, as any unbreakable word
 * does ({@code word-wrap: break-word}). Body text keeps the strict character-level breaks: justified
 * Japanese text breaks anywhere kinsoku allows.
 *
 * <p>openhtmltopdf hands the breaker the rest of a text node from the current position, so every
 * suffix of each display text is kept (whitespace collapsed, as the layout does); a body text that
 * happens to equal one gets phrase breaks too, which is harmless.
 */
final class PhraseKeeping {
    private final Set<String> suffixes = new HashSet<>();

    /** Adds the texts of every heading in {@code blocks}. */
    PhraseKeeping headings(List<Block> blocks) {
        Walk.forEachBlock(blocks, b -> {
            if (b instanceof Block.Heading h) inlines(h.inlines());
        });
        return this;
    }

    /** Adds the texts of one display line. */
    PhraseKeeping inlines(List<Inline> inlines) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) add(t.text());
            else if (!(i instanceof Inline.Note)) inlines(Walk.childInlines(i));
        }
        return this;
    }

    /** Length of the longest display text added. */
    private int longest;

    private void add(String text) {
        String s = normalize(text);
        longest = Math.max(longest, s.length());
        for (int k = 0; k < s.length(); k = s.offsetByCodePoints(k, 1)) suffixes.add(s.substring(k));
    }

    /** True if {@code text} (the rest of a text node) belongs to a display line. */
    boolean isDisplay(String text) {
        if (suffixes.isEmpty() || text.length() > 2 * longest + 16) return false; // the breaker asks for every run
        String s = normalize(text);
        return !s.isEmpty() && suffixes.contains(s);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String normalize(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
