package dev.hanmoto.diag;

import java.util.List;

/**
 * A failure caused by the user's input (source, theme, command line), carrying its diagnostics. The
 * CLI prints them and exits 1; it never prints this exception's stack trace unless {@code --debug}.
 */
public final class UserError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    public UserError(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "error" : diagnostics.get(0).format());
        this.diagnostics = List.copyOf(diagnostics);
    }

    public UserError(Diagnostic d) {
        this(List.of(d));
    }

    public UserError(Diagnostic d, Throwable cause) {
        super(d.format(), cause);
        this.diagnostics = List.of(d);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
