package dev.hanmoto.book;

import static dev.hanmoto.ast.BookClasses.APPENDIX;
import static dev.hanmoto.ast.BookClasses.BACK_MATTER;
import static dev.hanmoto.ast.BookClasses.CHAPTER;
import static dev.hanmoto.ast.BookClasses.CHAPTER_NUMBER;
import static dev.hanmoto.ast.BookClasses.FRONT_MATTER;
import static dev.hanmoto.ast.BookClasses.LABEL_ATTR;
import static dev.hanmoto.ast.BookClasses.NUMBER_ATTR;
import static dev.hanmoto.ast.BookClasses.PART;
import static dev.hanmoto.ast.BookClasses.PART_NUMBER_ATTR;
import static dev.hanmoto.ast.BookClasses.PART_TITLE;
import static dev.hanmoto.ast.BookClasses.UNNUMBERED;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.book.BookManifest.Chapter;
import dev.hanmoto.book.BookManifest.Entry;
import dev.hanmoto.book.BookManifest.Matter;
import dev.hanmoto.book.BookManifest.Part;
import dev.hanmoto.build.DocumentLoader;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.files.InsideFolder;
import dev.hanmoto.source.Preprocessor;
import dev.hanmoto.transform.AssignHeadingIds;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a book: reads its manifest ({@code book.yaml}, {@code book.toml} or {@code book.json} /
 * {@code SUMMARY.md}, see {@link #MANIFESTS}), reads every chapter with the chapter loader and the
 * format's preprocessor, and assembles one {@link Document} whose structure the renderers follow (see
 * the package documentation for the classes and attributes, named in
 * {@link dev.hanmoto.ast.BookClasses}).
 *
 * <p>What assembling does, in order:
 * <ol>
 *   <li>a chapter's front-matter {@code title} replaces the text of its first heading (or becomes a
 *       level-1 heading if it starts with none); {@code unnumbered: true}, or pandoc's {@code {-}} or
 *       {@code {.unnumbered}} on that heading, leaves it without a label;</li>
 *   <li>every id (headings, divs, spans, links, images, code blocks, tables) is made unique across the
 *       whole book: the first use keeps its id, later ones get {@code -1}, {@code -2}… (pandoc's rule);
 *       a heading without an id (one made from a front-matter title) gets one from its text by
 *       {@link AssignHeadingIds#slug}, the chapter loader having given the others theirs;</li>
 *   <li>body chapters are numbered through the parts (1, 2, 3…), appendices lettered (A, B…); the label
 *       goes into the first heading as a {@code chapter-number} span;</li>
 *   <li>relative image paths are rewritten from chapter-relative to book-relative; paths outside the
 *       project are errors;</li>
 *   <li>links {@code other.md#id}, {@code other.md} and {@code #id} become {@code #<book-wide id>}; a
 *       link to a file that is not a chapter, or to an id that does not exist, is an error at the
 *       link's {@code file:line:col}.</li>
 * </ol>
 * Problems are reported, all at once; the document is still returned so that the caller (which
 * checks for errors before rendering) can show every diagnostic of the book in one run.
 */
public final class BookLoader implements DocumentLoader {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path projectDir;
    private final ChapterLoader chapterLoader;

    /** A loader reading chapters with {@link ChapterReader}. */
    public BookLoader(Path projectDir) {
        this(projectDir, new ChapterReader());
    }

    /**
     * @param projectDir    images must stay inside this folder (or inside the book folder, for a book
     *                      that lies outside the project)
     * @param chapterLoader reads one chapter file with the per-document transforms (the loader used
     *                      for single articles will do); ids need not be unique across chapters
     */
    public BookLoader(Path projectDir, ChapterLoader chapterLoader) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.chapterLoader = Objects.requireNonNull(chapterLoader);
    }

    /**
     * The loader the build uses: book folders (or their manifests) through a {@link BookLoader} whose
     * chapters are read with {@code chapters}; every other input through {@code chapters}, as it is.
     */
    public static DocumentLoader dispatching(Path projectDir, ChapterLoader chapters) {
        BookLoader books = new BookLoader(projectDir, chapters);
        return (input, diags) -> isBook(input) ? books.load(input, diags) : chapters.load(input, Preprocessor.NONE, diags);
    }

    /**
     * The manifest files that make a folder a book, in the order they are looked for: Hanmoto's own
     * {@code book.yaml}, an mdBook's {@code book.toml}, a HonKit/GitBook {@code book.json}, and a
     * HonKit book's bare {@code SUMMARY.md}.
     */
    static final List<String> MANIFESTS = List.of(BookManifest.FILE_NAME, MdBookManifestReader.FILE_NAME,
            HonKitManifestReader.FILE_NAME, HonKitManifestReader.SUMMARY);

    /** Whether an input is a book: a folder holding one of the {@link #MANIFESTS}, or such a file itself. */
    public static boolean isBook(Path input) {
        if (Files.isDirectory(input)) return findManifest(input).isPresent();
        Path name = input.getFileName();
        return name != null && MANIFESTS.contains(name.toString()) && Files.isRegularFile(input);
    }

    private static Optional<Path> findManifest(Path folder) {
        for (String m : MANIFESTS) {
            Path p = folder.resolve(m);
            if (Files.isRegularFile(p)) {
                return Optional.of(m.equals(HonKitManifestReader.SUMMARY) ? mdBookAbove(p).orElse(p) : p);
            }
        }
        return Optional.empty();
    }

    /** The {@code book.toml} of the mdBook whose source folder holds this {@code SUMMARY.md}, if it is one. */
    private static Optional<Path> mdBookAbove(Path summary) {
        Path src = summary.getParent() == null ? Path.of("") : summary.getParent();
        Path toml = src.resolve("..").resolve(MdBookManifestReader.FILE_NAME).normalize();
        if (src.toAbsolutePath().getParent() == null || !Files.isRegularFile(toml)) return Optional.empty();
        return MdBookManifestReader.sourceFolder(toml).filter(d -> d.equals(src.toAbsolutePath().normalize())).map(d -> toml);
    }

    /**
     * The folder of a book given as its folder or as its manifest file; an mdBook's {@code src/SUMMARY.md}
     * belongs to the folder above, which holds {@code book.toml}.
     */
    public static Path bookFolder(Path input) {
        return manifestFile(input).toAbsolutePath().normalize().getParent();
    }

    /**
     * The manifest file of a book given as its folder or as a manifest file (keeping the path as given);
     * an mdBook's source folder, or its {@code SUMMARY.md}, stands for the mdBook.
     */
    public static Path manifestFile(Path input) {
        if (Files.isDirectory(input)) return findManifest(input).orElse(input.resolve(BookManifest.FILE_NAME));
        if (String.valueOf(input.getFileName()).equals(HonKitManifestReader.SUMMARY)) return mdBookAbove(input).orElse(input);
        return input;
    }

    /** Reads a book's manifest in whichever form it has; see {@link #MANIFESTS}. */
    static BookManifest readManifest(Path manifestFile, Diagnostics diags) {
        String name = String.valueOf(manifestFile.getFileName());
        if (name.equals(MdBookManifestReader.FILE_NAME)) return MdBookManifestReader.read(manifestFile, diags);
        if (name.equals(HonKitManifestReader.FILE_NAME) || name.equals(HonKitManifestReader.SUMMARY)) {
            return HonKitManifestReader.read(manifestFile, diags);
        }
        return BookManifestReader.read(manifestFile, diags);
    }

    /** The {@code slug} a book's manifest asks for; empty when it names none or cannot be read (its load says why). */
    public static Optional<String> plannedSlug(Path input) {
        return quietManifest(input).flatMap(m -> m.meta().slug());
    }

    /** The {@code theme} a book's manifest names; empty when none or unreadable. */
    public static Optional<String> plannedTheme(Path input) {
        return quietManifest(input).flatMap(BookManifest::theme);
    }

    private static Optional<BookManifest> quietManifest(Path input) {
        try {
            return Optional.of(readManifest(manifestFile(input), new Diagnostics()));
        } catch (UserError e) {
            return Optional.empty();
        }
    }

    @Override
    public Document load(Path input, Diagnostics diags) {
        Path manifestFile = manifestFile(input);
        if (!Files.isRegularFile(manifestFile)) {
            throw new UserError(Diagnostic.error("book-no-manifest", "no " + BookManifest.FILE_NAME
                    + " (nor book.toml, book.json or SUMMARY.md) here; a book folder needs one listing its chapters", input, 0, 0));
        }
        BookManifest manifest = readManifest(manifestFile, diags);
        return new Assembly(manifest, diags).document();
    }

    /** One book being assembled; used once. */
    private final class Assembly {
        private final BookManifest manifest;
        private final Diagnostics diags;
        private final Path bookDir;
        private final Path root;
        private final Set<String> ids = new HashSet<>();
        private final Map<String, Integer> nextSuffix = new HashMap<>();
        private final Map<Path, Loaded> byFile = new LinkedHashMap<>();
        /** Chapters listed but not readable (already reported); links to them are not reported again. */
        private final Set<Path> unreadable = new HashSet<>();
        private int chapterNo;
        private int appendixNo;
        private int partNo;

        Assembly(BookManifest manifest, Diagnostics diags) {
            this.manifest = manifest;
            this.diags = diags;
            this.bookDir = manifest.dir();
            this.root = bookDir.startsWith(projectDir) ? projectDir : bookDir;
        }

        Document document() {
            for (Chapter c : manifest.chapters()) read(c);
            List<Block> blocks = new ArrayList<>();
            for (List<Entry> group : List.of(manifest.front(), manifest.body(), manifest.appendices(), manifest.back())) {
                for (Entry e : group) {
                    if (e instanceof Chapter c) blocks.addAll(divs(c, 0));
                    else if (e instanceof Part p) blocks.add(part(p));
                }
            }
            List<Block> linked = new ArrayList<>(blocks.size());
            for (Block b : blocks) linked.add(relink(b));
            Meta meta = manifest.meta();
            if (meta.slug().isEmpty()) {
                Path name = bookDir.getFileName();
                meta = meta.with(Meta.SLUG, new MetaValue.Str(name == null ? "book" : name.toString()));
            }
            return new Document(meta, linked, manifest.file());
        }

        /**
         * Reads one chapter with diagnostics of its own, so that an error in an earlier chapter (or in
         * the manifest) cannot make a loader that checks {@code hasErrors()} refuse this one; each
         * diagnostic is then reported once to the book's collector.
         */
        private void read(Chapter c) {
            Path shown = shown(c);
            Diagnostics own = new Diagnostics();
            try {
                Document d = chapterLoader.load(shown, manifest.syntax().preprocessor(), own);
                if (!manifest.syntax().hiddenLines().isEmpty()) d = new DropHiddenCodeLines(manifest.syntax().hiddenLines()).apply(d);
                byFile.put(c.file(), new Loaded(c, shown, d));
            } catch (UserError e) {
                Set<Diagnostic> seen = new HashSet<>(own.all());
                for (Diagnostic x : e.diagnostics()) if (seen.add(x)) own.report(x);
                unreadable.add(c.file());
            }
            diags.reportAll(own.all());
        }

        /** The chapter path as messages show it: the listing's folder as given, plus the entry. */
        private Path shown(Chapter c) {
            Path parent = manifest.listing().getParent();
            return (parent == null ? Path.of(c.written()) : parent.resolve(c.written())).normalize();
        }

        private Block part(Part p) {
            partNo++;
            String id = unique("part-" + partNo);
            List<Block> blocks = new ArrayList<>();
            blocks.add(new Block.Heading(1, new Attr(id, List.of(PART_TITLE), Map.of()),
                    List.of(new Inline.Text(p.title(), SourcePos.NONE)), SourcePos.NONE));
            for (Chapter c : p.chapters()) blocks.addAll(divs(c, 0));
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put(Document.SOURCE_ATTR, bookDir.relativize(manifest.listing().toAbsolutePath().normalize()).toString().replace('\\', '/'));
            attrs.put(PART_NUMBER_ATTR, Integer.toString(partNo));
            return new Block.Div(new Attr("", List.of(PART), attrs), blocks, SourcePos.NONE);
        }

        /**
         * The chapter div of {@code c} with its sub-chapters' divs inside, at the end; a chapter that
         * could not be read leaves its sub-chapters in its place.
         */
        private List<Block> divs(Chapter c, int depth) {
            Optional<Loaded> l = prepare(c, depth);
            List<Block> children = new ArrayList<>();
            for (Chapter sub : c.children()) children.addAll(divs(sub, depth + 1));
            if (l.isEmpty()) return children;
            Block.Div d = (Block.Div) l.get().div(this);
            List<Block> inner = new ArrayList<>(d.blocks());
            inner.addAll(children);
            return List.of(new Block.Div(d.attr(), inner, d.pos()));
        }

        /**
         * Title, ids, number and image paths of one chapter; links wait until every chapter has its ids.
         * A sub-chapter ({@code depth} &gt; 0) is a section of its chapter: its headings go {@code depth}
         * levels down, and it carries no number.
         */
        private Optional<Loaded> prepare(Chapter c, int depth) {
            Loaded l = byFile.get(c.file());
            if (l == null) return Optional.empty();
            Meta meta = l.doc.meta();
            List<Block> blocks = new ArrayList<>(l.doc.blocks());

            Optional<String> title = meta.title();
            Block.Heading first = !blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h ? h : null;
            if (title.isEmpty() && first == null && !c.title().isEmpty()) {
                // A summary's link text heads a chapter file that starts without a heading.
                first = new Block.Heading(1, Attr.EMPTY, List.of(new Inline.Text(c.title(), SourcePos.NONE)), SourcePos.NONE);
                blocks.add(0, first);
            }
            if (title.isPresent()) {
                if (first == null) {
                    first = new Block.Heading(1, Attr.EMPTY, List.of(new Inline.Text(title.get(), SourcePos.NONE)), SourcePos.NONE);
                    blocks.add(0, first);
                } else if (!Walk.plainText(first.inlines()).strip().equals(title.get())) {
                    // The id made from the replaced text would be a stale name; make it from the title.
                    first = new Block.Heading(first.level(), first.attr().withId(""),
                            List.of(new Inline.Text(title.get(), first.pos())), first.pos());
                    blocks.set(0, first);
                }
            }

            if (depth > 0) {
                blocks = Walk.mapBlocks(blocks, b -> List.of(b instanceof Block.Heading h
                        ? new Block.Heading(Math.min(6, h.level() + depth), h.attr(), h.inlines(), h.pos()) : b));
            }
            l.divId = unique(slug("chapter " + stem(c.file())));
            blocks = Walk.map(blocks, b -> List.of(renameIds(b, l)), i -> List.of(renameIds(i, l)));
            l.startId = !blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h ? h.attr().id() : l.divId;

            // pandoc's {-} or {.unnumbered} on the chapter's heading does what front matter's unnumbered: true does.
            boolean unnumbered = depth > 0
                    || meta.find("unnumbered").map(v -> v.asText().strip().equalsIgnoreCase("true")).orElse(false)
                    || !blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h0 && h0.attr().hasClass(UNNUMBERED);
            if (!unnumbered && c.matter() == Matter.BODY) {
                chapterNo++;
                l.number = Integer.toString(chapterNo);
                l.label = manifest.numbering().label(chapterNo).orElse(null);
            } else if (!unnumbered && c.matter() == Matter.APPENDIX) {
                appendixNo++;
                l.number = Numbering.letters(appendixNo);
                l.label = manifest.appendixNumbering().label(appendixNo).orElse(null);
            }
            if (l.label != null && !blocks.isEmpty() && blocks.get(0) instanceof Block.Heading h) {
                List<Inline> labelled = new ArrayList<>();
                labelled.add(new Inline.Span(Attr.classes(CHAPTER_NUMBER), List.of(new Inline.Text(l.label, h.pos()))));
                labelled.add(new Inline.Text(" ", h.pos()));
                labelled.addAll(h.inlines());
                blocks.set(0, h.withInlines(labelled));
            }
            l.lang = meta.findText(Meta.LANG).filter(lang -> !lang.equals(manifest.meta().lang())).orElse(null);
            l.blocks = Walk.mapInlines(blocks, i -> List.of(rebaseImage(i, l)));
            return Optional.of(l);
        }

        // ---- ids ----

        private String unique(String wanted) {
            String id = wanted.isEmpty() ? "section" : wanted;
            if (ids.add(id)) return id;
            // Remember where the suffixes of each id got to, so a hundred "まとめ" headings stay linear.
            int k = nextSuffix.getOrDefault(id, 1);
            while (!ids.add(id + "-" + k)) k++;
            nextSuffix.put(id, k + 1);
            return id + "-" + k;
        }

        /** The book-wide id for an id of this chapter; the first element with a given id is the link target. */
        private Attr rename(Attr a, Loaded l) {
            if (a.id().isEmpty()) return a;
            String fresh = unique(a.id());
            l.idMap.putIfAbsent(a.id(), fresh);
            return a.withId(fresh);
        }

        private Block renameIds(Block b, Loaded l) {
            if (b instanceof Block.Heading h) {
                Attr a = h.attr().id().isEmpty() ? h.attr().withId(slug(Walk.plainText(h.inlines()))) : h.attr();
                return h.withAttr(rename(a, l));
            }
            if (b instanceof Block.Div d) return new Block.Div(rename(d.attr(), l), d.blocks(), d.pos());
            if (b instanceof Block.CodeBlock c) return new Block.CodeBlock(rename(c.attr(), l), c.text(), c.pos());
            if (b instanceof Block.Table t) return new Block.Table(rename(t.attr(), l), t.aligns(), t.head(), t.body(), t.pos());
            return b;
        }

        private Inline renameIds(Inline i, Loaded l) {
            if (i instanceof Inline.Span s) return new Inline.Span(rename(s.attr(), l), s.content());
            if (i instanceof Inline.Link k) return new Inline.Link(rename(k.attr(), l), k.content(), k.target(), k.title(), k.pos());
            if (i instanceof Inline.Image m) return new Inline.Image(rename(m.attr(), l), m.alt(), m.src(), m.title(), m.pos());
            return i;
        }

        // ---- images ----

        private Inline rebaseImage(Inline i, Loaded l) {
            if (!(i instanceof Inline.Image img)) return i;
            String src = img.src();
            if (src.isEmpty() || SCHEME.matcher(src).find() || src.startsWith("//")) return i;
            Path resolved;
            try {
                if (src.startsWith("/") || Path.of(src).isAbsolute()) {
                    error(l, img.pos(), "book-image-outside", "image path '" + src + "' must be relative to its chapter file");
                    return i;
                }
                Path dir = l.chapter.file().getParent();
                resolved = dir.resolve(src).normalize();
                if (!Files.exists(resolved) && src.contains("%")) {
                    Path decoded = dir.resolve(ChapterPaths.decode(src)).normalize();
                    if (Files.exists(decoded)) resolved = decoded;
                }
            } catch (InvalidPathException e) {
                error(l, img.pos(), "book-image-path", "image path '" + src + "' is not a valid file name");
                return i;
            }
            // Outside by name is the book's error. A symbolic link out of the project is the image
            // check's (build.CheckImages, run on each chapter as an article): a warning and the alt text.
            if (InsideFolder.check(root, resolved) == InsideFolder.Verdict.OUTSIDE) {
                error(l, img.pos(), "book-image-outside", "image '" + src + "' is outside the "
                        + (root.equals(projectDir) ? "project" : "book") + " folder; copy it into the book folder");
                return i;
            }
            if (!Files.isRegularFile(resolved)) {
                diags.report(Diagnostic.warning("book-image-missing", "image not found: " + src, img.pos().fileOr(l.shown),
                        img.pos().line(), img.pos().col()));
            }
            String rebased = bookDir.relativize(resolved).toString().replace('\\', '/');
            return new Inline.Image(img.attr(), img.alt(), rebased, img.title(), img.pos());
        }

        // ---- links ----

        /**
         * The links of one top-level block: a part's chapters, a chapter's own blocks (against its own
         * file) and its sub-chapters (against theirs).
         */
        private Block relink(Block b) {
            if (!(b instanceof Block.Div d)) return b;
            if (d.attr().hasClass(PART)) {
                List<Block> out = new ArrayList<>(d.blocks().size());
                for (Block x : d.blocks()) out.add(relink(x));
                return new Block.Div(d.attr(), out, d.pos());
            }
            if (!isChapterDiv(d)) return b;
            Loaded l = byFile.get(bookDir.resolve(d.attr().attributes().get(Document.SOURCE_ATTR)).normalize());
            List<Block> out = new ArrayList<>(d.blocks().size());
            for (Block x : d.blocks()) {
                if (x instanceof Block.Div sub && isChapterDiv(sub)) out.add(relink(sub));
                else if (l == null) out.add(x);
                else out.addAll(Walk.mapInlines(List.of(x), i -> List.of(relink(i, l))));
            }
            return new Block.Div(d.attr(), out, d.pos());
        }

        private static boolean isChapterDiv(Block.Div d) {
            return d.attr().hasClass(CHAPTER) && d.attr().attributes().containsKey(Document.SOURCE_ATTR);
        }

        private Inline relink(Inline i, Loaded l) {
            if (!(i instanceof Inline.Link k)) return i;
            String t = k.target();
            if (t.isEmpty() || SCHEME.matcher(t).find() || t.startsWith("//")) return i;
            int hash = t.indexOf('#');
            String pathPart = hash < 0 ? t : t.substring(0, hash);
            String frag = hash < 0 ? "" : ChapterPaths.decode(t.substring(hash + 1));
            int query = pathPart.indexOf('?');
            if (query >= 0) pathPart = pathPart.substring(0, query);
            Optional<String> target;
            if (pathPart.isEmpty()) {
                if (frag.isEmpty()) return i;
                target = l.id(frag);
                if (target.isEmpty()) {
                    error(l, k.pos(), "book-dangling-link", "link target '#" + frag + "' is not an id in this chapter");
                    return i;
                }
            } else {
                String lower = pathPart.toLowerCase(java.util.Locale.ROOT);
                boolean markdown = lower.endsWith(".md") || lower.endsWith(".markdown");
                // mdBook and HonKit write each chapter as an .html page (README.md as index.html);
                // authors link the pages by those names, or a folder by its README.
                boolean page = lower.endsWith(".html") || lower.endsWith(".htm") || pathPart.endsWith("/");
                if (!markdown && !page) return i;
                String written = ChapterPaths.decode(pathPart);
                Path file;
                try {
                    file = l.chapter.file().getParent().resolve(written).normalize();
                } catch (InvalidPathException e) {
                    error(l, k.pos(), "book-dangling-link", "link target '" + written + "' is not a valid file name");
                    return i;
                }
                if (page) {
                    Optional<Path> chapter = pageChapter(file, written.endsWith("/"));
                    if (chapter.isEmpty()) return i; // a page of the site that is not a chapter: left as written
                    file = chapter.get();
                }
                Loaded other = byFile.get(file);
                if (other == null && unreadable.contains(file)) return i;
                if (other == null) {
                    error(l, k.pos(), "book-dangling-link", Files.isRegularFile(file)
                            ? "link target '" + written + "' is not a chapter of this book; add it to "
                                    + manifest.listing().getFileName()
                            : "link target not found: " + written);
                    return i;
                }
                target = frag.isEmpty() ? Optional.of(other.startId) : other.id(frag);
                if (target.isEmpty()) {
                    error(l, k.pos(), "book-dangling-link", "link target '" + written + "#" + frag + "': no heading or id '"
                            + frag + "' in " + written);
                    return i;
                }
            }
            return new Inline.Link(k.attr(), k.content(), "#" + target.get(), k.title(), k.pos());
        }

        /** The chapter an HTML page name or folder stands for ({@code a.html} → {@code a.md}, {@code index.html} → {@code README.md}). */
        private Optional<Path> pageChapter(Path page, boolean folder) {
            List<Path> candidates = new ArrayList<>();
            if (folder) {
                candidates.add(page.resolve("README.md"));
                candidates.add(page.resolve("index.md"));
            } else {
                String name = page.getFileName().toString();
                String stem = name.substring(0, name.lastIndexOf('.'));
                candidates.add(page.resolveSibling(stem + ".md"));
                if (stem.equals("index")) candidates.add(page.resolveSibling("README.md"));
            }
            for (Path c : candidates) if (byFile.containsKey(c) || unreadable.contains(c)) return Optional.of(c);
            return Optional.empty();
        }

        private void error(Loaded l, SourcePos at, String code, String message) {
            diags.report(Diagnostic.error(code, message, at.fileOr(l.shown), at.line(), at.col()));
        }
    }

    /** A chapter read from its file, then prepared for the book. */
    private static final class Loaded {
        final Chapter chapter;
        final Path shown;
        final Document doc;
        final Map<String, String> idMap = new HashMap<>();
        String divId;
        String startId;
        String number;
        String label;
        String lang;
        List<Block> blocks;

        Loaded(Chapter chapter, Path shown, Document doc) {
            this.chapter = chapter;
            this.shown = shown;
            this.doc = doc;
        }

        /**
         * The book-wide id for a fragment of this chapter; a fragment written by another tool's rule
         * for heading ids (GitHub's, mdBook's: {@code 2-setup}, {@code a---b}) is tried as ours too.
         */
        Optional<String> id(String fragment) {
            String id = idMap.get(fragment);
            if (id == null) id = idMap.get(slug(fragment));
            return Optional.ofNullable(id);
        }

        Block div(Assembly a) {
            List<String> classes = new ArrayList<>();
            classes.add(CHAPTER);
            switch (chapter.matter()) {
                case FRONT -> classes.add(FRONT_MATTER);
                case APPENDIX -> classes.add(APPENDIX);
                case BACK -> classes.add(BACK_MATTER);
                default -> { }
            }
            if (label == null) classes.add(UNNUMBERED);
            Map<String, String> attrs = new LinkedHashMap<>();
            attrs.put(Document.SOURCE_ATTR, a.bookDir.relativize(chapter.file()).toString().replace('\\', '/'));
            if (label != null) {
                attrs.put(NUMBER_ATTR, number);
                attrs.put(LABEL_ATTR, label);
            }
            if (lang != null) attrs.put("lang", lang);
            return new Block.Div(new Attr(divId, classes, attrs), blocks, SourcePos.NONE);
        }
    }

    // ---- names ----

    /** The name a chapter's div id is made from: the file's stem, or its folder's name for a README.md or index.md. */
    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path folder = file.getParent() == null ? null : file.getParent().getFileName();
        boolean index = stem.equalsIgnoreCase("readme") || stem.equals("index");
        return index && folder != null ? folder.toString() : stem;
    }

    /** The id for a file stem or title: the same rule as heading ids. */
    private static String slug(String text) {
        return AssignHeadingIds.slug(text);
    }
}
