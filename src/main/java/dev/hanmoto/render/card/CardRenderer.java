package dev.hanmoto.render.card;

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
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Social card renderer: for each of the theme's sizes, the card's XHTML ({@link CardPage}: the theme's
 * Thymeleaf template with the title fitted by {@link TitleFitter}), laid out by openhtmltopdf into a
 * one-page PDF held in memory ({@link CardLayout}), drawn by PDFBox into an image of exactly the
 * variant's size ({@link CardRaster}) and written as PNG ({@link PngEncoder}). Reads only
 * {@code theme.card()}, {@code theme.fonts()} and {@code theme.files()}.
 *
 * <p>Why this path: openhtmltopdf's Java2D module stops at 1.1.37 and does not match our 1.1.65 core;
 * plain Java2D drawing was about 3× faster in a probe but would move the card's layout out of the
 * theme's HTML/CSS into Java. The PDF route keeps the template authoritative and, with fonts parsed
 * once, reaches the batch target: about 33 CPU ms per 1200×630 card warm, 60 cards/s on two idle
 * cores ({@code CardBench}).
 *
 * <p>Font files are read and measured once per process, and parsed for drawing once per thread
 * ({@link CardFonts}); an instance is immutable and renders many cards in parallel. Output bytes depend
 * only on the document and the theme: the PNG writer stores no time, and the intermediate PDF never
 * leaves memory.
 */
public final class CardRenderer implements Renderer {
    /** A named output size in px. */
    public record Variant(String name, int width, int height) {}

    private final CardTheme card;
    private final List<Variant> variants;
    private final CardPage page;
    private final CardLayout layout;
    private final CardRaster raster;

    /** A renderer for the theme's {@code card:} section (checked by the theme binder), fonts and files. */
    public CardRenderer(Theme theme) {
        this.card = theme.card();
        variants = new ArrayList<>();
        card.sizes().forEach((name, size) -> variants.add(new Variant(name, size.width(), size.height())));
        Map<String, List<FontFace>> stacks = new LinkedHashMap<>();
        for (String key : List.of(card.title().font(), card.font())) stacks.put(key, theme.fonts().find(key).orElseThrow());
        FontFace titleFace = closestWeight(stacks.get(card.title().font()), card.title().weight());
        page = new CardPage(card, theme.files(), titleFace, theme.fonts().fallback(), EmojiArtwork.twemoji());
        layout = new CardLayout(stacks, theme.fonts().fallback());
        raster = new CardRaster(card.background().hexRgb().isPresent()
                ? Optional.of(new Color(card.background().hexRgb().getAsInt())) : Optional.empty());
    }

    /** An empty page for {@link #prepare}: the smallest document the card's layout and drawing take. */
    private static final String EMPTY_PAGE = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><style>@page { size: 8px 8px; margin: 0 }"
            + "</style></head><body></body></html>";

    /**
     * Sets up, ahead of the first card, what the first card's layout and drawing would set up for the
     * whole process whatever the theme: openhtmltopdf's default stylesheet and the PDF standard fonts it
     * puts in the font store of every document that is not PDF/A, PDFBox's page drawing, Java2D. It
     * lays out and draws an empty page and keeps nothing of it, so it changes no card. A build runs it
     * on a spare core while it loads the theme and the sources (issue 20: a card-only build waited for
     * each in turn); a card rendered meanwhile simply does the same setup itself.
     */
    public static void prepare() throws IOException {
        new CardRaster(Optional.empty()).rasterise(new CardLayout(Map.of(), List.of()).layout(EMPTY_PAGE), 8, 8);
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
        return PngEncoder.encode(renderImage(doc, width, height, diags));
    }

    /** The card at the given size as an image of exactly {@code width}×{@code height} px. */
    public BufferedImage renderImage(Document doc, int width, int height, Diagnostics diags) {
        // Wider than the default variant (e.g. the 1600x2400 EPUB cover): lay out at the default
        // variant's width and scale the picture, so margins and type keep their proportions.
        double scale = Math.max(1.0, width / (double) variants.get(0).width());
        String xhtml = xhtml(doc, (int) Math.round(width / scale), (int) Math.round(height / scale), diags);
        try {
            return raster.rasterise(layout.layout(xhtml), width, height);
        } catch (IOException e) {
            throw new UncheckedIOException("card layout failed for " + doc.source(), e);
        }
    }

    /** The filled template at a size: the XHTML openhtmltopdf receives (visible for tests and debugging). */
    String xhtml(Document doc, int width, int height, Diagnostics diags) {
        return page.xhtml(doc, width, height, diags);
    }

    private static FontFace closestWeight(List<FontFace> faces, int weight) {
        FontFace best = faces.get(0);
        for (FontFace f : faces) {
            if (Math.abs(f.weight() - weight) < Math.abs(best.weight() - weight)) best = f;
        }
        return best;
    }
}
