package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The texts broken between phrases (文節), not inside a word. {@link StrictLineBreaker} switches to
 * ICU's phrase rule ({@link dev.hanmoto.text.BreakIterators#phraseLine()}, CSS {@code word-break:
 * auto-phrase}; ICU has phrases for Japanese only, other languages keep the strict breaks) for them:
 *
 * <ul>
 *   <li>Display lines — headings (and so the table of contents, which repeats them), the title page's
 *       title and subtitle: テクニカルオペレーショ／ン is what a reader notices first on a title page. A
 *       phrase longer than the line still breaks inside, as any unbreakable word does ({@code
 *       word-wrap: break-word}).</li>
 *   <li>Table cells. openhtmltopdf's automatic table layout sizes each column between its min-content
 *       width (its widest unbreakable run, as this breaker says) and its max-content width; with
 *       breaks between any two characters a column of words shrinks to two characters (オブ／ジェ／
 *       クト) next to a column of prose. With phrase breaks the min-content is the longest phrase, so
 *       the column holds its words. A cell cannot wrap a word by itself (that would make its
 *       min-content one character again), so a phrase longer than a column of the table could ever
 *       be — the text block's width shared out among the columns, measured in the body's em: tables
 *       are set smaller, so the estimate errs towards breaking — breaks between characters inside
 *       it, as before, and the table still fits the page.</li>
 * </ul>
 *
 * Body text keeps the strict character-level breaks: justified Japanese text breaks anywhere kinsoku
 * allows.
 *
 * <p>openhtmltopdf hands the breaker the rest of a text node from the current position, so every
 * suffix of each text is kept (whitespace collapsed, as the layout does); a body text that happens
 * to equal one gets phrase breaks too, which is harmless.
 */
final class PhraseKeeping {
    /** No limit on a phrase's width: a display line. */
    static final int UNLIMITED = Integer.MAX_VALUE;
    /** Not a text broken between phrases. */
    static final int STRICT = -1;

    /** Each suffix → the widest phrase kept whole, in half-width units (a full-width character is 2). */
    private final Map<String, Integer> suffixes = new HashMap<>();

    /** Adds the texts of every heading in {@code blocks}. */
    PhraseKeeping headings(List<Block> blocks) {
        Walk.forEachBlock(blocks, b -> {
            if (b instanceof Block.Heading h) inlines(h.inlines());
        });
        return this;
    }

    /**
     * Adds the texts of every table cell in {@code blocks}.
     *
     * @param textWidthEm the text block's width in ems of the body text
     */
    PhraseKeeping tables(List<Block> blocks, double textWidthEm) {
        Walk.forEachBlock(blocks, b -> {
            if (!(b instanceof Block.Table t)) return;
            // A column's share of the line, less about an em of cell padding and rules.
            int limit = Math.max(4, (int) Math.floor(2 * (textWidthEm / Math.max(1, t.aligns().size()) - 1)));
            for (List<Block.Row> rows : List.of(t.head(), t.body())) {
                for (Block.Row r : rows) for (Block.Cell c : r.cells()) add(c.inlines(), limit);
            }
        });
        return this;
    }

    /** Adds the texts of one display line. */
    PhraseKeeping inlines(List<Inline> inlines) {
        return add(inlines, UNLIMITED);
    }

    private PhraseKeeping add(List<Inline> inlines, int limit) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) add(t.text(), limit);
            else if (!(i instanceof Inline.Note)) add(Walk.childInlines(i), limit);
        }
        return this;
    }

    /** Length of the longest text added. */
    private int longest;

    private void add(String text, int limit) {
        String s = normalize(text);
        longest = Math.max(longest, s.length());
        for (int k = 0; k < s.length(); k = s.offsetByCodePoints(k, 1)) suffixes.merge(s.substring(k), limit, Math::max);
    }

    /**
     * How {@code text} (the rest of a text node) breaks: {@link #STRICT}, or between phrases, a
     * phrase wider than the returned number of half-width units also between characters ({@link
     * #UNLIMITED} for display lines).
     */
    int phraseLimit(String text) {
        if (suffixes.isEmpty() || text.length() > 2 * longest + 16) return STRICT; // the breaker asks for every run
        String s = normalize(text);
        return s.isEmpty() ? STRICT : suffixes.getOrDefault(s, STRICT);
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String normalize(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
