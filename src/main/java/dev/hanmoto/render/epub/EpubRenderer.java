package dev.hanmoto.render.epub;

import static dev.hanmoto.render.xhtml.XhtmlWriter.escape;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.render.math.TexMath;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.FontStacks;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeFiles;
import dev.hanmoto.theme.ThemeTemplates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a document as an EPUB 3.3 publication, {@code <slug>.epub}: package document (OPF 3.0),
 * navigation document with landmarks, NCX for EPUB 2 reading systems, one XHTML file per chapter
 * (split at {@code epub.split-level} and kept under {@code epub.max-file-kb}), cover, images, optional
 * subset fonts, accessibility metadata. Same document, theme and date give byte-identical files.
 *
 * <p>Reads only {@code theme.epub()}, {@code theme.fonts()} and {@code theme.files()}. Thread-safe:
 * each {@link #render} call keeps its state on the stack.
 */
public final class EpubRenderer implements Renderer {
    /** The {@code dcterms:conformsTo} value of EPUB Accessibility 1.1 §2.1 for WCAG 2.1 AA. */
    static final String A11Y_CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    private final EpubTheme epub;
    private final FontStacks fonts;
    private final ThemeFiles files;
    private final ThemeTemplates templates;
    private final Function<Document, Optional<byte[]>> coverSource;
    private final Path projectDir;
    private final Optional<Instant> sourceDate;
    private final EpubLayout layout;

    /**
     * A renderer without a card cover ({@code epub.cover: card} then gives no cover), reading
     * {@code SOURCE_DATE_EPOCH} from the environment and refusing files outside the working directory.
     */
    public EpubRenderer(Theme theme) {
        this(theme, doc -> Optional.empty());
    }

    /**
     * A renderer whose {@code epub.cover: card} cover comes from {@code coverSource} (PNG or JPEG
     * bytes, e.g. the card renderer's output at cover size); project = working directory, dates from
     * {@code SOURCE_DATE_EPOCH}.
     */
    public EpubRenderer(Theme theme, Function<Document, Optional<byte[]>> coverSource) {
        this(theme, coverSource, Path.of("").toAbsolutePath(), dev.hanmoto.render.SourceDate.fromEnvironment());
    }

    /**
     * @param theme       the theme; only its {@code epub} section, font stacks and files are read
     * @param coverSource cover image bytes for {@code epub.cover: card}, empty for none
     * @param projectDir  images are read only from inside this folder
     * @param sourceDate  {@code dcterms:modified} and zip entry times; empty = the source file's
     *                    modification time (never the wall clock)
     */
    public EpubRenderer(Theme theme, Function<Document, Optional<byte[]>> coverSource, Path projectDir,
                        Optional<Instant> sourceDate) {
        this.epub = theme.epub();
        this.fonts = theme.fonts();
        this.files = theme.files();
        this.templates = new ThemeTemplates(files);
        this.coverSource = coverSource;
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.sourceDate = sourceDate;
        this.layout = EpubLayout.of(epub.layout());
    }

    /** {@code SOURCE_DATE_EPOCH} (seconds since 1970, reproducible-builds.org) as an instant, if set and valid. */
    public static Optional<Instant> sourceDateEpoch(String value) {
        return dev.hanmoto.render.SourceDate.parse(value);
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public void render(Document doc, OutputSink sink, Diagnostics diags) throws IOException {
        dev.hanmoto.render.MathFonts.use(fonts);
        sink.write(doc.slug() + ".epub", build(doc, diags));
    }

    /** The EPUB file's bytes; warnings go to {@code diags}. */
    public byte[] build(Document doc, Diagnostics diags) throws IOException {
        return new Build(doc, diags).run();
    }

    /**
     * A top-level block of the book with what the chapter div around it said (book conventions in
     * {@code dev.hanmoto.book}): the file its source positions refer to, its language, the matter it
     * belongs to ({@code epub:type} frontmatter, bodymatter or backmatter), how many levels its headings
     * sit below a part title in the TOC, and whether it starts a chapter file.
     */
    private record Located(Block block, Path source, String lang, String matter, int tocShift, boolean starts) {
        Located with(Block b) {
            return new Located(b, source, lang, matter, tocShift, starts);
        }
    }

    /** One content document of the book; its language and matter are those of its first block. */
    private record Chapter(String href, String title, List<Located> parts, String lang, String matter) {
        List<Block> blocks() {
            return parts.stream().map(Located::block).toList();
        }
    }

    /** The state of one build. */
    private final class Build {
        private final Document doc;
        private final Diagnostics diags;
        private final boolean vertical = epub.writingMode() == EpubTheme.WritingMode.VERTICAL_RL;
        private final ImageResources images;
        /** TeX formulas drawn as SVG files, by style and TeX, in first-use order (same input, same names). */
        private final Map<XhtmlOptions.Formula, ImageResources.Item> math = new LinkedHashMap<>();
        private final String lang;

        Build(Document doc, Diagnostics diags) {
            this.doc = doc;
            this.diags = diags;
            this.images = new ImageResources(layout, projectDir, diags);
            this.lang = language(doc);
        }

        byte[] run() throws IOException {
            Instant modified = sourceDate.orElseGet(this::sourceTime);
            BookMetadata meta = BookMetadata.of(doc, lang, modified, diags);

            List<Located> flat = new ArrayList<>();
            flatten(doc.blocks(), doc.source(), lang, "bodymatter", 0, false, flat);
            flat = each(flat, l -> images.resolve(List.of(l.block()), doc.source(), l.source()).get(0));
            Set<String> seen = new HashSet<>();
            flat = each(flat, l -> uniqueHeadingIds(l.block(), seen));
            if (vertical) flat = each(flat, l -> Walk.mapInlines(List.of(l.block()), EpubRenderer::tateChuYoko).get(0));

            List<Chapter> chapters = split(flat, meta.title());
            Map<String, String> idFile = idFiles(chapters);
            chapters = checkLinks(chapters, idFile);

            // The cover page is the first spine item; a front-matter cover image is one of the book's images.
            Optional<ImageResources.Item> cover = cover();
            String css = files.requireText(epub.stylesheet());
            String cssHref = layout.style() + fileName(epub.stylesheet());
            String fontsCssHref = layout.style() + "fonts.css";

            Toc toc = new Toc();
            Map<String, String> documents = new LinkedHashMap<>();
            int notes = 0;
            boolean embed = epub.embedFonts() == EpubTheme.EmbedFonts.SUBSET;
            for (Chapter ch : chapters) {
                XhtmlWriter w = new XhtmlWriter(options(ch.href(), idFile), notes);
                String body = w.blocks(ch.blocks());
                String asides = w.footnotes();
                notes = w.lastNoteNumber();
                for (Located l : ch.parts()) addHeadings(toc, List.of(l.block()), l.tocShift(), ch.href());
                documents.put(ch.href(), page(ch.href(), ch.lang(), ch.title(), ch.matter(), body, asides, cssHref, fontsCssHref, embed));
                long size = documents.get(ch.href()).getBytes(StandardCharsets.UTF_8).length;
                if (size > epub.maxFileKb() * 1024L) {
                    diags.report(Diagnostic.warning("epub-file-size", "chapter file " + ch.href() + " is " + size / 1024
                            + " KB, more than epub.max-file-kb (" + epub.maxFileKb() + "), because one block is that large;"
                            + " some reading systems fail above 256 KB", doc.source(), 0, 0));
                }
            }
            if (toc.isEmpty()) toc.add(1, meta.title(), chapters.get(0).href());

            String start = chapters.stream().filter(c -> c.matter().equals("bodymatter")).findFirst().orElse(chapters.get(0)).href();
            String navBody = "<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>" + escape(epub.labels().toc()) + "</h1>\n"
                    + toc.navList(layout.nav()) + "</nav>\n" + landmarks(cover.isPresent(), start);
            String nav = page(layout.nav(), lang, epub.labels().toc(), "frontmatter", navBody, "", cssHref, fontsCssHref, embed);
            String coverPage = cover.map(c -> page(layout.cover(), lang, epub.labels().cover(), "cover",
                    "<div class=\"cover-image\"><img src=\"" + escape(EpubLayout.relative(layout.cover(), c.href()))
                            + "\" alt=\"" + escape(meta.title()) + "\"/></div>\n", "", cssHref, fontsCssHref, embed)).orElse(null);

            List<FontSubsets.Subset> subsets = List.of();
            if (embed) {
                Set<Integer> cps = new TreeSet<>();
                for (int c = 0x20; c < 0x7f; c++) cps.add(c);
                documents.values().forEach(d -> d.codePoints().forEach(cps::add));
                nav.codePoints().forEach(cps::add);
                subsets = FontSubsets.of(fonts, css, cps, vertical);
            }

            List<Item> manifest = new ArrayList<>();
            manifest.add(new Item("nav", layout.nav(), "application/xhtml+xml", "nav"));
            manifest.add(new Item("ncx", layout.ncx(), "application/x-dtbncx+xml", null));
            manifest.add(new Item("css", cssHref, "text/css", null));
            if (embed) manifest.add(new Item("css-fonts", fontsCssHref, "text/css", null));
            for (FontSubsets.Subset s : subsets) {
                manifest.add(new Item("font-" + s.fileName().replace(".ttf", ""), layout.font() + s.fileName(), "font/ttf", null));
            }
            // A front-matter cover is also one of the book's images; it is listed (and zipped) once.
            boolean coverIsImage = cover.isPresent() && images.items().contains(cover.get());
            cover.ifPresent(c -> {
                if (!coverIsImage) manifest.add(new Item("cover-image", c.href(), c.mediaType(), "cover-image"));
                manifest.add(new Item("cover", layout.cover(), "application/xhtml+xml", null));
            });
            int n = 0;
            for (Chapter ch : chapters) manifest.add(new Item(chapterId(++n), ch.href(), "application/xhtml+xml", null));
            n = 0;
            for (ImageResources.Item img : images.items()) {
                n++;
                boolean isCover = coverIsImage && img.equals(cover.get());
                manifest.add(new Item(isCover ? "cover-image" : String.format(Locale.ROOT, "img-%03d", n), img.href(),
                        img.mediaType(), isCover ? "cover-image" : null));
            }
            n = 0;
            for (ImageResources.Item m : math.values()) {
                manifest.add(new Item(String.format(Locale.ROOT, "math-%03d", ++n), m.href(), m.mediaType(), null));
            }
            List<String> spine = new ArrayList<>();
            if (cover.isPresent()) spine.add("cover");
            spine.add("nav");
            for (int i = 1; i <= chapters.size(); i++) spine.add(chapterId(i));

            String opf = PackageDocument.write(meta, layout, manifest, spine, vertical, cover.isPresent(),
                    !images.items().isEmpty() || !math.isEmpty(), embed, epub.accessibilitySummary());
            String ncx = ncx(meta, toc);

            // Fixed entry order: mimetype, container, package, navigation, styles, fonts, cover, chapters, images.
            EpubZip zip = new EpubZip(LocalDateTime.ofInstant(modified, ZoneOffset.UTC));
            zip.add("META-INF/container.xml", container());
            zip.add(layout.inZip(layout.opf()), opf);
            zip.add(layout.inZip(layout.nav()), nav);
            zip.add(layout.inZip(layout.ncx()), ncx);
            zip.add(layout.inZip(cssHref), css);
            if (embed) zip.add(layout.inZip(fontsCssHref), fontFaces(subsets, fontsCssHref, layout.font()));
            for (FontSubsets.Subset s : subsets) zip.add(layout.inZip(layout.font() + s.fileName()), s.bytes());
            if (cover.isPresent()) {
                if (!coverIsImage) zip.add(layout.inZip(cover.get().href()), cover.get().bytes());
                zip.add(layout.inZip(layout.cover()), coverPage);
            }
            for (Map.Entry<String, String> d : documents.entrySet()) zip.add(layout.inZip(d.getKey()), d.getValue());
            for (ImageResources.Item img : images.items()) zip.add(layout.inZip(img.href()), img.bytes());
            for (ImageResources.Item m : math.values()) zip.add(layout.inZip(m.href()), m.bytes());
            return zip.finish();
        }

        /**
         * Headings of a chapter into the TOC, including those inside divs (raw-HTML containers left
         * open by the source, admonitions), but not those quoted or in lists.
         */
        private void addHeadings(Toc toc, List<Block> blocks, int shift, String href) {
            for (Block b : blocks) {
                if (b instanceof Block.Heading h && h.level() <= epub.tocDepth()) {
                    String label = Walk.plainText(h.inlines()).strip();
                    if (!label.isEmpty()) toc.add(h.level() + shift, label, href + "#" + h.attr().id());
                } else if (b instanceof Block.Div d) {
                    addHeadings(toc, d.blocks(), shift, href);
                }
            }
        }

        private Instant sourceTime() {
            try {
                return Files.getLastModifiedTime(doc.source()).toInstant().with(java.time.temporal.ChronoField.NANO_OF_SECOND, 0);
            } catch (IOException e) {
                // A document built in memory has no file; a fixed date keeps the output reproducible.
                return Instant.EPOCH;
            }
        }

        private String language(Document d) {
            String tag = d.meta().lang();
            try {
                // Locale.Builder alone accepts some non-ASCII subtags; BCP 47 subtags are ASCII.
                if (!BCP47.matcher(tag).matches()) throw new IllformedLocaleException(tag);
                new Locale.Builder().setLanguageTag(tag);
                return tag;
            } catch (IllformedLocaleException e) {
                diags.report(Diagnostic.warning("epub-lang", "language '" + tag + "' is not a BCP 47 tag; using "
                        + Meta.DEFAULT_LANG, d.source(), 0, 0));
                return Meta.DEFAULT_LANG;
            }
        }

        /**
         * Chapter and part divs are unwrapped: each chapter starts a file, and their headings split
         * files like any other. What the div carried is kept with its blocks (see {@link Located}); its
         * id stays in the book as an empty anchor at the start of its first block.
         */
        private void flatten(List<Block> blocks, Path source, String lang, String matter, int shift, boolean starts,
                             List<Located> out) {
            Path bookDir = doc.source().toAbsolutePath().getParent();
            for (Block b : blocks) {
                boolean chapter = b instanceof Block.Div d0 && d0.attr().hasClass(BookClasses.CHAPTER);
                boolean part = b instanceof Block.Div d1 && d1.attr().hasClass(BookClasses.PART);
                if (b instanceof Block.Div d && (chapter || part)) {
                    String ds = d.attr().attributes().get(Document.SOURCE_ATTR);
                    Path src = ds == null || ds.isBlank() || bookDir == null ? source : bookDir.resolve(ds).normalize();
                    String l = d.attr().attributes().getOrDefault("lang", lang);
                    if (!BCP47.matcher(l).matches()) l = lang;
                    String m = d.attr().hasClass(BookClasses.FRONT_MATTER) ? "frontmatter"
                            : d.attr().hasClass(BookClasses.APPENDIX) || d.attr().hasClass(BookClasses.BACK_MATTER) ? "backmatter" : matter;
                    List<Block> inner = anchored(d.blocks(), d.attr().id());
                    for (int i = 0; i < inner.size(); i++) {
                        Block x = inner.get(i);
                        // A part's chapters sit one level below the part title in the TOC.
                        int s = part && x instanceof Block.Div ? shift + 1 : shift;
                        flatten(List.of(x), src, l, m, s, i == 0, out);
                    }
                } else {
                    out.add(new Located(b, source, lang, matter, shift, starts));
                }
            }
        }

        /** The blocks with an empty element carrying {@code id} at their start, so links to it still land. */
        private List<Block> anchored(List<Block> blocks, String id) {
            if (id.isEmpty() || !usableId(id)) return blocks;
            Inline anchor = new Inline.Span(Attr.id(id), List.of());
            List<Block> out = new ArrayList<>(blocks);
            if (!out.isEmpty() && out.get(0) instanceof Block.Heading h) {
                if (h.attr().id().equals(id)) return blocks;
                List<Inline> is = new ArrayList<>();
                is.add(anchor);
                is.addAll(h.inlines());
                out.set(0, h.withInlines(is));
            } else {
                out.add(0, new Block.Plain(List.of(anchor), SourcePos.NONE));
            }
            return out;
        }

        private List<Located> each(List<Located> in, Function<Located, Block> f) {
            List<Located> out = new ArrayList<>(in.size());
            for (Located l : in) out.add(l.with(f.apply(l)));
            return out;
        }

        /** Every heading gets an id, unique in the book (the nav and NCX point at them). */
        private Block uniqueHeadingIds(Block block, Set<String> seen) {
            return Walk.mapBlocks(List.of(block), b -> {
                if (!(b instanceof Block.Heading h)) return List.of(b);
                String id = h.attr().id();
                if (!usableId(id) || seen.contains(id)) {
                    int n = seen.size();
                    do id = "h-" + (++n); while (seen.contains(id));
                }
                seen.add(id);
                return List.of(h.withAttr(h.attr().withId(id)));
            }).get(0);
        }

        /**
         * Splits at headings of level ≤ {@code split-level}; content before the first one is a file of
         * its own. A part longer than {@code max-file-kb} is split again between top-level blocks.
         */
        private List<Chapter> split(List<Located> blocks, String bookTitle) {
            List<List<Located>> parts = new ArrayList<>();
            List<Located> current = new ArrayList<>();
            for (Located l : blocks) {
                boolean heading = l.block() instanceof Block.Heading h && h.level() <= epub.splitLevel();
                if ((heading || l.starts()) && !current.isEmpty()) {
                    parts.add(current);
                    current = new ArrayList<>();
                }
                current.add(l);
            }
            if (!current.isEmpty() || parts.isEmpty()) parts.add(current);

            long budget = epub.maxFileKb() * 1024L - 4096; // head, template and footnote section
            List<List<Located>> sized = new ArrayList<>();
            XhtmlOptions probe = XhtmlOptions.of(XhtmlOptions.FootnoteStyle.EPUB_ASIDE);
            for (List<Located> part : parts) {
                List<Located> chunk = new ArrayList<>();
                long size = 0;
                for (Located l : part) {
                    long s = probeSize(probe, l.block());
                    if (!chunk.isEmpty() && size + s > budget) {
                        // A heading stays with what follows it, never alone at the end of a file.
                        List<Located> carried = new ArrayList<>();
                        while (!chunk.isEmpty() && chunk.get(chunk.size() - 1).block() instanceof Block.Heading) {
                            carried.add(0, chunk.remove(chunk.size() - 1));
                        }
                        if (!chunk.isEmpty()) sized.add(chunk);
                        chunk = carried;
                        size = 0;
                        for (Located c : carried) size += probeSize(probe, c.block());
                    }
                    chunk.add(l);
                    size += s;
                }
                sized.add(chunk);
            }

            List<Chapter> out = new ArrayList<>();
            String lastTitle = bookTitle;
            for (List<Located> part : sized) {
                String title = lastTitle;
                for (Located l : part) {
                    if (l.block() instanceof Block.Heading h && !Walk.plainText(h.inlines()).isBlank()) {
                        title = Walk.plainText(h.inlines()).strip();
                        break;
                    }
                }
                lastTitle = title;
                String href = layout.text() + layout.chapter() + String.format(Locale.ROOT, "%03d.xhtml", out.size() + 1);
                String chLang = part.isEmpty() ? lang : part.get(0).lang();
                String matter = part.isEmpty() ? "bodymatter" : part.get(0).matter();
                out.add(new Chapter(href, title, part, chLang, matter));
            }
            return out;
        }

        /** The XHTML size of one block with its footnotes, in UTF-8 bytes. */
        private long probeSize(XhtmlOptions probe, Block b) {
            XhtmlWriter w = new XhtmlWriter(probe);
            return (w.blocks(List.of(b)) + w.footnotes()).getBytes(StandardCharsets.UTF_8).length;
        }

        /** The file each element id the writer emits lives in. */
        private Map<String, String> idFiles(List<Chapter> chapters) {
            Map<String, String> map = new HashMap<>();
            for (Chapter ch : chapters) {
                Walk.forEach(ch.blocks(), b -> {
                    String id = "";
                    if (b instanceof Block.Heading h) id = h.attr().id();
                    else if (b instanceof Block.Table t) id = t.attr().id();
                    else if (b instanceof Block.Div d) id = d.attr().id();
                    else if (b instanceof Block.CodeBlock c) id = c.attr().id();
                    if (!id.isEmpty()) map.putIfAbsent(id, ch.href());
                }, i -> {
                    String id = i instanceof Inline.Span s ? s.attr().id() : i instanceof Inline.Link l ? l.attr().id() : "";
                    if (!id.isEmpty()) map.putIfAbsent(id, ch.href());
                });
            }
            return map;
        }

        /**
         * Links EPUBCheck would reject become plain text with a warning: a {@code #fragment} that names
         * no element of the book, and relative links to files that are not part of it.
         */
        private List<Chapter> checkLinks(List<Chapter> chapters, Map<String, String> idFile) {
            List<Chapter> out = new ArrayList<>();
            for (Chapter ch : chapters) {
                List<Located> parts = each(ch.parts(), located -> Walk.mapInlines(List.of(located.block()), i -> {
                    if (!(i instanceof Inline.Link l)) return List.of(i);
                    String t = l.target().strip();
                    String lower = t.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:")) {
                        Optional<String> url = webUrl(t);
                        if (url.isPresent()) return List.of(new Inline.Link(l.attr(), l.content(), url.get(), l.title(), l.pos()));
                    }
                    if (t.startsWith("#") && idFile.containsKey(t.substring(1))) return List.of(i);
                    String why = t.startsWith("#") ? "no heading or element has the id '" + t.substring(1) + "'"
                            : lower.startsWith("http") || lower.startsWith("mailto:") ? "not a valid URL"
                            : "only web (http, https), mailto and #fragment links can be kept in an EPUB";
                    diags.report(Diagnostic.warning("epub-link", "link '" + t + "' kept as text: " + why,
                            l.pos().fileOr(located.source()), l.pos().line(), l.pos().col()));
                    return List.of(new Inline.Span(Attr.classes("broken-link"), l.content()));
                }).get(0));
                out.add(new Chapter(ch.href(), ch.title(), parts, ch.lang(), ch.matter()));
            }
            return out;
        }

        /**
         * A formula's picture as a file of the book ({@code image/math-001.svg}), written once however
         * often the formula occurs; an {@code img} with the TeX as alternative text, as in the PDF.
         */
        private Optional<XhtmlOptions.MathImage> mathImage(String href, XhtmlOptions.Formula f) {
            return TexMath.find(f.tex(), f.display()).map(p -> {
                ImageResources.Item item = math.computeIfAbsent(f, k -> new ImageResources.Item(
                        layout.image() + String.format(Locale.ROOT, "math-%03d.svg", math.size() + 1), "image/svg+xml", p.svg()));
                return new XhtmlOptions.MathImage(EpubLayout.relative(href, item.href()), p.width(), p.height(), p.depth());
            });
        }

        private XhtmlOptions options(String href, Map<String, String> idFile) {
            return XhtmlOptions.of(XhtmlOptions.FootnoteStyle.EPUB_ASIDE)
                    .withMathSource(f -> mathImage(href, f))
                    .withImageSource(img -> img.src().isEmpty() ? Optional.empty() : Optional.of(EpubLayout.relative(href, img.src())))
                    .withLinkTarget(t -> {
                        if (!t.startsWith("#")) return t;
                        String file = idFile.get(t.substring(1));
                        return file == null || file.equals(href) ? t : EpubLayout.relative(href, file) + t;
                    });
        }

        /**
         * The cover: front matter {@code cover-image} if it names a usable local image, else the
         * theme's choice (the injected card, none, or a theme image file).
         */
        private Optional<ImageResources.Item> cover() {
            Optional<String> named = doc.meta().findText(Meta.COVER_IMAGE);
            if (named.isPresent()) {
                Optional<ImageResources.Item> item = images.find(named.get(), doc.source(), doc.source(), SourcePos.NONE);
                if (item.isPresent()) return item;
            }
            Optional<byte[]> bytes = epub.cover() instanceof EpubTheme.Cover.Image image ? files.findBytes(image.file())
                    : epub.cover() instanceof EpubTheme.Cover.Card ? coverSource.apply(doc) : Optional.<byte[]>empty();
            if (bytes.isEmpty()) return Optional.empty();
            Optional<String> type = ImageResources.mediaType(bytes.get());
            if (type.isEmpty()) {
                diags.report(Diagnostic.warning("epub-cover-type", "cover image is not PNG, JPEG, GIF or WebP; the book has no cover",
                        doc.source(), 0, 0));
                return Optional.empty();
            }
            return Optional.of(new ImageResources.Item(layout.image() + "cover." + ImageResources.extension(type.get()),
                    type.get(), bytes.get()));
        }

        private String page(String href, String docLang, String title, String bodyType, String body, String notes, String cssHref,
                            String fontsCssHref, boolean embed) {
            List<String> css = new ArrayList<>();
            if (embed) css.add(EpubLayout.relative(href, fontsCssHref));
            css.add(EpubLayout.relative(href, cssHref));
            Map<String, Object> vars = new HashMap<>();
            vars.put("lang", docLang);
            vars.put("title", escape(title.isBlank() ? doc.slug() : title));
            vars.put("stylesheets", css);
            vars.put("htmlClass", vertical ? "vrtl" : "hltr");
            vars.put("bodyType", bodyType);
            vars.put("body", body);
            vars.put("notes", notes);
            return templates.render(epub.template(), vars);
        }

        private String landmarks(boolean hasCover, String firstChapter) {
            StringBuilder sb = new StringBuilder("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
            if (hasCover) {
                sb.append("  <li><a epub:type=\"cover\" href=\"").append(escape(EpubLayout.relative(layout.nav(), layout.cover())))
                  .append("\">").append(escape(epub.labels().cover())).append("</a></li>\n");
            }
            sb.append("  <li><a epub:type=\"toc\" href=\"#toc\">").append(escape(epub.labels().toc())).append("</a></li>\n");
            sb.append("  <li><a epub:type=\"bodymatter\" href=\"").append(escape(EpubLayout.relative(layout.nav(), firstChapter)))
              .append("\">").append(escape(epub.labels().start())).append("</a></li>\n");
            return sb.append("</ol>\n</nav>\n").toString();
        }

        private String ncx(BookMetadata meta, Toc toc) {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"" + escape(lang) + "\">\n"
                    + "<head>\n"
                    + "  <meta name=\"dtb:uid\" content=\"" + escape(meta.identifier()) + "\"/>\n"
                    + "  <meta name=\"dtb:depth\" content=\"" + toc.depth() + "\"/>\n"
                    + "  <meta name=\"dtb:totalPageCount\" content=\"0\"/>\n"
                    + "  <meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n"
                    + "</head>\n"
                    + "<docTitle><text>" + escape(meta.title()) + "</text></docTitle>\n"
                    + "<navMap>\n" + toc.navPoints() + "</navMap>\n</ncx>\n";
        }

        private String container() {
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                    + "  <rootfiles>\n"
                    + "    <rootfile full-path=\"" + layout.inZip(layout.opf()) + "\" media-type=\"application/oebps-package+xml\"/>\n"
                    + "  </rootfiles>\n"
                    + "</container>\n";
        }
    }

    /**
     * Whether an id can be an HTML id and, unescaped, a URL fragment in nav, NCX and links: not
     * empty, no whitespace or control characters, none of the characters URLs forbid or reserve in
     * a fragment. Non-ASCII letters are fine (IRIs).
     */
    static boolean usableId(String id) {
        if (id.isEmpty()) return false;
        return id.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c) || "#%\"<>\\^`{|}[]".indexOf(c) >= 0);
    }

    private static final Pattern BCP47 = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** One manifest entry; {@code properties} may be null. */
    record Item(String id, String href, String mediaType, String properties) {}

    /**
     * A web link as a valid URI (EPUBCheck RSC-020): characters URIs do not allow (spaces, {@code <>},
     * non-ASCII, …) are percent-encoded as UTF-8; existing escapes are kept.
     */
    static Optional<String> webUrl(String target) {
        StringBuilder sb = new StringBuilder();
        for (byte b : target.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0)) sb.append((char) c);
            else sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
        }
        try {
            java.net.URI u = new java.net.URI(sb.toString());
            return u.getScheme() == null ? Optional.empty() : Optional.of(sb.toString());
        } catch (java.net.URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static String chapterId(int n) {
        return String.format(Locale.ROOT, "ch-%03d", n);
    }

    private static String fileName(String themePath) {
        int slash = themePath.lastIndexOf('/');
        return slash >= 0 ? themePath.substring(slash + 1) : themePath;
    }

    private static String fontFaces(List<FontSubsets.Subset> subsets, String cssHref, String fontDir) {
        StringBuilder sb = new StringBuilder("/* Generated: the theme's font stacks, subset to this book's characters. */\n");
        for (FontSubsets.Subset s : subsets) {
            String url = EpubLayout.relative(cssHref, fontDir + s.fileName());
            sb.append("@font-face {\n  font-family: \"").append(s.family()).append("\";\n")
              .append("  font-weight: ").append(s.face().weight()).append(";\n")
              .append("  font-style: ").append(s.face().style().word()).append(";\n")
              .append("  src: url(\"").append(url).append("\") format(\"truetype\");\n}\n");
        }
        return sb.toString();
    }

    /**
     * 縦中横: a run of exactly two ASCII digits (not part of a longer number, word or decimal) becomes
     * a {@code tcy} span that the stylesheet sets upright in one em (JLREQ 3.2.3; EPUB 3 text-combine).
     */
    private static final Pattern TWO_DIGITS = Pattern.compile("(?<![0-9A-Za-z.,:])[0-9]{2}(?![0-9A-Za-z]|[.,:][0-9])");

    static List<Inline> tateChuYoko(Inline i) {
        if (!(i instanceof Inline.Text t)) return List.of(i);
        Matcher m = TWO_DIGITS.matcher(t.text());
        List<Inline> out = new ArrayList<>();
        int last = 0;
        while (m.find()) {
            if (m.start() > last) out.add(new Inline.Text(t.text().substring(last, m.start()), t.pos()));
            out.add(new Inline.Span(Attr.classes("tcy"), List.of(new Inline.Text(m.group(), t.pos()))));
            last = m.end();
        }
        if (last == 0) return List.of(i);
        if (last < t.text().length()) out.add(new Inline.Text(t.text().substring(last), t.pos()));
        return out;
    }
}
