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

/** Documents as the build reads them: the real source reader, the standard transforms, the book loader. */
public final class TestDocuments {
    private TestDocuments() {}

    /** The repository (surefire runs in it): the installation with its content/, themes/ and fonts/. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    /** Where {@link #markdown} writes its files (relative, as a user's paths are in diagnostics). */
    public static final Path FOLDER = Path.of("target/test-documents");

    /** A source file through the real reader and the standard transforms; an error in it fails the test. */
    public static Document read(Path file) {
        Diagnostics diags = new Diagnostics();
        Document d = Transforms.standard().apply(SourceReader.read(file, diags));
        diags.throwIfErrors();
        return d;
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
        Diagnostics diags = new Diagnostics();
        Document book = new BookLoader(REPO).load(dir, diags);
        diags.throwIfErrors();
        return book;
    }

    /** The sample article, content/technical-operations-manager.md. */
    public static Document sample() {
        return read(REPO.resolve("content/technical-operations-manager.md"));
    }

    /** The guide, content/guide (a book). */
    public static Document guide() {
        return book(REPO.resolve("content/guide"));
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
