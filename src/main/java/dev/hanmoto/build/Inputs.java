package dev.hanmoto.build;

import dev.hanmoto.book.BookLoader;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.transform.Transform;
import dev.hanmoto.transform.Transforms;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Turns command-line paths into build inputs, and gives the loader that reads them. */
public final class Inputs {
    private Inputs() {}

    /**
     * No paths: everything under {@code content/}. A Markdown file is one input; a folder with a
     * {@code book.yaml} (or the manifest itself) is one book; any other folder is searched.
     * Missing paths are reported all at once.
     */
    public static List<Path> resolve(Project project, List<Path> paths) {
        if (paths.isEmpty()) {
            if (!Files.isDirectory(project.content())) {
                throw new UserError(Diagnostic.error("no-content", "no content/ folder in " + project.dir()
                        + " (run hanmoto from a project folder, or name files to build)", null, 0, 0));
            }
            return Project.discover(project.content());
        }
        LinkedHashSet<Path> inputs = new LinkedHashSet<>();
        List<Diagnostic> missing = new ArrayList<>();
        for (Path given : paths) {
            Path p = project.dir().resolve(given).normalize();
            if (Files.isRegularFile(p) && p.getFileName().toString().equals(Project.BOOK_MANIFEST)) {
                inputs.add(p.getParent());
            } else if (Files.isRegularFile(p)) {
                inputs.add(p);
            } else if (Files.isDirectory(p)) {
                inputs.addAll(Project.discover(p));
            } else {
                missing.add(Diagnostic.error("no-such-file", "no such file or folder", given, 0, 0));
            }
        }
        if (!missing.isEmpty()) throw new UserError(missing);
        return List.copyOf(inputs);
    }

    /**
     * The loader for a project's inputs: a Markdown file is read and given the standard transforms.
     * Errors found while reading stop the document before any transform or renderer sees it; images
     * are checked next ({@link CheckImages}), so no renderer opens a file it should not, then TeX
     * formulas ({@link CheckMath}), so a bad one is reported once for all formats. A book
     * folder (or its {@code book.yaml}) is assembled by {@link BookLoader}, each chapter read as an article.
     */
    public static DocumentLoader loader(Project project) {
        Transform standard = Transforms.standard();
        CheckImages images = new CheckImages(project.dir());
        CheckMath math = new CheckMath();
        DocumentLoader articles = (input, diags) -> {
            var doc = SourceReader.read(input, diags);
            diags.throwIfErrors();
            return standard.apply(math.apply(images.apply(doc, diags), diags));
        };
        return BookLoader.dispatching(project.dir(), articles);
    }

    /**
     * The theme a book's manifest names ({@code theme:}), as a name or as a folder relative to the
     * book; empty for articles and for books that name none. A broken manifest gives empty here and
     * is reported, located, when the book is loaded.
     */
    public static java.util.Optional<String> themeOf(Path input) {
        if (!BookLoader.isBook(input)) return java.util.Optional.empty();
        Path dir = Files.isDirectory(input) ? input : input.getParent();
        try {
            var manifest = dev.hanmoto.book.BookManifestReader.read(dir.resolve(Project.BOOK_MANIFEST), new dev.hanmoto.diag.Diagnostics());
            return manifest.theme().map(t -> Files.exists(dir.resolve(t)) ? dir.resolve(t).normalize().toString() : t);
        } catch (UserError e) {
            return java.util.Optional.empty();
        }
    }
}
