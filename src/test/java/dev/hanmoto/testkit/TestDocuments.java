package dev.hanmoto.testkit;

import dev.hanmoto.ast.Document;
import dev.hanmoto.book.BookLoader;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.transform.Transforms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Documents for tests: bytes through the real {@link SourceReader} (front matter, Markdown, raw HTML) and
 * then {@link Transforms#standard()}, unless a test wants the reader's tree alone; books through the real
 * {@link BookLoader}. (A build also checks images and formulas between the two, see
 * {@code build.Inputs}.) Problems a source has go to the {@link Diagnostics} given; the short forms fail
 * on errors.
 */
public final class TestDocuments {
    /** The sample article: a Japanese job description with JSON front matter, tables, emoji and raw HTML. */
    public static final Path SEED = TestThemes.REPO.resolve("content/technical-operations-manager.md");
    /** The user guide, a book of parts, chapters, appendices and figures. */
    public static final Path GUIDE = TestThemes.REPO.resolve("content/guide");

    private static Document seed;

    private TestDocuments() {}

    /** The sample article, read and transformed once per test run. */
    public static synchronized Document seed() {
        if (seed == null) seed = read(SEED);
        return seed;
    }

    /** A source file, read and transformed; fails on errors. */
    public static Document read(Path file) {
        Diagnostics diags = new Diagnostics();
        Document d = read(file, diags);
        diags.throwIfErrors();
        return d;
    }

    /** A source file, read and transformed; its problems go to {@code diags}. */
    public static Document read(Path file, Diagnostics diags) {
        return Transforms.standard().apply(SourceReader.read(file, diags));
    }

    /** A book folder (or its manifest) assembled by the book loader, each chapter read as an article. */
    public static Document book(Path dir, Diagnostics diags) {
        return new BookLoader(TestThemes.REPO).load(dir, diags);
    }

    /** Markdown text (front matter allowed), read and transformed as a file {@code t.md}; fails on errors. */
    public static Document markdown(String text) {
        Diagnostics diags = new Diagnostics();
        Document d = markdown(text, Path.of("t.md"), diags);
        diags.throwIfErrors();
        return d;
    }

    /**
     * Markdown text read and transformed as if it were {@code file}: images and links are relative to
     * its folder, and diagnostics name it. The file need not exist.
     */
    public static Document markdown(String text, Path file, Diagnostics diags) {
        return Transforms.standard().apply(untransformed(text, file, diags));
    }

    /** Markdown text as the reader gives it, before any transform (for testing one transform alone). */
    public static Document untransformed(String text) {
        return untransformed(text, Path.of("t.md"), new Diagnostics());
    }

    /** Markdown text as the reader gives it for {@code file}, before any transform. */
    public static Document untransformed(String text, Path file, Diagnostics diags) {
        return SourceReader.read(text.getBytes(StandardCharsets.UTF_8), file, diags);
    }
}
