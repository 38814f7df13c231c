package dev.hanmoto.source;

import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The file being read, where each char of its text came from, and where diagnostics go; shared by the
 * readers of one file. A position in an included file names that file (see {@link SourceText}).
 */
final class SourceContext {
    final Path file;
    final Diagnostics diags;
    final SourceText source;
    private final Set<String> once = new HashSet<>();
    /** Warnings reported per code; beyond {@link #MAX_PER_CODE} they are only counted. */
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    /** At most this many warnings of one code are reported per file (a pasted web page can have thousands). */
    static final int MAX_PER_CODE = 50;

    SourceContext(Path file, Diagnostics diags, SourceText source) {
        this.file = file;
        this.diags = diags;
        this.source = source;
    }

    SourcePos pos(int offset) {
        return source.pos(offset);
    }

    void warn(String code, String message, SourcePos at) {
        int n = counts.merge(code, 1, Integer::sum);
        if (n <= MAX_PER_CODE) diags.report(Diagnostic.warning(code, message, at.fileOr(file), at.line(), at.col()));
    }

    /** Reports how many warnings were held back, one line per code. */
    void finish() {
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int hidden = e.getValue() - MAX_PER_CODE;
            if (hidden > 0) {
                diags.report(Diagnostic.warning(e.getKey(), hidden + " more " + e.getKey()
                        + " warnings in this file not shown", file, 0, 0));
            }
        }
        counts.clear();
    }

    void error(String code, String message, SourcePos at) {
        diags.report(Diagnostic.error(code, message, at.fileOr(file), at.line(), at.col()));
    }

    /** Warns only the first time {@code code} comes up in this file (for limits hit many times). */
    void warnOnce(String code, String message, SourcePos at) {
        if (once.add(code)) warn(code, message, at);
    }
}
