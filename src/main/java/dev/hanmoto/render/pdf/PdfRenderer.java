package dev.hanmoto.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    /** The PDF producer string. */
    public static final String PRODUCER = "Hanmoto 0.1.0";

    private final PdfTheme pdf;
    private final FontStacks fonts;
    private final ThemeFiles files;
    private final ThemeTemplates templates;
    private final Optional<Instant> fixedDate;
    private final Function<String, Optional<String>> emojiSource;

    /** A renderer for the theme's {@code pdf} section, fonts and files. */
    public PdfRenderer(Theme theme) {
        this(theme.pdf(), theme.fonts(), theme.files(), Optional.empty(), e -> Optional.empty());
    }

    private PdfRenderer(PdfTheme pdf, FontStacks fonts, ThemeFiles files, Optional<Instant> fixedDate,
                        Function<String, Optional<String>> emojiSource) {
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
        return new PdfRenderer(pdf, fonts, files, Optional.of(date), emojiSource);
    }

    /**
     * This renderer with emoji drawn as artwork: {@code source} maps an emoji sequence to the image
     * {@code src} to place inline (SVG or PNG), or empty to keep it as text.
     */
    public PdfRenderer withEmojiSource(Function<String, Optional<String>> source) {
        return new PdfRenderer(pdf, fonts, files, fixedDate, source);
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
        String css = files.findText(pdf.stylesheet()).orElseThrow(() -> new UserError(Diagnostic.error(
                "theme-file-missing", "theme stylesheet not found: " + pdf.stylesheet(), null, 0, 0)));
        Outline outline = Outline.of(doc.blocks());
        List<String> stacks = stacksUsedBy(css);
        checkGlyphs(doc, outline, stacks, diags);

        String html = xhtml(doc, outline, css);
        Instant date = fixedDate.orElseGet(() -> sourceDate(doc.source()));

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html, baseUri(doc.source()));
        builder.useUnicodeLineBreaker(new StrictLineBreaker(doc.meta().lang()));
        builder.withProducer(PRODUCER);
        // Tagged PDF/UA-1 and PDF/A-2u with an sRGB output intent (ISO 14289-1, ISO 19005-2).
        builder.usePdfUaAccessibility(true);
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(srgbProfile());
        // openhtmltopdf's log: warnings become diagnostics, the rest is dropped (no console output).
        builder.withDiagnosticConsumer(d -> {
            if (d.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                diags.report(Diagnostic.warning("pdf-layout", d.getFormattedMessage(), doc.source(), 0, 0));
            }
        });
        Path base = baseDir(doc.source());
        // Resources only from the document's folder and below; never the network (DESIGN: no network).
        builder.useExternalResourceAccessControl((uri, type) -> isInside(uri, base), ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        PDDocument target = new PDDocument();
        builder.usePDDocument(target);
        for (String name : stacks) {
            for (FontFace face : fonts.find(name).orElseThrow()) {
                builder.useFont(new SharedFontSupplier(target, face.file()), name, face.weight(),
                        "italic".equals(face.style()) ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.layout();
            PDDocument pd = renderer.createPDFKeepOpen();
            FileIdentity.apply(pd, date, doc.slug());
            pd.save(out);
        } finally {
            target.close();
        }
        return out.toByteArray();
    }

    /** The XHTML that openhtmltopdf receives (the golden-file form of this renderer's input). */
    String xhtml(Document doc, Outline outline, String css) {
        Meta meta = doc.meta();
        XhtmlOptions options = XhtmlOptions.of(XhtmlOptions.FootnoteStyle.PAGE_FLOAT).withEmojiSource(emojiSource);
        List<dev.hanmoto.ast.Block> blocks = new KinsokuGlue().apply(withoutInvisibleSelectors(outline.blocks()));
        String body = new XhtmlWriter(options).blocks(blocks);
        PdfTheme.Toc toc = pdf.toc();
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("lang", meta.lang());
        vars.put("title", meta.title().orElse(doc.slug()));
        vars.put("subtitle", meta.findText(Meta.SUBTITLE).orElse(null));
        vars.put("description", meta.description().orElse(null));
        vars.put("author", meta.authors().isEmpty() ? null : String.join(", ", meta.authors()));
        vars.put("date", meta.date().orElse(null));
        vars.put("publisher", meta.findText(Meta.PUBLISHER).orElse(null));
        vars.put("keywords", meta.subjects().isEmpty() ? null : String.join(", ", meta.subjects()));
        vars.put("pageCss", PageGeometry.of(pdf.page()).css());
        vars.put("css", css);
        vars.put("bookmarks", outline.bookmarksXml());
        vars.put("toc", outline.toc(toc == null ? 0 : toc.depth()).stream()
                .map(e -> Map.<String, Object>of("level", e.level(), "id", e.id(), "text", e.text())).toList());
        vars.put("tocTitle", toc == null || toc.title() == null ? "" : toc.title());
        vars.put("runningHead", pdf.runningHead() == null ? "title" : pdf.runningHead());
        vars.put("body", body);
        return templates.render(pdf.template(), vars);
    }

    /**
     * Variation selectors and the zero-width joiner select emoji presentation; no text face has them,
     * and openhtmltopdf would print {@code #} for them. Drawn as text, they are dropped (the emoji
     * itself is kept, and warned about if no font has it).
     */
    private static List<dev.hanmoto.ast.Block> withoutInvisibleSelectors(List<dev.hanmoto.ast.Block> blocks) {
        return dev.hanmoto.ast.Walk.mapInlines(blocks, i -> {
            if (i instanceof dev.hanmoto.ast.Inline.Text t && INVISIBLE.matcher(t.text()).find()) {
                return List.of(new dev.hanmoto.ast.Inline.Text(INVISIBLE.matcher(t.text()).replaceAll(""), t.pos()));
            }
            return List.of(i);
        });
    }

    private static final Pattern INVISIBLE = Pattern.compile("[\\x{FE00}-\\x{FE0F}\\x{200D}\\x{E0100}-\\x{E01EF}]");

    /** Theme stacks whose name the stylesheet mentions, in theme order. */
    private List<String> stacksUsedBy(String css) {
        List<String> used = new ArrayList<>();
        for (String name : fonts.stacks().keySet()) {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(css).find()) used.add(name);
        }
        if (used.isEmpty()) {
            throw new UserError(Diagnostic.error("pdf-no-font",
                    "the PDF stylesheet " + pdf.stylesheet() + " uses none of the theme's font stacks "
                            + fonts.stacks().keySet() + "; text would fall back to non-embedded fonts", null, 0, 0));
        }
        return used;
    }

    private void checkGlyphs(Document doc, Outline outline, List<String> stacks, Diagnostics diags) {
        List<FontFace> faces = new ArrayList<>();
        for (String s : stacks) faces.addAll(fonts.find(s).orElseThrow());
        GlyphCheck check = new GlyphCheck(faces, String.join(", ", stacks));
        doc.meta().title().ifPresent(check::checkText);
        doc.meta().description().ifPresent(check::checkText);
        doc.meta().authors().forEach(check::checkText);
        check.checkBlocks(withoutArtEmoji(outline));
        check.report(doc.source(), diags);
    }

    /** Emoji drawn as artwork need no glyph: left out of the glyph check. */
    private List<dev.hanmoto.ast.Block> withoutArtEmoji(Outline outline) {
        return dev.hanmoto.ast.Walk.mapInlines(outline.blocks(), i -> {
            if (i instanceof dev.hanmoto.ast.Inline.Span s && s.attr().hasClass("emoji")) {
                String seq = s.attr().attributes().getOrDefault("data-emoji", dev.hanmoto.ast.Walk.plainText(s.content()));
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
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("\\d+")) return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
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
            return Path.of(java.net.URI.create(uri)).toAbsolutePath().normalize().startsWith(base);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Hands openhtmltopdf a font for this document built on the process-wide parsed font. */
    private static final class SharedFontSupplier extends PDFontSupplier {
        private final PDDocument doc;
        private final Path file;

        SharedFontSupplier(PDDocument doc, Path file) {
            super(null);
            this.doc = doc;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(doc, FontLibrary.font(file), true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + file, e);
            }
        }
    }
}
