package dev.hanmoto.render.card;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.BreakIterator;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.render.emoji.EmojiArtwork;
import dev.hanmoto.text.BreakIterators;
import dev.hanmoto.text.JlreqClass;
import dev.hanmoto.text.Kinsoku;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fits a title into the card's title box: the largest whole-pixel size from {@code maxSize} down to
 * {@code minSize} at which the title takes at most {@code maxLines} lines, no line wider than the box
 * and the lines no taller than it. Pure: measures with the font's advance widths, draws nothing.
 *
 * <p>Lines break at phrase boundaries in the document's language ({@link BreakIterators#phraseLine()}:
 * 文節 for Japanese), so a katakana compound such as テクニカルオペレーション is never cut. A smaller size
 * with phrase breaks only is preferred to a larger one that needs to cut a phrase. Only when a single
 * phrase is wider than the box even at {@code minSize} is it cut: first at word boundaries that are
 * also strict line-break opportunities (ICU dictionary words: テクニカル / オペレーション), then at any
 * strict opportunity ({@link BreakIterators#strictLine()}), then — for a single word longer than the
 * box, such as a URL — between grapheme clusters. Every level keeps kinsoku (JLREQ 3.1.7/3.1.8, the
 * sets of {@link Kinsoku}, which the PDF uses too): no line starts with a closing bracket, 、。, ー, 々
 * or a small kana, none ends with an opening bracket. Among layouts with the same line count the
 * narrowest is taken, so lines come out balanced rather than one long line and a short last one (like
 * CSS {@code text-wrap: balance}).
 *
 * <p>If even {@code minSize} does not fit, the title is cut at a phrase boundary and ends with an
 * ellipsis ({@link Fitted#truncated()}); {@link Fitted#truncationWarning} words the warning.
 *
 * <p>Emoji with artwork count 1 em wide (the renderer draws them as 1 em squares). Trailing spaces
 * at a line end do not count. Instances are immutable and thread-safe.
 */
public final class TitleFitter {
    static final String ELLIPSIS = "…";
    private static final double EPS = 1e-6;

    /**
     * The title box and the size range.
     *
     * @param width      box width in px
     * @param height     box height in px
     * @param maxLines   line limit (≥ 1)
     * @param maxSize    largest font size in px
     * @param minSize    smallest font size in px (≥ 1, ≤ maxSize)
     * @param lineHeight line height as a multiple of the font size (CSS {@code line-height}, e.g. 1.3)
     */
    public record Box(double width, double height, int maxLines, int maxSize, int minSize, double lineHeight) {
        public Box {
            if (maxLines < 1) throw new IllegalArgumentException("maxLines < 1");
            if (minSize < 1 || minSize > maxSize) throw new IllegalArgumentException("need 1 <= minSize <= maxSize");
            if (lineHeight <= 0) throw new IllegalArgumentException("lineHeight <= 0");
            if (width < 2 * minSize || height < minSize * lineHeight) {
                throw new IllegalArgumentException("title box " + width + "x" + height + " too small for " + minSize + "px");
            }
        }
    }

    /**
     * A fitted title.
     *
     * @param lines      the lines as drawn, already broken; the renderer must not wrap them again
     * @param fontSize   font size in px
     * @param lineHeight line height in px
     * @param lineWidths width of each line in px (trailing spaces excluded)
     * @param truncated  whether the title was cut and ends with an ellipsis
     * @param cutPhrase  whether some phrase had to be cut because it was wider than the box
     */
    public record Fitted(List<String> lines, int fontSize, double lineHeight, List<Double> lineWidths,
                         boolean truncated, boolean cutPhrase) {
        public Fitted {
            lines = List.copyOf(lines);
            lineWidths = List.copyOf(lineWidths);
        }

        /** Height of the block of lines in px. */
        public double blockHeight() {
            return lines.size() * lineHeight;
        }

        /** Width of the widest line in px. */
        public double maxLineWidth() {
            return lineWidths.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        /** The warning to report when the title was truncated, naming the document. */
        public Optional<Diagnostic> truncationWarning(Path document, String title) {
            if (!truncated) return Optional.empty();
            return Optional.of(Diagnostic.warning("card-title-truncated",
                    "card title does not fit in " + lines.size() + " lines even at " + fontSize
                            + "px; shortened to '" + String.join("", lines).strip() + "' (full title: "
                            // A pasted-in essay as a title must not become a 100 KB diagnostic line.
                            + (title.length() <= 200 ? "'" + title + "'" : title.length() + " characters") + ")",
                    document, 0, 0));
        }
    }

    /** A run between two break opportunities; widths in em. */
    private record Piece(String text, double width, double trailing, int depth) {}

    private record Layout(List<List<Piece>> lines, int splits, boolean overflow) {}

    private final TrueTypeMetrics font;
    private final EmojiArtwork emoji;

    public TitleFitter(TrueTypeMetrics font, EmojiArtwork emoji) {
        this.font = Objects.requireNonNull(font);
        this.emoji = Objects.requireNonNull(emoji);
    }

    /**
     * Fits {@code title} (whitespace runs collapse to one space) into {@code box}.
     *
     * @param language the document's language (BCP 47, its {@code lang}), which chooses the line breaking
     */
    public Fitted fit(String title, String language, Box box) {
        String text = title.strip().replaceAll("\\s+", " ");
        BreakIterators breaks = BreakIterators.forLanguage(language);
        List<Piece> pieces = pieces(text, breaks.phraseLine(), 0);
        for (boolean allowSplit : new boolean[] {false, true}) {
            for (int size = box.maxSize(); size >= box.minSize(); size--) {
                Layout l = layout(pieces, box.width() / size, allowSplit, breaks);
                if (l != null && fits(l, size, box)) return balance(pieces, l, size, box, allowSplit, breaks);
            }
        }
        return truncate(pieces, box, breaks);
    }

    /** Width of a text in em at this font: emoji 1 em, marks and format characters the font lacks 0. */
    public double width(CharSequence s) {
        double w = 0;
        int i = 0;
        while (i < s.length()) {
            var m = emoji.match(s, i);
            if (m.isPresent()) {
                w += 1;
                i = m.get().end();
                continue;
            }
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (!font.has(cp) && isZeroWidth(cp)) continue;
            w += font.advance(cp);
        }
        return w;
    }

    private static boolean isZeroWidth(int cp) {
        int t = UCharacter.getType(cp);
        return t == UCharacterCategory.NON_SPACING_MARK || t == UCharacterCategory.ENCLOSING_MARK
                || t == UCharacterCategory.FORMAT || (cp >= 0xFE00 && cp <= 0xFE0F);
    }

    private boolean fits(Layout l, int size, Box box) {
        int n = l.lines().size();
        return !l.overflow() && n <= box.maxLines() && n * size * box.lineHeight() <= box.height() + EPS;
    }

    /** Same line count, narrowest width: lines of even length instead of a long one and a widow. */
    private Fitted balance(List<Piece> pieces, Layout best, int size, Box box, boolean allowSplit, BreakIterators breaks) {
        int n = best.lines().size();
        if (n > 1) {
            double lo = 0, hi = box.width() / size;
            for (int k = 0; k < 24; k++) {
                double mid = (lo + hi) / 2;
                Layout l = layout(pieces, mid, allowSplit, breaks);
                if (l != null && !l.overflow() && l.lines().size() <= n && l.splits() <= best.splits()) {
                    hi = mid;
                    best = l;
                } else {
                    lo = mid;
                }
            }
        }
        return result(best, size, box, false);
    }

    private Fitted result(Layout l, int size, Box box, boolean truncated) {
        List<String> lines = new ArrayList<>();
        List<Double> widths = new ArrayList<>();
        for (List<Piece> line : l.lines()) {
            StringBuilder sb = new StringBuilder();
            line.forEach(p -> sb.append(p.text()));
            lines.add(sb.toString().stripTrailing());
            widths.add(lineWidth(line) * size);
        }
        return new Fitted(lines, size, size * box.lineHeight(), widths, truncated, l.splits() > 0);
    }

    private Fitted truncate(List<Piece> pieces, Box box, BreakIterators breaks) {
        int size = box.minSize();
        double maxW = box.width() / size;
        Layout all = layout(pieces, maxW, true, breaks);
        int keep = Math.max(1, Math.min(box.maxLines(), (int) Math.floor(box.height() / (size * box.lineHeight()) + EPS)));
        List<List<Piece>> lines = new ArrayList<>(all.lines().subList(0, Math.min(keep, all.lines().size())));
        List<Piece> last = new ArrayList<>(lines.get(lines.size() - 1));
        double ell = width(ELLIPSIS);
        List<Piece> original = List.copyOf(last);
        while (!last.isEmpty() && lineWidth(last) + ell > maxW + EPS) last.remove(last.size() - 1);
        String head;
        if (last.isEmpty()) {
            // One piece filled the line: cut it between grapheme clusters.
            String t = original.get(0).text();
            int end = t.length();
            BreakIterator g = BreakIterators.graphemes();
            g.setText(t);
            while (end > 0 && width(t.substring(0, end)) + ell > maxW + EPS) end = g.preceding(end);
            head = t.substring(0, end);
        } else {
            StringBuilder sb = new StringBuilder();
            last.forEach(p -> sb.append(p.text()));
            head = sb.toString();
        }
        head = trimForEllipsis(head);
        String withEllipsis = head + ELLIPSIS;
        lines.set(lines.size() - 1, List.of(new Piece(withEllipsis, width(withEllipsis), 0, 0)));
        return result(new Layout(lines, all.splits(), false), size, box, true);
    }

    /** Drops trailing spaces, commas, full stops, middle dots and opening brackets so the ellipsis follows a word. */
    private static String trimForEllipsis(String s) {
        int end = s.length();
        while (end > 0) {
            int cp = s.codePointBefore(end);
            if (Character.isWhitespace(cp) || JlreqClass.COMMAS.contains(cp) || JlreqClass.FULL_STOPS.contains(cp)
                    || JlreqClass.MIDDLE_DOTS.contains(cp) || Kinsoku.mayNotEndLine(cp)) {
                end -= Character.charCount(cp);
            } else {
                break;
            }
        }
        return s.substring(0, end);
    }

    /**
     * Greedy line filling at width {@code maxW} em. A piece wider than a whole line is split (when
     * allowed) at the next gentler-to-harsher level; returns null when a split would be needed but is
     * not allowed.
     */
    private Layout layout(List<Piece> pieces, double maxW, boolean allowSplit, BreakIterators breaks) {
        Deque<Piece> queue = new ArrayDeque<>(pieces);
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> cur = new ArrayList<>();
        double curW = 0;
        int splits = 0;
        boolean overflow = false;
        while (!queue.isEmpty()) {
            Piece p = queue.pollFirst();
            double needed = cur.isEmpty() ? p.width() : curW + p.width();
            if (needed <= maxW + EPS) {
                cur.add(p);
                curW = needed + p.trailing();
                continue;
            }
            if (!cur.isEmpty()) {
                lines.add(cur);
                cur = new ArrayList<>();
                curW = 0;
                queue.addFirst(p);
                continue;
            }
            if (!allowSplit) return null;
            List<Piece> parts = split(p, breaks);
            splits++;
            if (parts.size() <= 1) {
                overflow = true;
                cur.add(p);
                curW = p.width() + p.trailing();
                continue;
            }
            for (int k = parts.size() - 1; k >= 0; k--) queue.addFirst(parts.get(k));
        }
        if (!cur.isEmpty()) lines.add(cur);
        return new Layout(lines, splits, overflow);
    }

    private static double lineWidth(List<Piece> line) {
        double w = 0;
        for (int k = 0; k < line.size(); k++) {
            w += line.get(k).width();
            if (k < line.size() - 1) w += line.get(k).trailing();
        }
        return w;
    }

    /** Cuts a piece at the next level: 1 = words ∩ strict, 2 = strict, 3 = grapheme clusters. */
    private List<Piece> split(Piece p, BreakIterators breaks) {
        for (int depth = p.depth() + 1; depth <= 3; depth++) {
            List<Piece> parts = switch (depth) {
                case 1 -> wordPieces(p.text(), breaks);
                case 2 -> pieces(p.text(), breaks.strictLine(), 2);
                default -> graphemePieces(p.text());
            };
            if (parts.size() > 1) return parts;
        }
        return List.of(p);
    }

    /** The pieces between the breaks of {@code bi} (a fresh iterator). */
    private List<Piece> pieces(String text, BreakIterator bi, int depth) {
        bi.setText(text);
        List<Piece> out = new ArrayList<>();
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            out.add(piece(text.substring(start, end), depth));
        }
        return out;
    }

    /** Strict line-break opportunities that are also dictionary word boundaries. */
    private List<Piece> wordPieces(String text, BreakIterators breaks) {
        BreakIterator strict = breaks.strictLine();
        strict.setText(text);
        BreakIterator words = breaks.words();
        words.setText(text);
        List<Piece> out = new ArrayList<>();
        int start = 0;
        for (int end = strict.following(0); end != BreakIterator.DONE; end = strict.next()) {
            if (end == text.length() || words.isBoundary(end)) {
                out.add(piece(text.substring(start, end), 1));
                start = end;
            }
        }
        return out;
    }

    /** Grapheme clusters, never putting a no-start character at a line start or a no-end one at an end. */
    private List<Piece> graphemePieces(String text) {
        BreakIterator g = BreakIterators.graphemes();
        g.setText(text);
        List<Piece> out = new ArrayList<>();
        int start = 0;
        for (int end = g.following(0); end != BreakIterator.DONE; end = g.next()) {
            boolean last = end == text.length();
            if (!last && (Kinsoku.mayNotStartLine(text.codePointAt(end)) || Kinsoku.mayNotEndLine(text.codePointBefore(end)))) continue;
            out.add(piece(text.substring(start, end), 3));
            start = end;
        }
        return out;
    }

    private Piece piece(String s, int depth) {
        int cut = s.length();
        while (cut > 0 && Character.isWhitespace(s.charAt(cut - 1))) cut--;
        return new Piece(s, width(s.substring(0, cut)), width(s.substring(cut)), depth);
    }
}
