package dev.hanmoto.testkit;

import dev.hanmoto.ast.Document;
import dev.hanmoto.book.BookLoader;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.transform.Transforms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Documents as the build reads them: the real source reader, the standard transforms, the book loader.
 * (A build also checks images and formulas between reader and transforms, see {@code build.Inputs}.)
 * The short forms fail the test on an error in the source; the forms taking {@link Diagnostics} leave
 * judging to the test.
 */
public final class TestDocuments {
    private TestDocuments() {}

    /** The repository (surefire runs in it): the installation with its content/, themes/ and fonts/. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    /** Where {@link #markdown} writes its files (relative, as a user's paths are in diagnostics). */
    public static final Path FOLDER = Path.of("target/test-documents");

    /** The sample article: Japanese, JSON front matter, tables, emoji, raw HTML. */
    public static final Path SEED = REPO.resolve("content/technical-operations-manager.md");

    /** The guide: a book of parts, chapters, appendices and figures. */
    public static final Path GUIDE = REPO.resolve("content/guide");

    private static Document sample;

    /** A source file through the real reader and the standard transforms; an error in it fails the test. */
    public static Document read(Path file) {
        return failingOnErrors(diags -> read(file, diags));
    }

    /** A source file through the real reader and the standard transforms; its problems go to {@code diags}. */
    public static Document read(Path file, Diagnostics diags) {
        return Transforms.standard().apply(SourceReader.read(file, diags));
    }

    /**
     * Markdown text (front matter and all) written as {@code FOLDER/<name>.md} and read as the build
     * reads it; {@code name} may hold a folder, where the document's images can be put ({@link #file}).
     */
    public static Document markdown(String name, String text) {
        Path file = file(name + ".md");
        write(file, text);
        return read(file);
    }

    /**
     * Markdown text read as the build reads it, as if it were {@code file} (which need not exist):
     * images and links are relative to its folder, diagnostics name it and go to {@code diags}.
     */
    public static Document markdownAs(Path file, String text, Diagnostics diags) {
        return Transforms.standard().apply(SourceReader.read(text.getBytes(StandardCharsets.UTF_8), file, diags));
    }

    /** Markdown text as the reader gives it, before any transform (for testing one transform alone). */
    public static Document untransformed(String text) {
        return SourceReader.read(text.getBytes(StandardCharsets.UTF_8), Path.of("t.md"), new Diagnostics());
    }

    /** A file beside the {@link #markdown} documents, its folder made. */
    public static Path file(String relative) {
        Path file = FOLDER.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /** A book folder (with book.yaml) through the book loader; an error in it fails the test. */
    public static Document book(Path dir) {
        return failingOnErrors(diags -> book(dir, diags));
    }

    /** A book folder (or its manifest) through the book loader; its problems go to {@code diags}. */
    public static Document book(Path dir, Diagnostics diags) {
        return new BookLoader(REPO).load(dir, diags);
    }

    /** The sample article, content/technical-operations-manager.md, read once per test run. */
    public static synchronized Document sample() {
        if (sample == null) sample = read(SEED);
        return sample;
    }

    /** The guide, content/guide (a book). */
    public static Document guide() {
        return book(GUIDE);
    }

    /** What {@code reading} gives, if it reported no error (else the errors are thrown as a {@code UserError}). */
    private static Document failingOnErrors(Function<Diagnostics, Document> reading) {
        Diagnostics diags = new Diagnostics();
        Document d = reading.apply(diags);
        diags.throwIfErrors();
        return d;
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
