package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import com.ibm.icu.text.BreakIterator;
import dev.hanmoto.text.BreakIterators;
import dev.hanmoto.text.Script;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

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
    /** The suffixes of the display texts. */
    private final Set<String> display = new HashSet<>();
    /** The suffixes of the table cells' texts → their breaks. */
    private final Map<String, CellBreaks> cells = new HashMap<>();

    /** A cell text's breaks, worked out on the whole text; {@code from} is where a suffix starts in it. */
    private record CellBreaks(int[] breaks, int from) {
        int[] relative() {
            return Arrays.stream(breaks).filter(k -> k > from).map(k -> k - from).toArray();
        }
    }

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
     * @param lang        the document language (BCP 47)
     */
    PhraseKeeping tables(List<Block> blocks, double textWidthEm, String lang) {
        BreakIterators iterators = BreakIterators.forLanguage(lang);
        Walk.forEachBlock(blocks, b -> {
            if (!(b instanceof Block.Table t)) return;
            // A column's share of the line, less about an em of cell padding and rules.
            int limit = Math.max(4, (int) Math.floor(2 * (textWidthEm / Math.max(1, t.aligns().size()) - 1)));
            for (List<Block.Row> rows : List.of(t.head(), t.body())) {
                for (Block.Row r : rows) {
                    for (Block.Cell c : r.cells()) texts(c.inlines(), text -> addCell(text, limit, iterators));
                }
            }
        });
        return this;
    }

    /** Adds the texts of one display line. */
    PhraseKeeping inlines(List<Inline> inlines) {
        texts(inlines, text -> {
            String s = normalize(text);
            longest = Math.max(longest, s.length());
            for (int k = 0; k < s.length(); k = s.offsetByCodePoints(k, 1)) display.add(s.substring(k));
        });
        return this;
    }

    private static void texts(List<Inline> inlines, Consumer<String> each) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) each.accept(t.text());
            else if (!(i instanceof Inline.Note)) texts(Walk.childInlines(i), each);
        }
    }

    /** Length of the longest text added. */
    private int longest;

    /**
     * A cell text's breaks: between phrases, and inside a phrase wider than {@code limit} half-width
     * units (a full-width character 2) between characters too, worked out on the whole text so that
     * the rest of a long phrase after a break still breaks.
     */
    private void addCell(String text, int limit, BreakIterators iterators) {
        String s = normalize(text);
        if (s.isEmpty() || cells.containsKey(s)) return;
        longest = Math.max(longest, s.length());
        BreakIterator phrase = iterators.phraseLine(), strict = iterators.strictLine();
        phrase.setText(s);
        strict.setText(s);
        List<Integer> out = new ArrayList<>();
        int start = 0;
        for (int k = phrase.next(); k != BreakIterator.DONE; start = k, k = phrase.next()) {
            if (halfWidths(s, start, k) > limit) {
                for (int b = strict.following(start); b != BreakIterator.DONE && b < k; b = strict.next()) out.add(b);
            }
            out.add(k);
        }
        int[] breaks = out.stream().mapToInt(Integer::intValue).toArray();
        for (int k = 0; k < s.length(); k = s.offsetByCodePoints(k, 1)) {
            String suffix = s.substring(k).stripLeading();
            if (!suffix.isEmpty()) cells.putIfAbsent(suffix, new CellBreaks(breaks, s.length() - suffix.length()));
        }
    }

    /** Width of {@code s[from, to)} in half-width units, trailing spaces not counted. */
    private static int halfWidths(String s, int from, int to) {
        int end = from + s.substring(from, to).stripTrailing().length();
        int w = 0;
        for (int k = from; k < end; k = s.offsetByCodePoints(k, 1)) w += Script.isFullWidth(s.codePointAt(k)) ? 2 : 1;
        return w;
    }

    /** True if {@code text} (the rest of a text node) belongs to a display line. */
    boolean isDisplay(String text) {
        if (display.isEmpty() || text.length() > 2 * longest + 16) return false; // the breaker asks for every run
        String s = normalize(text);
        return !s.isEmpty() && display.contains(s);
    }

    /**
     * The breaks of {@code text} (the rest of a text node) if it is a table cell's, as offsets into
     * {@code text}; empty for any other text.
     */
    Optional<int[]> cellBreaks(String text) {
        if (cells.isEmpty() || text.length() > 2 * longest + 16) return Optional.empty();
        String s = normalize(text);
        CellBreaks b = s.isEmpty() ? null : cells.get(s);
        if (b == null) return Optional.empty();
        int lead = text.length() - text.stripLeading().length();
        return Optional.of(Arrays.stream(b.relative()).map(k -> Math.min(text.length(), k + lead)).toArray());
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String normalize(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }
}
