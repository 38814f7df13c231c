package dev.hanmoto.diag;

import java.util.Locale;

/** How bad a diagnostic is. Errors fail the build; warnings fail it only under {@code --strict}. */
public enum Severity {
    ERROR, WARNING, NOTE;

    /** The word printed in {@code file:line:col: <word>: message}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
