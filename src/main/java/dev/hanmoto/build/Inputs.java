package dev.hanmoto.build;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.book.BookLoader;
import dev.hanmoto.book.ChapterLoader;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.source.FrontMatterReader;
import dev.hanmoto.source.Preprocessor;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.transform.LabelContainers;
import dev.hanmoto.transform.TitleFromFirstHeading;
import dev.hanmoto.transform.Transform;
import dev.hanmoto.transform.Transforms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns command-line paths into build inputs and their output layout, and gives the loader that reads them. */
public final class Inputs {
    private Inputs() {}

    /**
     * The inputs of one command and where their outputs go.
     *
     * @param inputs the sources and book folders, in a stable order, each once
     * @param layout each input's folder under out/ and the output names that clash
     */
    public record Batch(List<Path> inputs, OutputLayout layout) {
        public Batch {
            inputs = List.copyOf(inputs);
        }
    }

    /** The inputs of {@link #batch}, without the layout. */
    public static List<Path> resolve(Project project, List<Path> paths) {
        return batch(project, paths).inputs();
    }

    /**
     * No paths: everything under {@code content/}. A Markdown file is one input; a book folder (or
     * its manifest) is one book; any other folder is searched, and the outputs of what is found there
     * mirror its tree under out/ (see {@link OutputLayout}). Missing paths are reported all at once.
     */
    public static Batch batch(Project project, List<Path> paths) {
        Map<Path, String> folders = new LinkedHashMap<>();
        if (paths.isEmpty()) {
            if (!Files.isDirectory(project.content())) {
                throw new UserError(Diagnostic.error("no-content", "no content/ folder in " + project.dir()
                        + " (run hanmoto from a project folder, or name files to build)", null, 0, 0));
            }
            search(project.content(), folders);
        } else {
            List<Diagnostic> missing = new ArrayList<>();
            for (Path given : paths) {
                Path p = project.dir().resolve(given).normalize();
                if (Files.isRegularFile(p) && BookLoader.isBook(p)) {
                    folders.putIfAbsent(BookLoader.bookFolder(p), "");
                } else if (Files.isRegularFile(p)) {
                    folders.putIfAbsent(p, "");
                } else if (Files.isDirectory(p)) {
                    search(p, folders);
                } else {
                    missing.add(Diagnostic.error("no-such-file", "no such file or folder", given, 0, 0));
                }
            }
            if (!missing.isEmpty()) throw new UserError(missing);
        }
        Map<Path, OutputLayout.Name> names = new LinkedHashMap<>();
        for (Path input : folders.keySet()) names.put(input, plannedName(input));
        return new Batch(List.copyOf(folders.keySet()), OutputLayout.of(folders, names));
    }

    /** Everything under {@code root}, each with its folder relative to {@code root}; the first path to reach an input wins. */
    private static void search(Path root, Map<Path, String> folders) {
        for (Path input : Project.discover(root)) {
            Path parent = input.equals(root) ? root : input.getParent();
            String folder = root.relativize(parent).toString().replace('\\', '/');
            folders.putIfAbsent(input, folder);
        }
    }

    /**
     * The output name an input will ask for, read cheaply before the build: a book's manifest
     * {@code slug} or its folder name, an article's front-matter {@code slug} or its file name — the
     * rule of {@link dev.hanmoto.ast.Document#slug()}. A source too broken to tell gives its file name;
     * its load reports why.
     */
    private static OutputLayout.Name plannedName(Path input) {
        if (BookLoader.isBook(input)) {
            Path manifest = BookLoader.manifestFile(input);
            Optional<String> slug = BookLoader.plannedSlug(input);
            Path folder = BookLoader.bookFolder(input);
            String name = folder.getFileName() == null ? "book" : folder.getFileName().toString();
            return located(slug.orElse(name), manifest, slug.isPresent());
        }
        String text;
        try {
            if (Files.size(input) > SourceReader.MAX_BYTES) return located(stem(input), input, false);
            text = new String(Files.readAllBytes(input), StandardCharsets.UTF_8).replace("\r\n", "\n").replace('\r', '\n');
        } catch (IOException e) {
            return located(stem(input), input, false);
        }
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        Meta meta = FrontMatterReader.read(body, input, new Diagnostics()).meta();
        return meta.slug().map(s -> locatedIn(s, input, body)).orElseGet(() -> located(stem(input), input, false));
    }

