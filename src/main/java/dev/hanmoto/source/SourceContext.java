package dev.hanmoto.source;

import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/** The file being read, its line index and where diagnostics go; shared by the readers of one file. */
final class SourceContext {
    final Path file;
    final Diagnostics diags;
    final LineIndex lines;
    private final Set<String> once = new HashSet<>();

    SourceContext(Path file, Diagnostics diags, LineIndex lines) {
        this.file = file;
        this.diags = diags;
        this.lines = lines;
    }

    SourcePos pos(int offset) {
        return lines.pos(offset);
    }

    void warn(String code, String message, SourcePos at) {
        diags.report(Diagnostic.warning(code, message, file, at.line(), at.col()));
    }

    void error(String code, String message, SourcePos at) {
        diags.report(Diagnostic.error(code, message, file, at.line(), at.col()));
    }

    /** Warns only the first time {@code code} comes up in this file (for limits hit many times). */
    void warnOnce(String code, String message, SourcePos at) {
        if (once.add(code)) warn(code, message, at);
    }
}
