package dev.hanmoto.render.card;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.render.emoji.EmojiArtwork;
import dev.hanmoto.theme.CardTheme;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeFiles;
import dev.hanmoto.theme.ThemeTemplates;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Social card renderer: fits the title ({@link TitleFitter}), fills the theme's Thymeleaf template
 * ({@code card.template}, with {@code card.stylesheet} inlined), lays it out with openhtmltopdf into a
 * one-page PDF held in memory and rasterises that page with PDFBox into a PNG of exactly the variant's
 * size. Reads only {@code theme.card()}, {@code theme.fonts()} and {@code theme.files()}.
 *
 * <p>Why this path: openhtmltopdf's Java2D module stops at 1.1.37 and does not match our 1.1.65 core;
 * plain Java2D drawing was about 3× faster in a probe but would move the card's layout out of the
 * theme's HTML/CSS into Java. The PDF route keeps the template authoritative and, with fonts parsed
 * once, reaches the batch target: about 33 CPU ms per 1200×630 card warm, 60 cards/s on two idle
 * cores ({@code CardBench}).
 *
 * <p>Font files are read and measured once per process, and parsed for drawing once per thread
 * ({@link CardFonts}); an instance is immutable and renders many cards in parallel. Output bytes depend only on the document and the theme: the PNG
 * writer ({@link PngEncoder}) stores no time, and the intermediate PDF never leaves memory.
 */
public final class CardRenderer implements Renderer {
    /** A named output size in px. */
    public record Variant(String name, int width, int height) {}

    private static final Map<String, String> EMOJI_URIS = new ConcurrentHashMap<>();

    static {
        // Not XRLog.setLoggingEnabled(false): that would also silence the PDF renderer's diagnostics.
        dev.hanmoto.render.LayoutLog.silenceConsole();
    }

    private final CardTheme card;
    private final ThemeTemplates templates;
    private final List<Variant> variants;
    private final Map<String, List<FontFace>> stacks;
    private final FontFace titleFace;
    private final TitleFitter fitter;
    private final TrueTypeMetrics titleMetrics;
    private final EmojiArtwork emoji = EmojiArtwork.twemoji();
    private final String stylesheet;
    private final String logo;
    private final String backgroundImage;
    private final double margin;
    private final double headerHeight;
    private final double footerHeight;
    private final int maxSize;
    private final int minSize;
    private final Color background;

    /** A renderer for the theme's {@code card:} section (checked by the theme binder), fonts and files. */
    public CardRenderer(Theme theme) {
        this.card = theme.card();
        ThemeFiles files = theme.files();
        this.templates = new ThemeTemplates(files);
        variants = new ArrayList<>();
        card.sizes().forEach((name, size) -> variants.add(new Variant(name, size.width(), size.height())));
        margin = card.margin().px();
        headerHeight = card.headerHeight().px();
        footerHeight = card.footerHeight().px();
        maxSize = card.title().maxPx();
        minSize = card.title().minPx();
        background = card.background().hexRgb().isPresent() ? new Color(card.background().hexRgb().getAsInt()) : null;
        stacks = new LinkedHashMap<>();
        for (String key : List.of(card.title().font(), card.font())) stacks.put(key, theme.fonts().find(key).orElseThrow());
        titleFace = closestWeight(stacks.get(card.title().font()), card.title().weight());
        logo = card.logo().map(name -> imageUri(files, name)).orElse(null);
        backgroundImage = card.backgroundImage().map(name -> imageUri(files, name)).orElse(null);
        stylesheet = files.requireText(card.stylesheet());
        titleMetrics = TrueTypeMetrics.of(titleFace.file());
        fitter = new TitleFitter(titleMetrics, emoji);
    }

    @Override
    public String format() {
        return "card";
    }

    /** The variants in theme order; the first is the default. */
    public List<Variant> variants() {
        return List.copyOf(variants);
    }

