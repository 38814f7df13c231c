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
public record BuildReport(List<Diagnostic> diagnostics, List<Path> written, int documents, int failed, List<Outcome> outcomes) {
    public BuildReport {
        diagnostics = List.copyOf(diagnostics);
        written = List.copyOf(written);
        outcomes = List.copyOf(outcomes);
    }

    /** A report without per-document outcomes. */
    public BuildReport(List<Diagnostic> diagnostics, List<Path> written, int documents, int failed) {
        this(diagnostics, written, documents, failed, List.of());
    }

    /** What happened to one document. */
    public enum Status {
        /** Built from its sources, outputs moved into place. */
        BUILT,
        /** Its outputs in out/ were those of its inputs already: nothing done. */
        CURRENT,
        /** Its inputs were known to the cache; missing or changed outputs were put back from it. */
        RESTORED,
        /** Errors: nothing written. */
        FAILED;

        /** The word in a manifest: {@code built}, {@code current}, {@code restored}, {@code failed}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One document's outcome.
     *
     * @param source      the input (a Markdown file or a book folder)
     * @param status      what was done
     * @param outputs     its files in out/ (none when it failed)
     * @param key         its content key in the build cache (see {@code BuildCache}), null when not recorded
     * @param diagnostics what was reported for it
     */
    public record Outcome(Path source, Status status, List<Path> outputs, String key, List<Diagnostic> diagnostics) {
        public Outcome {
            outputs = List.copyOf(outputs);
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** How many documents were skipped or restored because their outputs were current. */
    public long upToDate() {
        return outcomes.stream().filter(o -> o.status() == Status.CURRENT || o.status() == Status.RESTORED).count();
    }

    public boolean hasErrors() {
        return failed > 0 || diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public boolean hasWarnings() {
        return diagnostics.stream().anyMatch(d -> d.severity() == dev.hanmoto.diag.Severity.WARNING);
    }
}