    private static OutputLayout.Name located(String slug, Path file, boolean fromKey) {
        if (!fromKey) return new OutputLayout.Name(slug, file, 1, 1);
        try {
            return locatedIn(slug, file, Files.readString(file));
        } catch (IOException | java.io.UncheckedIOException e) {
            return new OutputLayout.Name(slug, file, 1, 1);
        }
    }

    /** Points at the {@code slug} key in {@code text} (YAML {@code slug:}, TOML {@code slug =}, JSON {@code "slug":}). */
    private static OutputLayout.Name locatedIn(String slug, Path file, String text) {
        int line = 1;
        for (String l : text.split("\n", -1)) {
            String t = l.strip();
            if (t.startsWith("slug") && t.substring(4).stripLeading().matches("[:=].*")
                    || t.startsWith("\"slug\"")) {
                return new OutputLayout.Name(slug, file, line, l.indexOf(t.charAt(0)) + 1);
            }
            line++;
        }
        return new OutputLayout.Name(slug, file, 1, 1);
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * The loader for a project's inputs: a Markdown file is read and given the standard transforms.
     * Errors found while reading stop the document before any transform or renderer sees it; images
     * are checked next ({@link CheckImages}), so no renderer opens a file it should not, then TeX
     * formulas ({@link CheckMath}), so a bad one is reported once for all formats, and code blocks'
     * languages and sizes ({@link CheckCode}). An article is
     * then titled by its first heading if its front matter has no title ({@link TitleFromFirstHeading})
     * and its links within itself are resolved ({@link CheckLinks}). A book
     * folder (or its manifest) is assembled by {@link BookLoader}, each chapter read as an article.
     */
    public static DocumentLoader loader(Project project) {
        ChapterLoader chapters = chapterLoader(project);
        DocumentLoader books = BookLoader.dispatching(project.dir(), chapters);
        Transform title = new TitleFromFirstHeading();
        CheckLinks links = new CheckLinks();
        // Labels and figure numbers once the whole document is known: a book's language is its
        // manifest's, and a reference may point into another chapter.
        LabelContainers labels = new LabelContainers();
        CrossReferences references = new CrossReferences();
        return (input, diags) -> {
            if (BookLoader.isBook(input)) return references.apply(labels.apply(books.load(input, diags)), diags);
            Document article = title.apply(chapters.load(input, Preprocessor.NONE, diags));
            return links.apply(references.apply(labels.apply(article), diags), diags);
        };
    }

    /** How {@link #loader} reads one Markdown file (an article, or a chapter with its book's preprocessor). */
    public static ChapterLoader chapterLoader(Project project) {
        Transform standard = Transforms.standard();
        CheckImages images = new CheckImages(project.dir());
        CheckMath math = new CheckMath();
        CheckCode code = new CheckCode();
        return (input, pre, diags) -> {
            Dependencies.read(input); // for the build cache: noted before it is read
            var doc = SourceReader.read(input, pre, diags);
            diags.throwIfErrors();
            return standard.apply(code.apply(math.apply(images.apply(doc, diags), diags), diags));
        };
    }

    /**
     * The theme a book's manifest names ({@code theme:}), as a name or as a folder relative to the
     * book; empty for articles and for books that name none. A broken manifest gives empty here and
     * is reported, located, when the book is loaded.
     */
    public static Optional<String> themeOf(Path input) {
        if (!BookLoader.isBook(input)) return Optional.empty();
        Path dir = BookLoader.bookFolder(input);
        return BookLoader.plannedTheme(input).map(t -> Files.exists(dir.resolve(t)) ? dir.resolve(t).normalize().toString() : t);
    }
}
