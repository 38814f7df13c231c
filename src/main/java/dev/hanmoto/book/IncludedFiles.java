package dev.hanmoto.book;

import dev.hanmoto.files.InsideFolder;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.source.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files a book's chapters pull in ({@code {{#include}}}, {@code [import](…)}, {@code {% include %}}):
 * resolved against the file that names them, kept inside the book folder (also through symbolic
 * links), read once per book however often they are included, as strict UTF-8 (problems reported in
 * the included file). Every refusal is an error at the directive: a path that is absolute, remote,
 * leaves the book folder or names no file, and a file that is already being included further up
 * (a cycle) or more than {@value #MAX_DEPTH} includes deep.
 */
final class IncludedFiles {
    /** Includes nested deeper than this are refused (mdBook stops at the same depth). */
    static final int MAX_DEPTH = 10;

    private final Path bookDir;
    private final Map<Path, Optional<SourceText>> cache = new ConcurrentHashMap<>();

    /** @param bookDir includes must stay inside this folder */
    IncludedFiles(Path bookDir) {
        this.bookDir = bookDir.toAbsolutePath().normalize();
    }

    /** A file to include: as messages name it, its absolute path, and its text mapping into it. */
    record Included(Path shown, Path abs, SourceText text) {}

    /**
     * Resolves and reads {@code written}, named at {@code at} in {@code including}.
     *
     * @param including the file holding the directive, as messages name it
     * @param chain     the files being included right now, outermost first (for cycles and depth)
     * @return the file, or empty when refused (reported)
     */
    Optional<Included> open(String written, Path including, SourcePos at, String directive, List<Path> chain, Diagnostics diags) {
        return open(written, including.getParent(), including, at, directive, chain, diags);
    }

    /**
     * As above, {@code written} resolved against the folder {@code base} (as messages name it) rather
     * than the including file's (GitBook resolves {@code {% include "/x.md" %}} against the book's root).
     */
    Optional<Included> open(String written, Path base, Path including, SourcePos at, String directive, List<Path> chain,
                            Diagnostics diags) {
        Path reportIn = at.fileOr(including);
        String w = written.strip();
        if (w.isEmpty()) {
            error(diags, reportIn, at, directive + " names no file");
            return Optional.empty();
        }
        if (w.contains("://") || w.startsWith("//")) {
            error(diags, reportIn, at, directive + " of '" + w + "': remote files are never fetched; copy it into the book folder");
            return Optional.empty();
        }
        Path shown;
        Path abs;
        try {
            Path given = Path.of(w);
            if (given.isAbsolute() || w.startsWith("/")) {
                error(diags, reportIn, at, directive + " of '" + w + "': the path must be relative to " + name(including));
                return Optional.empty();
            }
            shown = (base == null ? given : base.resolve(given)).normalize();
            abs = shown.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            error(diags, reportIn, at, directive + " of '" + w + "': not a valid file name");
            return Optional.empty();
        }
        if (!InsideFolder.isInside(bookDir, abs)) {
            error(diags, reportIn, at, directive + " of '" + w + "' reaches outside the book folder " + bookDir.getFileName()
                    + "; copy the file into the book");
            return Optional.empty();
        }
        if (!Files.isRegularFile(abs)) {
            error(diags, reportIn, at, directive + " of '" + w + "': " + (Files.isDirectory(abs) ? "is a folder, not a file" : "no such file"));
            return Optional.empty();
        }
        if (chain.contains(abs)) {
            List<String> names = new ArrayList<>();
            boolean on = false;
            for (Path c : chain) {
                if (c.equals(abs)) on = true;
                if (on) names.add(String.valueOf(c.getFileName()));
            }
            names.add(String.valueOf(abs.getFileName()));
            error(diags, reportIn, at, directive + " of '" + w + "' is a cycle: " + String.join(" → ", names));
            return Optional.empty();
        }
        if (chain.size() > MAX_DEPTH) {
            error(diags, reportIn, at, directive + " of '" + w + "': includes nested more than " + MAX_DEPTH + " deep");
            return Optional.empty();
        }
        Optional<SourceText> text = cache.computeIfAbsent(abs, k -> read(shown, diags));
        return text.map(t -> new Included(shown, abs, t));
    }

    private static Optional<SourceText> read(Path shown, Diagnostics diags) {
        try {
            return Optional.of(SourceText.of(SourceReader.readText(shown, diags), shown));
        } catch (UserError e) {
            diags.reportAll(e.diagnostics());
            return Optional.empty();
        }
    }


    private static String name(Path p) {
        return p.getFileName() == null ? "the chapter" : p.getFileName().toString();
    }

    private static void error(Diagnostics diags, Path file, SourcePos at, String message) {
        diags.report(Diagnostic.error("book-include", message, file, at.line(), at.col()));
    }

    // ---- lines ----

    /**
     * The lines of a text as {@code [start, end)} offsets without their line end; a final line end
     * adds no empty line (Rust's {@code str::lines}, which mdBook's ranges count).
     */
    static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            out.add(new int[] {start, end});
            start = end + 1;
        }
        return out;
    }

    /** Appends lines {@code [from, to)} of {@code text} to {@code out}, joined by {@code \n} (none after the last). */
    static void appendLines(SourceText.Builder out, SourceText text, List<int[]> lines, int from, int to) {
        for (int i = from; i < to; i++) {
            int[] l = lines.get(i);
            out.append(text, l[0], l[1]);
            if (i + 1 < to) out.append(text, l[1], l[1] + 1);
        }
    }
}
