package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.MathFonts;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.render.SourceDate;
import dev.hanmoto.render.CodeCss;
import dev.hanmoto.theme.CodeStyle;
import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.FontStacks;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeFiles;
import dev.hanmoto.theme.ThemeTemplates;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Renders a document as an EPUB 3.3 publication, {@code <slug>.epub}: package document (OPF 3.0),
 * navigation document with landmarks, NCX for EPUB 2 reading systems, one XHTML file per chapter
 * (split at {@code epub.split-level} and kept under {@code epub.max-file-kb}), cover, images, optional
 * subset fonts, accessibility metadata. Same document, theme and date give byte-identical files.
 *
 * <p>As pandoc's EPUB writer reuses its HTML writer, this class keeps only the package for itself — the
 * manifest and spine, the navigation and the zip — and hands each other job to one class: the book is
 * flattened ({@link BookFlattener}), its images copied ({@link ImageResources}), headings given
 * book-unique ids ({@link HeadingIds}), two-digit runs set upright in vertical books
 * ({@link TateChuYoko}), the book split into chapter files ({@link ChapterSplitter}), links checked and
 * pointed across files ({@link ChapterLinks}), the cover chosen ({@link CoverImage}), and the pages
 * written by the shared XHTML writer and the theme's template ({@link ContentDocuments}).
 *
 * <p>Reads only {@code theme.epub()}, {@code theme.fonts()} and {@code theme.files()}. Thread-safe:
 * each {@link #render} call keeps its state on the stack.
 */
public final class EpubRenderer implements Renderer {
    private final EpubTheme epub;
    private final CodeStyle codeStyle;
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
        this(theme, coverSource, Path.of("").toAbsolutePath(), SourceDate.fromEnvironment());
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
        this.codeStyle = theme.codeStyle(theme.epub().code());
        this.fonts = theme.fonts();
        this.files = theme.files();
        this.templates = new ThemeTemplates(files);
        this.coverSource = coverSource;
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.sourceDate = sourceDate;
        this.layout = EpubLayout.of(epub.layout());
    }

    @Override
    public String format() {
        return "epub";
    }

    @Override
    public void render(Document doc, OutputSink sink, Diagnostics diags) throws IOException {
        MathFonts.use(fonts);
        sink.write(doc.slug() + ".epub", build(doc, diags));
    }

    /** The EPUB file's bytes; warnings go to {@code diags}. */
    public byte[] build(Document doc, Diagnostics diags) throws IOException {
        boolean vertical = epub.writingMode() == EpubTheme.WritingMode.VERTICAL_RL;
        boolean embed = epub.embedFonts() == EpubTheme.EmbedFonts.SUBSET;
        ImageResources images = new ImageResources(layout, projectDir, diags);
        String lang = BookMetadata.language(doc, diags);
        Instant modified = BookMetadata.modified(doc, sourceDate);
        BookMetadata meta = BookMetadata.of(doc, lang, modified, diags);

        List<Located> flat = BookFlattener.flatten(doc, lang);
        flat = Located.map(flat, l -> images.resolve(List.of(l.block()), doc.source(), l.source()).get(0));
        HeadingIds ids = new HeadingIds();
        flat = Located.map(flat, l -> ids.assign(l.block()));
        if (vertical) flat = Located.map(flat, l -> Walk.mapInlines(List.of(l.block()), TateChuYoko::mark).get(0));

        List<Chapter> chapters = new ChapterSplitter(layout, epub.splitLevel(), epub.maxFileKb()).split(flat, meta.title(), lang);
        ChapterLinks links = ChapterLinks.of(chapters);
        chapters = links.checked(chapters, diags);

        // The cover page is the first spine item; a front-matter cover image is one of the book's images.
        Optional<ImageResources.Item> cover = CoverImage.choose(doc, epub, files, coverSource, images, layout, diags);
        String css = files.requireText(epub.stylesheet());
        String cssHref = layout.style() + fileName(epub.stylesheet());
        String fontsCssHref = layout.style() + "fonts.css";
        // Code blocks' stylesheet, from epub.code and its code style, before the theme's (which may refine it).
        boolean[] code = {false};
        Walk.forEachBlock(doc.blocks(), b -> code[0] |= b instanceof Block.CodeBlock);
        boolean hasCode = code[0];
        String codeCssHref = layout.style() + "code.css";
        List<String> sheets = new ArrayList<>();
        if (embed) sheets.add(fontsCssHref);
        if (hasCode) sheets.add(codeCssHref);
        sheets.add(cssHref);

        ContentDocuments pages = new ContentDocuments(epub, templates, doc, sheets);
        MathFiles math = new MathFiles(layout);
        Map<String, String> documents = pages.chapters(chapters, math, links, diags);
        Toc toc = new Toc();
        for (Chapter ch : chapters) {
            for (Located l : ch.parts()) toc.addHeadings(List.of(l.block()), epub.tocDepth(), l.tocShift(), ch.href());
        }
        if (toc.isEmpty()) toc.add(1, meta.title(), chapters.get(0).href());

        String start = chapters.stream().filter(c -> c.matter().equals(Located.BODY)).findFirst().orElse(chapters.get(0)).href();
        String nav = pages.page(layout.nav(), lang, epub.labels().toc(), Located.FRONT,
                Navigation.navBody(epub.labels(), layout, toc, cover.isPresent(), start), "");
        Optional<String> coverPage = cover.map(c -> pages.coverPage(layout.cover(), lang, c, meta.title()));

        List<FontSubsets.Subset> subsets = List.of();
        if (embed) {
            Set<Integer> cps = new TreeSet<>();
            for (int c = 0x20; c < 0x7f; c++) cps.add(c);
            documents.values().forEach(d -> d.codePoints().forEach(cps::add));
            nav.codePoints().forEach(cps::add);
            subsets = FontSubsets.of(fonts, css, cps, vertical);
        }

        // A front-matter cover is also one of the book's images; it is listed (and zipped) once.
        boolean coverIsImage = cover.isPresent() && images.items().contains(cover.get());
        List<PackageDocument.Item> manifest = new ArrayList<>();
        manifest.add(new PackageDocument.Item("nav", layout.nav(), "application/xhtml+xml", "nav"));
        manifest.add(new PackageDocument.Item("ncx", layout.ncx(), "application/x-dtbncx+xml", null));
        manifest.add(new PackageDocument.Item("css", cssHref, "text/css", null));
        if (embed) manifest.add(new PackageDocument.Item("css-fonts", fontsCssHref, "text/css", null));
        if (hasCode) manifest.add(new PackageDocument.Item("css-code", codeCssHref, "text/css", null));
        for (FontSubsets.Subset s : subsets) {
            manifest.add(new PackageDocument.Item("font-" + s.fileName().replace(".ttf", ""), layout.font() + s.fileName(), "font/ttf", null));
        }
        cover.ifPresent(c -> {
            if (!coverIsImage) manifest.add(new PackageDocument.Item("cover-image", c.href(), c.mediaType(), "cover-image"));
            manifest.add(new PackageDocument.Item("cover", layout.cover(), "application/xhtml+xml", null));
        });
        for (int i = 1; i <= chapters.size(); i++) {
            manifest.add(new PackageDocument.Item(chapterId(i), chapters.get(i - 1).href(), "application/xhtml+xml", null));
        }
        int n = 0;
        for (ImageResources.Item img : images.items()) {
            n++;
            boolean isCover = coverIsImage && img.equals(cover.get());
            manifest.add(new PackageDocument.Item(isCover ? "cover-image" : String.format(Locale.ROOT, "img-%03d", n), img.href(),
                    img.mediaType(), isCover ? "cover-image" : null));
        }
        n = 0;
        for (ImageResources.Item m : math.items()) {
            manifest.add(new PackageDocument.Item(String.format(Locale.ROOT, "math-%03d", ++n), m.href(), m.mediaType(), null));
        }
        List<String> spine = new ArrayList<>();
        if (cover.isPresent()) spine.add("cover");
        spine.add("nav");
        for (int i = 1; i <= chapters.size(); i++) spine.add(chapterId(i));

        String opf = PackageDocument.write(meta, layout, manifest, spine, vertical, cover.isPresent(),
                !images.items().isEmpty() || !math.items().isEmpty(), embed, epub.accessibilitySummary());

        // Fixed entry order: mimetype, container, package, navigation, styles, fonts, cover, chapters, images.
        EpubZip zip = new EpubZip(LocalDateTime.ofInstant(modified, ZoneOffset.UTC));
        zip.add("META-INF/container.xml", container());
        zip.add(layout.inZip(layout.opf()), opf);
        zip.add(layout.inZip(layout.nav()), nav);
        zip.add(layout.inZip(layout.ncx()), Navigation.ncx(meta, toc));
        zip.add(layout.inZip(cssHref), css);
        if (embed) zip.add(layout.inZip(fontsCssHref), FontSubsets.css(subsets, fontsCssHref, layout.font()));
        if (hasCode) zip.add(layout.inZip(codeCssHref), CodeCss.css(epub.code(), codeStyle, false, null, 0));
        for (FontSubsets.Subset s : subsets) zip.add(layout.inZip(layout.font() + s.fileName()), s.bytes());
        if (cover.isPresent()) {
            if (!coverIsImage) zip.add(layout.inZip(cover.get().href()), cover.get().bytes());
            zip.add(layout.inZip(layout.cover()), coverPage.orElseThrow());
        }
        for (Map.Entry<String, String> d : documents.entrySet()) zip.add(layout.inZip(d.getKey()), d.getValue());
        for (ImageResources.Item img : images.items()) zip.add(layout.inZip(img.href()), img.bytes());
        for (ImageResources.Item m : math.items()) zip.add(layout.inZip(m.href()), m.bytes());
        return zip.finish();
    }

    /** {@code META-INF/container.xml} (the OCF container file of EPUB 3.3): where the package document is. */
    private String container() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
                + "  <rootfiles>\n"
                + "    <rootfile full-path=\"" + layout.inZip(layout.opf()) + "\" media-type=\"application/oebps-package+xml\"/>\n"
                + "  </rootfiles>\n"
                + "</container>\n";
    }

    private static String chapterId(int n) {
        return String.format(Locale.ROOT, "ch-%03d", n);
    }

    private static String fileName(String themePath) {
        int slash = themePath.lastIndexOf('/');
        return slash >= 0 ? themePath.substring(slash + 1) : themePath;
    }
}
