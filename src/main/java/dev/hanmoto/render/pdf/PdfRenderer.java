package dev.hanmoto.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.hanmoto.Version;
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
import dev.hanmoto.files.InsideFolder;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.render.emoji.EmojiArtwork;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
import dev.hanmoto.theme.Length;
import dev.hanmoto.theme.PdfTheme;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeFiles;
import dev.hanmoto.theme.ThemeTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The print PDF: the document as XHTML (footnotes as page floats), wrapped by the theme's
 * {@code pdf.template} with {@code pdf.stylesheet}, laid out by openhtmltopdf in CSS Paged Media and
 * written as {@code <slug>.pdf}.
 *
 * <p>Fonts are the theme's stacks, each stack registered under its name as a CSS font family and
 * embedded as a subset; lines break by ICU's strict rule (JLREQ kinsoku); the outline mirrors every
 * heading; dates and the file identifier come from {@code SOURCE_DATE_EPOCH} or the source file's
 * modification time, so the same input gives the same bytes.
 *
 * <p>Thread-safe: each {@link #render} builds its own layout; parsed fonts are shared.
 */
public final class PdfRenderer implements Renderer {
    /** The PDF producer string (document information {@code /Producer}, XMP {@code pdf:Producer}). */
    public static final String PRODUCER = "Hanmoto " + Version.NUMBER;

    private final PdfTheme pdf;
    private final FontStacks fonts;
    private final ThemeFiles files;
    private final ThemeTemplates templates;
    private final Optional<Instant> fixedDate;
    private final Function<String, Optional<String>> emojiSource;
    private final Optional<Path> projectDir;

    /**
     * A renderer for the theme's {@code pdf} section, fonts and files. Emoji are drawn in colour from
     * the bundled Twemoji artwork, inline as SVG; emoji without artwork stay text.
     */
    public PdfRenderer(Theme theme) {
        this(theme.pdf(), theme.fonts(), theme.files(), Optional.empty(), PdfRenderer::twemojiDataUri, Optional.empty());
    }

    /** The Twemoji SVG of an emoji sequence as a {@code data:} URI (no file, no network). */
    static Optional<String> twemojiDataUri(String emoji) {
        return EmojiArtwork.twemoji().findSvg(emoji)
                .map(svg -> "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg));
    }

    private PdfRenderer(PdfTheme pdf, FontStacks fonts, ThemeFiles files, Optional<Instant> fixedDate,
                        Function<String, Optional<String>> emojiSource, Optional<Path> projectDir) {
        dev.hanmoto.render.LayoutLog.silenceConsole();
        this.projectDir = projectDir.map(p -> p.toAbsolutePath().normalize());
        this.pdf = pdf;
        this.fonts = fonts;
        this.files = files;
        this.templates = new ThemeTemplates(files);
        this.fixedDate = fixedDate;
        this.emojiSource = emojiSource;
    }

    /**
     * This renderer with a fixed date for the PDF's creation and modification dates, instead of
     * {@code SOURCE_DATE_EPOCH} or the source file's modification time.
     */
    public PdfRenderer withDate(Instant date) {
        return new PdfRenderer(pdf, fonts, files, Optional.of(date), emojiSource, projectDir);
    }

    /**
     * This renderer with other emoji artwork: {@code source} maps an emoji sequence to the image
     * {@code src} to place inline (SVG or PNG), or empty to keep it as text.
     */
    public PdfRenderer withEmojiSource(Function<String, Optional<String>> source) {
        return new PdfRenderer(pdf, fonts, files, fixedDate, source, projectDir);
    }

    /**
     * This renderer reading images from anywhere in {@code dir} (the build checked each one; see
     * {@code dev.hanmoto.build.CheckImages}) rather than only from the document's folder and below,
     * so that {@code ../images/a.png} works in the PDF as it does in the EPUB.
     */
    public PdfRenderer withProjectDir(Path dir) {
        return new PdfRenderer(pdf, fonts, files, fixedDate, emojiSource, Optional.of(dir));
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(Document doc, OutputSink sink, Diagnostics diags) throws IOException {
        sink.write(doc.slug() + ".pdf", renderBytes(doc, diags));
    }

    /** The PDF bytes of a document. */
    byte[] renderBytes(Document doc, Diagnostics diags) throws IOException {
        dev.hanmoto.render.MathFonts.use(fonts);
        List<String> stacks = new ArrayList<>();
        PhraseKeeping phrases = new PhraseKeeping();
        String html = KinsokuPass.number(xhtml(doc, diags, stacks, phrases));
        Instant date = fixedDate.orElseGet(() -> sourceDate(doc.source()));
        // A second (third) layout only if a picture's 。 started a line: see KinsokuPass.
        for (int pass = 1; ; pass++) {
            Diagnostics layoutDiags = new Diagnostics();
            PDDocument target = new PDDocument();
            try {
                Layout layout = builder(doc, html, stacks, phrases, target, layoutDiags);
                try (PdfBoxRenderer renderer = layout.builder().buildPdfRenderer()) {
                    renderer.layout();
                    stopIfInterrupted();
                    var stranded = pass < MAX_LAYOUTS ? KinsokuPass.stranded(renderer.getRootBox()) : java.util.Set.<Integer>of();
                    if (!stranded.isEmpty()) {
                        html = KinsokuPass.keep(html, stranded);
                        continue;
                    }
                    PDDocument pd = renderer.createPDFKeepOpen();
                    stopIfInterrupted();
                    if (layout.spacingFont() != null) LatinSpaceGlyphs.remove(pd, layout.spacingFont().supplied());
                    BlankPages.clear(pd);
                    PrintMarks.apply(pd, (float) pdf.page().bleed().points());
                    FileIdentity.apply(pd, date, doc.slug());
                    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                    pd.save(out);
                    layoutDiags.all().forEach(diags::report);
                    return XrefStreamPass.apply(out.toByteArray());
                }
            } finally {
                target.close();
            }
        }
    }

    /** Layouts at most per document: the first, and two more that keep pictures with their punctuation. */
    private static final int MAX_LAYOUTS = 3;

    private record Layout(PdfRendererBuilder builder, SharedFontSupplier spacingFont) {}

    /** openhtmltopdf set up for one layout of {@code html} into {@code target}; its warnings go to {@code diags}. */
    private Layout builder(Document doc, String html, List<String> stacks, PhraseKeeping phrases,
                           PDDocument target, Diagnostics diags) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, baseUri(doc.source()));
        builder.useUnicodeLineBreaker(new StrictLineBreaker(doc.meta().lang(), pdf.lastLineMin(), phrases::isDisplay));
        builder.withProducer(PRODUCER);
        // Tagged PDF/UA-1 and PDF/A-2u with an sRGB output intent (ISO 14289-1, ISO 19005-2).
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(srgbProfile());
        // openhtmltopdf's log: warnings become diagnostics, the rest is dropped (no console output).
        // Not the "no description" warning: PDF/UA-1 does not require dc:description (veraPDF passes
        // documents without one, see OddDocumentsTest), so it would only alarm the user.
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= Level.WARNING.intValue() && d.getLogMessageId()
                    != com.openhtmltopdf.util.LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED) {
                diags.report(Diagnostic.warning("pdf-layout", d.getFormattedMessage(), doc.source(), 0, 0));
            }
        });
        Path base = projectDir.orElse(baseDir(doc.source()));
        // Resources only from the project (else the document's folder) and below; never the network (no network during a build).
        builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:") || isInside(uri, base),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        // SVG images (and emoji artwork) through Batik: no scripts, no external resources.
        builder.useSVGDrawer(new BatikSVGDrawer(
                BatikSVGDrawer.SvgScriptMode.SECURE,
                BatikSVGDrawer.SvgExternalResourceMode.SECURE));
        builder.usePDDocument(target);
        for (String name : stacks) {
            for (FontFace face : fonts.find(name).orElseThrow()) {
                builder.useFont(new SharedFontSupplier(target, face.file()), name, face.weight(),
                        face.style() == FontFace.Style.ITALIC ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
        }
        Optional<Spacing> spacing = spacing(stacks);
        SharedFontSupplier spacingFont = spacing.map(sp -> new SharedFontSupplier(target, sp.face().file())).orElse(null);
        if (spacingFont != null) builder.useFont(spacingFont, SPACING_FAMILY, 400, FontStyle.NORMAL, true);
        return new Layout(builder, spacingFont);
    }

    /** The build's time bound interrupts this thread; openhtmltopdf itself never looks (issue 8). */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("rendering interrupted");
    }

    /**
     * The XHTML that openhtmltopdf receives (the golden-file form of this renderer's input), after the
     * glyph check; {@code stacksOut} receives the font stacks the stylesheet uses.
     */
    String xhtml(Document doc, Diagnostics diags, List<String> stacksOut) {
        return xhtml(doc, diags, stacksOut, new PhraseKeeping());
    }

    /** As {@link #xhtml(Document, Diagnostics, List)}; {@code phrases} receives the display texts. */
    String xhtml(Document doc, Diagnostics diags, List<String> stacksOut, PhraseKeeping phrases) {
        String css = files.requireText(pdf.stylesheet());
        Outline outline = Outline.of(doc.blocks());
        List<String> stacks = fonts.namedIn(css); // the theme binder made sure there is one
        stacksOut.addAll(stacks);
        Set<Integer> missing = checkGlyphs(doc, outline, stacks, diags);
        return xhtml(doc, outline, css, missing, phrases);
    }

    private String xhtml(Document doc, Outline outline, String css, Set<Integer> missing, PhraseKeeping phrases) {
        Function<String, String> visible = str -> str == null ? null : substitute(INVISIBLE.matcher(str).replaceAll(""), missing);
        Meta meta = doc.meta();
        XhtmlOptions options = XhtmlOptions.of(XhtmlOptions.FootnoteStyle.PAGE_FLOAT).withEmojiSource(emojiSource)
                .withMathSource(MathImages::dataUri);
        Optional<Spacing> spacing = spacing(fonts.namedIn(css));
        UnaryOperator<List<Inline>> spaced = spacing.isPresent() ? new LatinSpacing()::space : UnaryOperator.identity();
        List<Block> blocks = new KinsokuGlue().apply(
                withSubstitutes(withChapterHeads(outline.blocks()), visible));
        if (spacing.isPresent()) blocks = new LatinSpacing().apply(blocks);
        blocks = new LastLineKeep(meta.lang(), pdf.lastLineMin()).apply(blocks);
        phrases.headings(blocks);
        String body = LatinSpacing.intoCode(new XhtmlWriter(options).blocks(blocks));
        PdfTheme.Toc toc = pdf.toc();
        Map<String, Object> vars = new LinkedHashMap<>();
        XhtmlWriter inline = new XhtmlWriter(options);
        Function<String, String> html = str -> str == null ? null
                : LatinSpacing.intoCode(inline.inlines(spaced.apply(new KinsokuGlue().glue(Walk.mapInlineList(metaInlines(str), i ->
                        i instanceof Inline.Text t ? List.of(new Inline.Text(visible.apply(t.text()), t.pos())) : List.of(i))))));
        vars.put("lang", meta.lang());
        vars.put("title", meta.title().orElse(doc.slug()));
        Function<String, String> display = str -> {
            if (str == null) return null;
            List<Inline> xs = spaced.apply(new KinsokuGlue().glue(Walk.mapInlineList(metaInlines(str), i ->
                    i instanceof Inline.Text t ? List.of(new Inline.Text(visible.apply(t.text()), t.pos())) : List.of(i))));
            phrases.inlines(xs);
            return LatinSpacing.intoCode(inline.inlines(xs));
        };
        vars.put("titleHtml", display.apply(meta.title().orElse(doc.slug())));
        vars.put("runningTitleHtml", inline.inlines(RunningTitle.fit(new KinsokuGlue().glue(
                metaInlines(visible.apply(meta.findText(Meta.SHORT_TITLE).or(meta::title).orElse(doc.slug())))), pdf.runningHeadMax())));
        vars.put("subtitle", meta.findText(Meta.SUBTITLE).map(display).orElse(null));
        vars.put("description", meta.description().orElse(null));
        vars.put("descriptionHtml", meta.description().map(html).orElse(null));
        vars.put("author", meta.authors().isEmpty() ? null : String.join(", ", meta.authors()));
        vars.put("authorHtml", meta.authors().isEmpty() ? null : html.apply(String.join(", ", meta.authors())));
        vars.put("date", meta.date().map(html).orElse(null));
        vars.put("publisher", meta.findText(Meta.PUBLISHER).map(html).orElse(null));
        vars.put("keywords", meta.subjects().isEmpty() ? null : String.join(", ", meta.subjects()));
        vars.put("pageCss", PageGeometry.of(pdf.page()).css() + spacing.map(Spacing::css).orElse(""));
        vars.put("css", css);
        vars.put("bookmarks", outline.bookmarksXml());
        Map<String, List<Inline>> headingInlines = new HashMap<>();
        Set<String> partIds = new HashSet<>();
        Walk.forEachBlock(blocks, b -> {
            if (b instanceof Block.Heading h) headingInlines.putIfAbsent(h.attr().id(), tocInlines(h.inlines()));
            if (b instanceof Block.Heading h && h.attr().hasClass(BookClasses.PART_TITLE)) partIds.add(h.attr().id());
        });
        vars.put("toc", outline.toc(toc.depth()).stream()
                .map(e -> Map.<String, Object>of("level", e.level(), "id", e.id(), "text", e.text(),
                        "html", LatinSpacing.intoCode(inline.inlines(headingInlines.getOrDefault(e.id(), List.of()))),
                        "part", partIds.contains(e.id())))
                .toList());
        vars.put("tocTitle", toc.title());
        vars.put("runningHead", pdf.runningHead().word());
        vars.put("body", body);
        return templates.render(pdf.template(), vars);
    }

    /**
     * Variation selectors and the zero-width joiner select emoji presentation; no text face has them,
     * and openhtmltopdf would print {@code #} for them. Drawn as text, they are dropped (the emoji
     * itself is kept, and warned about if no font has it). The PDF outline keeps them: viewers draw it.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\x{FE00}-\\x{FE0F}\\x{200D}\\x{E0100}-\\x{E01EF}]");

    /** Heading content for a TOC entry, itself a link: no nested links, no footnotes. */
    private static List<Inline> tocInlines(List<Inline> inlines) {
        return Walk.mapInlineList(inlines, i -> {
            if (i instanceof Inline.Note) return List.of();
            if (i instanceof Inline.Link l) return l.content();
            return List.of(i);
        });
    }

    /**
     * Front-matter text as inlines: emoji that have artwork become emoji spans (drawn as pictures,
     * like the body's), the rest stays text.
     */
    private List<Inline> metaInlines(String s) {
        List<Inline> out = new ArrayList<>();
        int at = 0;
        for (var m : EmojiArtwork.twemoji().findAll(s)) {
            String seq = s.substring(m.start(), m.end());
            if (emojiSource.apply(seq).isEmpty()) continue;
            if (m.start() > at) out.add(new Inline.Text(s.substring(at, m.start()), SourcePos.NONE));
            out.add(new Inline.Span(new Attr("", List.of("emoji"), Map.of("data-emoji", seq)),
                    List.of(new Inline.Text(seq, SourcePos.NONE))));
            at = m.end();
        }
        if (at < s.length()) out.add(new Inline.Text(s.substring(at), SourcePos.NONE));
        return out;
    }

    /**
     * With {@code running-head: chapter}, a copy of each top-level heading's text goes right after the
     * heading as a {@code div.running-title}: the stylesheet moves it into the page head
     * ({@code position: running()}), so each page shows the chapter it is in. After, not before: a
     * chapter heading breaks the page, and a copy before it would head the previous chapter's last page.
     * In a book the chapters (and parts) are divs, so the headings are looked for inside divs too. A
     * part title gets no copy: its page has no running head, and the copy, falling after the page
     * break of the chapter that follows, would head that chapter's opening page instead of its title.
     */
    private List<Block> withChapterHeads(List<Block> blocks) {
        if (pdf.runningHead() != PdfTheme.RunningHead.CHAPTER) return blocks;
        return withChapterHeads(blocks, topLevel(blocks, 7), pdf.runningHeadMax());
    }

    /** The class of the running-head copy of a chapter title; the spacing and last-line rewrites leave it be. */
    static final String RUNNING_TITLE = "running-title";

    private static int topLevel(List<Block> blocks, int top) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h) top = Math.min(top, h.level());
            if (b instanceof Block.Div d) top = topLevel(d.blocks(), top);
        }
        return top;
    }

    private static List<Block> withChapterHeads(List<Block> blocks, int top, int max) {
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b instanceof Block.Div d) {
                out.add(new Block.Div(d.attr(), withChapterHeads(d.blocks(), top, max), d.pos()));
                continue;
            }
            out.add(b);
            if (b instanceof Block.Heading h && h.level() == top && !h.attr().hasClass(BookClasses.PART_TITLE)) {
                // Two copies: the verso's head (flush left) and the recto's (flush right, class recto).
                for (Attr attr : List.of(Attr.classes(RUNNING_TITLE), Attr.classes(RUNNING_TITLE, "recto"))) {
                    out.add(new Block.Div(attr, List.of(new Block.Plain(RunningTitle.fit(h.inlines(), max), h.pos())), h.pos()));
                }
            }
        }
        return out;
    }

    /** The font family the 和欧間 spaces are set in; nothing else uses it (see {@link LatinSpaceGlyphs}). */
    static final String SPACING_FAMILY = "hanmoto-wa";

    /**
     * How the 和欧間 spaces are set: in {@code face}, the face of the stylesheet's stacks with the
     * widest space (a half-width space in the usual Japanese monospace face), at the font size that
     * makes that space {@code pdf.ja-latin-space} wide. The size is relative to the surrounding text
     * when the theme gives ems. The letter spacing is tiny but not zero (one of openhtmltopdf's
     * 1/20 pt units; less rounds to zero): openhtmltopdf leaves text with letter spacing out of
     * justification, so the space keeps its width on justified lines instead of taking most of the
     * slack as a word space would.
     */
    record Spacing(FontFace face, String css) {}

    /** The 和欧間 setting for these stacks; empty when the theme turns it off (0) or no face has a space. */
    Optional<Spacing> spacing(List<String> stacks) {
        Length space = pdf.jaLatinSpace().inRendererUnits();
        if (space.isZero()) return Optional.empty();
        double width = space.value().doubleValue();
        String unit = space.unit().css();
        FontFace best = null;
        double advance = 0;
        for (String name : stacks) {
            for (FontFace face : fonts.find(name).orElseThrow()) {
                double a = FontLibrary.spaceAdvance(face.file());
                if (a > advance) {
                    advance = a;
                    best = face;
                }
            }
        }
        if (best == null) return Optional.empty();
        String size = String.format(java.util.Locale.ROOT, "%.4f", width / advance).replaceAll("0+$", "").replaceAll("\\.$", "");
        return Optional.of(new Spacing(best, "." + LatinSpacing.CLASS + " { font-family: " + SPACING_FAMILY
                + "; font-size: " + size + unit + "; font-weight: normal; font-style: normal;"
                + " letter-spacing: 0.05pt; text-decoration: none; }\n"));
    }

    /**
     * A character no font can draw is set as 〓 (geta, U+3013), the Japanese typesetter's mark for a
     * missing sort, instead of openhtmltopdf's {@code #} (which also leaves the PDF without a Unicode
     * mapping for it, failing PDF/A and PDF/UA). It has been warned about already.
     */
    static final int GETA = 0x3013;

    private static String substitute(String s, Set<Integer> missing) {
        if (missing.isEmpty() || s == null) return s;
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> sb.appendCodePoint(missing.contains(cp) ? GETA : cp));
        return sb.toString();
    }

    private static List<Block> withSubstitutes(List<Block> blocks, Function<String, String> visible) {
        return Walk.map(blocks, b -> {
            if (b instanceof Block.CodeBlock c) {
                return List.of(new Block.CodeBlock(c.attr(), visible.apply(c.text()), c.pos()));
            }
            return List.of(b);
        }, i -> {
            if (i instanceof Inline.Text t) return List.of(new Inline.Text(visible.apply(t.text()), t.pos()));
            if (i instanceof Inline.Code c) return List.of(new Inline.Code(visible.apply(c.text()), c.pos()));
            if (i instanceof Inline.Math m) return List.of(new Inline.Math(m.type(), visible.apply(m.tex()), m.pos()));
            return List.of(i);
        });
    }

    private Set<Integer> checkGlyphs(Document doc, Outline outline, List<String> stacks, Diagnostics diags) {
        List<FontFace> faces = new ArrayList<>();
        for (String s : stacks) faces.addAll(fonts.find(s).orElseThrow());
        GlyphCheck check = new GlyphCheck(faces, String.join(", ", stacks));
        List<String> shown = new ArrayList<>();
        doc.meta().title().ifPresent(shown::add);
        doc.meta().findText(Meta.SUBTITLE).ifPresent(shown::add);
        doc.meta().description().ifPresent(shown::add);
        shown.addAll(doc.meta().authors());
        for (String text : shown) {
            for (Inline i : metaInlines(text)) if (i instanceof Inline.Text t) check.checkText(t.text());
        }
        check.checkBlocks(withoutArtEmoji(outline));
        check.report(doc.source(), diags);
        return new HashSet<>(check.missingCodePoints());
    }

    /**
     * Emoji drawn as artwork and formulas drawn as pictures need no glyph: left out of the glyph check
     * (which would also set a formula's ∈ or ℝ as 〓 in the TeX it is drawn from).
     */
    private List<Block> withoutArtEmoji(Outline outline) {
        return Walk.mapInlines(outline.blocks(), i -> {
            if (i instanceof Inline.Math m && MathImages.isDrawn(m)) return List.of();
            if (i instanceof Inline.Span s && s.attr().hasClass("emoji")) {
                String seq = s.attr().attributes().getOrDefault("data-emoji", Walk.plainText(s.content()));
                if (emojiSource.apply(seq).isPresent()) return List.of();
            }
            return List.of(i);
        });
    }

    private static volatile byte[] srgb;

    /** The sRGB IEC61966-2.1 ICC profile shipped beside this class (littleCMS, zlib licence). */
    private static byte[] srgbProfile() throws IOException {
        byte[] p = srgb;
        if (p == null) {
            try (var in = PdfRenderer.class.getResourceAsStream("sRGB.icc")) {
                if (in == null) throw new IOException("sRGB.icc missing from the class path");
                p = in.readAllBytes();
            }
            srgb = p;
        }
        return p;
    }

    /** {@code SOURCE_DATE_EPOCH} (seconds) if set, else the source file's modification time, else 1970. */
    static Instant sourceDate(Path source) {
        Optional<Instant> epoch = dev.hanmoto.render.SourceDate.fromEnvironment();
        if (epoch.isPresent()) return epoch.get();
        try {
            if (Files.isRegularFile(source)) return Files.getLastModifiedTime(source).toInstant();
        } catch (IOException e) {
            // Unreadable time stamp: fall through to the fixed epoch, still deterministic.
        }
        return Instant.EPOCH;
    }

    private static Path baseDir(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs : abs.getParent();
    }

    private static String baseUri(Path source) {
        return baseDir(source).toUri().toString();
    }

    private static boolean isInside(String uri, Path base) {
        if (uri == null || !uri.startsWith("file:")) return false;
        try {
            return InsideFolder.isInside(base, Path.of(java.net.URI.create(uri)));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Hands openhtmltopdf a font for this document built on the process-wide parsed font. */
    private static final class SharedFontSupplier extends PDFontSupplier {
        private final PDDocument doc;
        private final Path file;
        private PDFont supplied;

        SharedFontSupplier(PDDocument doc, Path file) {
            super(null);
            this.doc = doc;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            try {
                supplied = PDType0Font.load(doc, FontLibrary.font(file), true);
                return supplied;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + file, e);
            }
        }

        /** The font last handed to openhtmltopdf; null if it never asked (no text used it). */
        PDFont supplied() {
            return supplied;
        }
    }
}