    /** Writes every variant of the card: {@code <name>.png} for the first, {@code <name>-<variant>.png} for the others. */
    @Override
    public void render(Document doc, OutputSink sink, Diagnostics diags) throws IOException {
        String base = baseName(doc, diags);
        // A thumbnail path is a site path, from the top of the output folder, not the document's own folder.
        OutputSink target = base.equals(doc.slug()) ? sink : sink.root();
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            byte[] png = renderPng(doc, v.width(), v.height(), i == 0 ? diags : new Diagnostics());
            target.write(i == 0 ? base + ".png" : base + "-" + v.name() + ".png", png);
        }
    }

    /** The relative output path (without {@code .png}) of the default variant. */
    String baseName(Document doc, Diagnostics diags) {
        if (card.fileName() == CardTheme.FileName.THUMBNAIL) {
            Optional<String> thumb = doc.meta().findText(Meta.THUMBNAIL);
            if (thumb.isPresent()) {
                Optional<String> path = safeRelative(thumb.get());
                if (path.isPresent() && path.get().toLowerCase(Locale.ROOT).endsWith(".png")) {
                    String p = path.get();
                    return p.substring(0, p.length() - 4);
                }
                diags.report(Diagnostic.warning("card-thumbnail-path", "thumbnail '" + thumb.get()
                        + "' is not a relative .png path inside the output folder; writing the card as " + doc.slug() + ".png",
                        doc.source(), 0, 0));
            }
        }
        return doc.slug();
    }

    /** {@code /static/img/a.png} → {@code static/img/a.png}; empty for URLs, {@code ..}, or odd characters. */
    static Optional<String> safeRelative(String value) {
        String v = value.strip().replace('\\', '/');
        if (v.contains("://") || v.startsWith("//") || v.contains(":")) return Optional.empty();
        while (v.startsWith("/")) v = v.substring(1);
        if (v.isEmpty()) return Optional.empty();
        for (String part : v.split("/")) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) return Optional.empty();
        }
        return Optional.of(v);
    }

    /** The default variant as PNG bytes. */
    public byte[] renderPng(Document doc, Diagnostics diags) {
        Variant v = variants.get(0);
        return renderPng(doc, v.width(), v.height(), diags);
    }

    /**
     * The card at any size, as PNG bytes: e.g. the EPUB cover (1600x2400, as the build asks). Sizes wider than the default
     * variant are laid out at its width and scaled up; taller-than-wide sizes allow
     * {@code title.portrait-max-lines}.
     */
    public byte[] renderPng(Document doc, int width, int height, Diagnostics diags) {
        return encodePng(renderImage(doc, width, height, diags));
    }

    /** The card at the given size as an image of exactly {@code width}×{@code height} px. */
    public BufferedImage renderImage(Document doc, int width, int height, Diagnostics diags) {
        // Wider than the default variant (e.g. the 1600x2400 EPUB cover): lay out at the default
        // variant's width and scale the picture, so margins and type keep their proportions.
        double scale = Math.max(1.0, width / (double) variants.get(0).width());
        String xhtml = xhtml(doc, (int) Math.round(width / scale), (int) Math.round(height / scale), diags);
        try {
            byte[] pdf = layout(xhtml);
            return rasterise(pdf, width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("card layout failed for " + doc.source(), e);
        }
    }

    /** The filled template: the XHTML openhtmltopdf receives (visible for tests and debugging). */
    String xhtml(Document doc, int width, int height, Diagnostics diags) {
        double boxX = margin;
        double boxY = margin + headerHeight;
        double boxW = width - 2 * margin;
        double boxH = height - 2 * margin - headerHeight - footerHeight;
        if (boxW < 2 * minSize || boxH < minSize * card.title().lineHeight()) {
            throw new IllegalArgumentException("card size " + width + "x" + height + " leaves no room for the title");
        }
        Meta meta = doc.meta();
        String titleText = meta.title().orElse(doc.slug());
        int maxLines = height > width ? card.title().portraitMaxLines() : card.title().maxLines();
        var box = new TitleFitter.Box(boxW, boxH, maxLines, maxSize, minSize, card.title().lineHeight());
        TitleFitter.Fitted fitted = fitter.fit(titleText, meta.lang(), box);
        fitted.truncationWarning(doc.source(), titleText).ifPresent(diags::report);
        reportMissingGlyphs(doc, titleText, titleMetrics, diags);

        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("card", Map.of("width", px(width), "height", px(height), "margin", px(margin)));
        vars.put("header", rect(margin, margin, boxW, headerHeight));
        vars.put("box", rect(boxX, boxY, boxW, boxH));
        vars.put("footer", rect(margin, height - margin - footerHeight, boxW, footerHeight));
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("text", titleText);
        title.put("lines", fitted.lines().stream().map(this::runs).toList());
        title.put("fontSize", px(fitted.fontSize()));
        title.put("lineHeight", px(fitted.lineHeight()));
        title.put("top", px(boxY + (boxH - fitted.blockHeight()) / 2));
        title.put("font", card.title().font());
        title.put("weight", String.valueOf(titleFace.weight()));
        vars.put("title", title);
        vars.put("description", meta.description().orElse(null));
        vars.put("tags", meta.subjects().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().limit(card.maxTags()).toList());
        vars.put("author", meta.authors().isEmpty() ? null : String.join(" / ", meta.authors()));
        vars.put("date", meta.date().map(CardRenderer::displayDate).orElse(null));
        vars.put("siteName", card.siteName());
        vars.put("lang", meta.lang());
        vars.put("logo", logo);
        vars.put("backgroundImage", backgroundImage);
        vars.put("colors", Map.of("background", card.background().css(), "foreground", card.foreground().css(),
                "accent", card.accent().css(), "muted", card.muted().css()));
        vars.put("fonts", Map.of("body", card.font(), "title", card.title().font()));
        vars.put("stylesheet", stylesheet);
        return templates.render(card.template(), vars);
    }

    /**
     * Characters of the title that the title font cannot draw (openhtmltopdf would print {@code #}):
     * one warning per document naming each character and its code point. Emoji with artwork are drawn
     * as pictures and never count.
     */
    private void reportMissingGlyphs(Document doc, String text, TrueTypeMetrics font, Diagnostics diags) {
        Set<Integer> missing = new TreeSet<>();
        int i = 0;
        while (i < text.length()) {
            var m = emoji.match(text, i);
            if (m.isPresent()) {
                i = m.get().end();
                continue;
            }
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (!font.has(cp) && !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT
                    && Character.getType(cp) != Character.NON_SPACING_MARK && !(cp >= 0xFE00 && cp <= 0xFE0F)) {
                missing.add(cp);
            }
        }
        if (missing.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        for (int cp : missing) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append('\'').appendCodePoint(cp).append("' ").append(String.format(Locale.ROOT, "U+%04X", cp));
        }
        diags.report(Diagnostic.warning("card-missing-glyph", "the card title font " + font.name()
                + " has no glyph for " + sb + "; it would be drawn as '#'", doc.source(), 0, 0));
    }

    /** A title line as runs of text and emoji; emoji carry their Twemoji SVG as a data: URI. */
    private List<Map<String, Object>> runs(String line) {
        List<Map<String, Object>> runs = new ArrayList<>();
        int at = 0;
        for (EmojiArtwork.Match m : emoji.findAll(line)) {
            if (m.start() > at) runs.add(Map.of("text", line.substring(at, m.start()), "emoji", false, "src", ""));
            String src = EMOJI_URIS.computeIfAbsent(m.key(), k -> "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(emoji.findSvgByKey(k).orElseThrow()));
            runs.add(Map.of("text", line.substring(m.start(), m.end()), "emoji", true, "src", src));
            at = m.end();
        }
        if (at < line.length()) runs.add(Map.of("text", line.substring(at), "emoji", false, "src", ""));
        return runs;
    }

    /** One-page PDF in memory, fonts from the per-thread parsed copies, only data: URIs reachable. */
    private byte[] layout(String xhtml) throws IOException {
        var out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            var b = new PdfRendererBuilder();
            b.usePDDocument(pdf);
            b.useFastMode();
            if (xhtml.contains("data:image/svg+xml")) b.useSVGDrawer(new BatikSVGDrawer());
            b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            for (var stack : stacks.entrySet()) {
                for (FontFace face : stack.getValue()) {
                    FontStyle style = face.style() == FontFace.Style.ITALIC ? FontStyle.ITALIC : FontStyle.NORMAL;
                    b.useFont(new FaceSupplier(pdf, face.file()), stack.getKey(), face.weight(), style, true);
                }
            }
            b.withW3cDocument(parse(xhtml), null);
            b.toStream(out);
            b.run();
        }
        return out.toByteArray();
    }

    /**
     * Parses the filled template with this thread's namespace-aware parser (DOCTYPE allowed, external
     * entities and DTDs never loaded). Reusing it saves the JAXP provider lookup that openhtmltopdf's
     * own parsing repeats for every card.
     */
    private static org.w3c.dom.Document parse(String xhtml) throws IOException {
        DocumentBuilder parser = PARSER.get();
        parser.reset();
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalStateException("card template did not give well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });

    private BufferedImage rasterise(byte[] pdfBytes, int width, int height) throws IOException {
        var img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, width, height);
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            // openhtmltopdf maps 1 CSS px to 0.75 pt; scale the page back to exactly width x height px.
            float sx = width / pdf.getPage(0).getMediaBox().getWidth();
            float sy = height / pdf.getPage(0).getMediaBox().getHeight();
            new PDFRenderer(pdf).renderPageToGraphics(0, g, sx, sy);
        } finally {
            g.dispose();
        }
        return img;
    }

    /** PNG bytes; see {@link PngEncoder}: no time or other varying chunk, equal images give equal bytes. */
    static byte[] encodePng(BufferedImage img) {
        return PngEncoder.encode(img);
    }

    /** Loads the face into this card's PDF only if the layout asks for it. */
    private static final class FaceSupplier extends PDFontSupplier {
        private final PDDocument pdf;
        private final Path file;
        private PDFont font;

        FaceSupplier(PDDocument pdf, Path file) {
            super(null);
            this.pdf = pdf;
            this.file = file;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(pdf, CardFonts.trueType(file), true);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot load font " + file, e);
                }
            }
            return font;
        }
    }

    private static FontFace closestWeight(List<FontFace> faces, int weight) {
        FontFace best = faces.get(0);
        for (FontFace f : faces) {
            if (Math.abs(f.weight() - weight) < Math.abs(best.weight() - weight)) best = f;
        }
        return best;
    }

    /** A theme image (PNG, JPEG or SVG by its name, as the theme binder checked) as a {@code data:} URI. */
    private static String imageUri(ThemeFiles files, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String mime = lower.endsWith(".svg") ? "image/svg+xml" : lower.endsWith(".png") ? "image/png" : "image/jpeg";
        byte[] bytes = files.findBytes(name).orElseThrow(() -> new IllegalStateException("theme file missing: " + name));
        return "data:" + mime + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** ISO timestamps show as their date part (2024-03-01T09:00:00+09:00 → 2024-03-01). */
    private static String displayDate(String date) {
        return date.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? date.substring(0, 10) : date;
    }

    private static Map<String, String> rect(double x, double y, double w, double h) {
        return Map.of("x", px(x), "y", px(y), "width", px(w), "height", px(h));
    }

    private static String px(double v) {
        return fmt(v) + "px";
    }

    private static String fmt(double v) {
        if (v == Math.rint(v)) return String.valueOf((long) v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
