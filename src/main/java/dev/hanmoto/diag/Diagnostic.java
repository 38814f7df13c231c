package dev.hanmoto.diag;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One problem found in a source, theme or resource.
 *
 * @param severity how bad
 * @param code     stable kebab-case identifier (e.g. {@code front-matter-syntax}) for tests and filters
 * @param message  what is wrong and, where possible, what to do
 * @param file     the file it is in, or null if none applies
 * @param line     1-based line, 0 if unknown
 * @param col      1-based column, 0 if unknown
 */
public record Diagnostic(Severity severity, String code, String message, Path file, int line, int col) {
    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        Objects.requireNonNull(message);
    }

    public static Diagnostic error(String code, String message, Path file, int line, int col) {
        return new Diagnostic(Severity.ERROR, code, message, file, line, col);
    }

    public static Diagnostic warning(String code, String message, Path file, int line, int col) {
        return new Diagnostic(Severity.WARNING, code, message, file, line, col);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** GNU style: {@code file:line:col: severity: message}; position parts left out when unknown. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
                if (col > 0) sb.append(':').append(col);
            }
            sb.append(": ");
        } else {
            sb.append("hanmoto: ");
        }
        sb.append(severity.label()).append(": ").append(message);
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
