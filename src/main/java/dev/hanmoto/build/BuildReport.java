package dev.hanmoto.build;

import dev.hanmoto.diag.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What a build did.
 *
 * @param diagnostics every diagnostic, in source order per document
 * @param written     files moved into place
 * @param documents   documents attempted
 * @param failed      documents that produced no output because of errors
 */
public record BuildReport(List<Diagnostic> diagnostics, List<Path> written, int documents, int failed) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
        written = List.copyOf(written);
    }

    public boolean hasErrors() {
        return failed > 0 || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean hasWarnings() {
        return diagnostics.stream().anyMatch(d -> d.severity() == dev.hanmoto.diag.Severity.WARNING);
    }
}
