package dev.hanmoto.source;

import dev.hanmoto.ast.SourcePos;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * Text to be read, and for every char of it the file, line and column it came from. A source read as
 * it is maps onto itself; a source whose includes and variables were expanded before parsing
 * ({@link Preprocessor}) maps each included char into its own file and each generated char (a
 * variable's value, a code fence made for an imported file) onto the directive that made it, so a
 * problem the Markdown reader or a later stage finds is reported where the author can fix it.
 *
 * <p>Stored as segments sorted by their start in the text: a <em>copied</em> segment continues a run
 * of some original file's text, a <em>generated</em> one points every char at one position. Lookups
 * are a binary search over segments, then one over the original's line starts. Immutable.
 */
public final class SourceText {
    /** An original text: the file it is (null for the document's own file) and its line starts. */
    private record Origin(Path file, LineIndex lines) {}

    private final String text;
    private final int[] starts;
    private final Origin[] origins;
    /** Offset in the origin's text of a copied segment's first char; -1 for a generated segment. */
    private final int[] originStarts;
    private final SourcePos[] fixed;

    private SourceText(String text, int[] starts, Origin[] origins, int[] originStarts, SourcePos[] fixed) {
        this.text = text;
        this.starts = starts;
        this.origins = origins;
        this.originStarts = originStarts;
        this.fixed = fixed;
    }

    /** The document's own text, mapping onto itself. */
    public static SourceText of(String text) {
        return of(text, null);
    }

    /**
     * The text of a file, mapping onto itself.
     *
     * @param file the file to name in positions, or null for the document's own file
     */
    public static SourceText of(String text, Path file) {
        Objects.requireNonNull(text);
        return new SourceText(text, new int[] {0}, new Origin[] {new Origin(file, new LineIndex(text))},
                new int[] {0}, new SourcePos[] {null});
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    /** Where the char at {@code offset} came from (clamped into the text). */
    public SourcePos pos(int offset) {
        int off = Math.max(0, Math.min(offset, text.length()));
        int i = Arrays.binarySearch(starts, off);
        if (i < 0) i = -i - 2;
        // Several segments may start at one offset (an empty one before a generated one): take the last.
        while (i + 1 < starts.length && starts[i + 1] == off) i++;
        if (originStarts[i] < 0) return fixed[i];
        SourcePos p = origins[i].lines().pos(originStarts[i] + off - starts[i]);
        Path file = origins[i].file();
        return file == null ? p : new SourcePos(p.line(), p.col(), file);
    }

    /** A new text built from parts of others. */
    public static Builder builder() {
        return new Builder();
    }

    /** Appends copies of other texts' chars (with their origins) and generated text (with one position). */
    public static final class Builder {
        private final StringBuilder sb = new StringBuilder();
        private int[] starts = new int[8];
        private Origin[] origins = new Origin[8];
        private int[] originStarts = new int[8];
        private SourcePos[] fixed = new SourcePos[8];
        private int n;

        private Builder() {}

        /** The length built so far. */
        public int length() {
            return sb.length();
        }

        /** Appends {@code from}'s chars {@code [start, end)}, each keeping where it came from. */
        public Builder append(SourceText from, int start, int end) {
            if (start < 0 || end > from.text.length() || start > end) {
                throw new IndexOutOfBoundsException(start + ".." + end + " of " + from.text.length());
            }
            if (start == end) return this;
            int i = Arrays.binarySearch(from.starts, start);
            if (i < 0) i = -i - 2;
            while (i + 1 < from.starts.length && from.starts[i + 1] <= start) i++;
            int at = start;
            while (at < end) {
                int segEnd = i + 1 < from.starts.length ? Math.min(end, from.starts[i + 1]) : end;
                if (segEnd > at) {
                    if (from.originStarts[i] < 0) {
                        add(from.fixed[i], null, -1);
                    } else {
                        add(null, from.origins[i], from.originStarts[i] + at - from.starts[i]);
                    }
                    sb.append(from.text, at, segEnd);
                }
                at = segEnd;
                i++;
            }
            return this;
        }

        /** Appends the whole of {@code from}. */
        public Builder append(SourceText from) {
            return append(from, 0, from.length());
        }

        /** Appends text made here (a variable's value, a fence), every char of it placed at {@code at}. */
        public Builder generated(String text, SourcePos at) {
            if (text.isEmpty()) return this;
            add(Objects.requireNonNull(at), null, -1);
            sb.append(text);
            return this;
        }

        private void add(SourcePos pos, Origin origin, int originStart) {
            int start = sb.length();
            if (n > 0) {
                int last = n - 1;
                // Continue the previous segment when this one carries on where it stopped.
                boolean sameCopy = origin != null && origins[last] == origin
                        && originStarts[last] >= 0 && originStarts[last] + (start - starts[last]) == originStart;
                boolean sameFixed = origin == null && originStarts[last] < 0 && pos.equals(fixed[last]);
                if (sameCopy || sameFixed) return;
                if (starts[last] == start) n--; // an empty segment: replace it
            }
            if (n == starts.length) {
                int cap = n * 2;
                starts = Arrays.copyOf(starts, cap);
                origins = Arrays.copyOf(origins, cap);
                originStarts = Arrays.copyOf(originStarts, cap);
                fixed = Arrays.copyOf(fixed, cap);
            }
            starts[n] = start;
            origins[n] = origin;
            originStarts[n] = originStart;
            fixed[n] = pos;
            n++;
        }

        public SourceText build() {
            if (n == 0) return SourceText.of("");
            return new SourceText(sb.toString(), Arrays.copyOf(starts, n), Arrays.copyOf(origins, n),
                    Arrays.copyOf(originStarts, n), Arrays.copyOf(fixed, n));
        }
    }
}
