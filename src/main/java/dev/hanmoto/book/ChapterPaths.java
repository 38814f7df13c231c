package dev.hanmoto.book;

import dev.hanmoto.files.InsideFolder;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the chapter paths a listing names ({@code book.yaml}'s entries, a {@code SUMMARY.md}'s links):
 * relative, inside the listing's folder (also after symbolic links), an existing file, listed once.
 * Problems are errors at the entry, with codes {@code book-path-outside}, {@code book-type},
 * {@code book-chapter-missing} and {@code book-chapter-duplicate}.
 */
final class ChapterPaths {
    private final Path listing;
    private final Path dir;
    private final Diagnostics diags;
    private final Map<Path, SourcePos> seen = new HashMap<>();

    /** @param listing the listing file as given (diagnostics name it); chapters resolve against its folder */
    ChapterPaths(Path listing, Diagnostics diags) {
        this.listing = listing;
        this.dir = listing.toAbsolutePath().normalize().getParent();
        this.diags = diags;
    }

    /**
     * A link's path or fragment as written in Markdown, percent-decoded as a browser reads a URL
     * ({@code %20} is a space; {@code +} stays a plus); as written when it is not valid percent-encoding.
     */
    static String decode(String written) {
        if (!written.contains("%")) return written;
        try {
            return URLDecoder.decode(written.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return written;
        }
    }

    /** The listing's folder, absolute. */
    Path dir() {
        return dir;
    }

    /** The absolute, normalised path of {@code written}; empty (and reported) when it cannot be a chapter. */
    Optional<Path> resolve(String written, SourcePos at) {
        if (written.isEmpty()) {
            report("book-type", "empty chapter entry", at);
            return Optional.empty();
        }
        Path resolved;
        try {
            Path given = Path.of(written);
            if (given.isAbsolute() || written.startsWith("/") || written.contains("://")) {
                report("book-path-outside", "chapter path '" + written + "' must be relative to " + where(), at);
                return Optional.empty();
            }
            resolved = dir.resolve(given).normalize();
        } catch (InvalidPathException e) {
            report("book-type", "chapter path '" + written + "' is not a valid file name", at);
            return Optional.empty();
        }
        if (!InsideFolder.isInside(dir, resolved)) {
            report("book-path-outside", "chapter path '" + written + "' leaves " + where(), at);
            return Optional.empty();
        }
        if (!Files.isRegularFile(resolved)) {
            report("book-chapter-missing", "chapter file not found: " + written, at);
            return Optional.empty();
        }
        return Optional.of(resolved);
    }

    /** Whether {@code file} was listed before; reports the second listing. */
    boolean listedTwice(Path file, String written, SourcePos at) {
        SourcePos first = seen.putIfAbsent(file, at);
        if (first == null) return false;
        report("book-chapter-duplicate", "chapter '" + written + "' is listed twice; first at " + first, at);
        return true;
    }

    /** Whether {@code file} is listed already (without reporting). */
    boolean listed(Path file) {
        return seen.containsKey(file);
    }

    private String where() {
        String name = listing.getFileName() == null ? "" : listing.getFileName().toString();
        return name.equals(BookManifest.FILE_NAME) ? "the book folder" : "the folder of " + name;
    }

    private void report(String code, String message, SourcePos at) {
        diags.report(Diagnostic.error(code, message, listing, at.line(), at.col()));
    }
}
