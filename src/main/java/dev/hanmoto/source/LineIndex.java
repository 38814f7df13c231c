package dev.hanmoto.source;

import dev.hanmoto.ast.SourcePos;
import java.util.Arrays;

/**
 * Maps a char offset in a text to a 1-based line and column. Lines end at {@code \n}, {@code \r\n}
 * or a lone {@code \r}, as in CommonMark. Columns count UTF-16 chars (as Jackson and most editors'
 * problem matchers do), so a lookup is O(log lines) with no per-line scan.
 */
final class LineIndex {
    private final int[] starts;
    private final int length;

    LineIndex(CharSequence text) {
        int n = text.length();
        int[] s = new int[16];
        int count = 0;
        s[count++] = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'))) {
                if (count == s.length) s = Arrays.copyOf(s, s.length * 2);
                s[count++] = i + 1;
            }
        }
        this.starts = Arrays.copyOf(s, count);
        this.length = n;
    }

    /** The position of {@code offset} (clamped into the text). */
    SourcePos pos(int offset) {
        int off = Math.max(0, Math.min(offset, length));
        int i = Arrays.binarySearch(starts, off);
        if (i < 0) i = -i - 2;
        return new SourcePos(i + 1, off - starts[i] + 1);
    }
}
