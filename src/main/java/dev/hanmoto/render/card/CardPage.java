package dev.hanmoto.render.card;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.emoji.EmojiArtwork;
import dev.hanmoto.text.RightToLeft;
import dev.hanmoto.theme.CardBoxes;
import dev.hanmoto.theme.CardTheme;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.ThemeFiles;
import dev.hanmoto.theme.ThemeTemplates;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The card as XHTML: the theme's card template ({@code card.template}, with {@code card.stylesheet}
 * inlined) filled with the card's boxes ({@link CardBoxes}), the title fitted into the title box
 * ({@link TitleFitter}) as lines of text and emoji runs, and the document's metadata. Immutable and
 * thread-safe.
 */
final class CardPage {
    /** Twemoji pictures as {@code data:} URIs, by emoji key: built once per process, shared by every card. */
    private static final Map<String, String> EMOJI_URIS = new ConcurrentHashMap<>();

    private final CardTheme card;
    private final ThemeTemplates templates;
    private final FontFace titleFace;
    private final TrueTypeMetrics titleMetrics;
    private final TitleFitter fitter;
    private final EmojiArtwork emoji;
    private final String stylesheet;
    private final String logo;
    private final String backgroundImage;

    /** @param titleFace the face the title is measured and drawn in */
    CardPage(CardTheme card, ThemeFiles files, FontFace titleFace, List<FontFace> fallback, EmojiArtwork emoji) {
        this.card = card;
        this.templates = new ThemeTemplates(files);
        this.titleFace = titleFace;
        this.emoji = emoji;
        this.logo = card.logo().map(name -> imageUri(files, name)).orElse(null);
        this.backgroundImage = card.backgroundImage().map(name -> imageUri(files, name)).orElse(null);
        this.stylesheet = files.requireText(card.stylesheet());
        this.titleMetrics = TrueTypeMetrics.of(titleFace.file()).withFallback(fallback.stream().map(FontFace::file).toList());
        this.fitter = new TitleFitter(titleMetrics, emoji);
    }

    /**
     * The filled template for a card of {@code width}×{@code height} px (the XHTML openhtmltopdf
     * receives). A taller-than-wide card allows {@code title.portrait-max-lines}; a cut title and
     * characters the title font lacks are warned about.
     */
    String xhtml(Document doc, int width, int height, Diagnostics diags) {
        CardBoxes boxes = CardBoxes.of(card, width, height);
        CardBoxes.Box box = boxes.title();
        Meta meta = doc.meta();
        String titleText = meta.title().orElse(doc.slug());
        int maxLines = height > width ? card.title().portraitMaxLines() : card.title().maxLines();
        var fitBox = new TitleFitter.Box(box.width(), box.height(), maxLines, card.title().maxPx(), card.title().minPx(),
                card.title().lineHeight());
        TitleFitter.Fitted fitted = fitter.fit(titleText, meta.lang(), fitBox);
        fitted.truncationWarning(doc.source(), titleText).ifPresent(diags::report);
        reportMissingGlyphs(doc, titleText, diags);

        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("card", Map.of("width", px(width), "height", px(height), "margin", px(card.margin().px())));
        vars.put("header", rect(boxes.header()));
        vars.put("box", rect(box));
        vars.put("footer", rect(boxes.footer()));
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("text", titleText);
        title.put("lines", fitted.lines().stream().map(this::runs).toList());
        title.put("fontSize", px(fitted.fontSize()));
        title.put("lineHeight", px(fitted.lineHeight()));
        title.put("top", px(box.y() + (box.height() - fitted.blockHeight()) / 2));
        title.put("font", card.title().font());
        title.put("weight", String.valueOf(titleFace.weight()));
        vars.put("title", title);
        vars.put("description", meta.description().orElse(null));
        vars.put("tags", meta.subjects().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().limit(card.maxTags()).toList());
        vars.put("author", meta.authors().isEmpty() ? null : String.join(" / ", meta.authors()));
        vars.put("date", meta.date().map(CardPage::displayDate).orElse(null));
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
    private void reportMissingGlyphs(Document doc, String text, Diagnostics diags) {
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
            if (!titleMetrics.has(cp) && !Character.isWhitespace(cp) && Character.getType(cp) != Character.FORMAT
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
        diags.report(Diagnostic.warning("card-missing-glyph", "the card title font " + titleMetrics.name()
                + " and the fallback fonts have no glyph for " + sb + "; it would be drawn as '#'", doc.source(), 0, 0));
    }

    /**
     * A title line as runs of text and emoji; emoji carry their Twemoji SVG as a data: URI. Text is in the
     * order it is seen, Arabic joined ({@link RightToLeft}), as openhtmltopdf draws neither bidi nor shaping.
     */
    private List<Map<String, Object>> runs(String line) {
        List<Map<String, Object>> runs = new ArrayList<>();
        int at = 0;
        for (EmojiArtwork.Match m : emoji.findAll(line)) {
            if (m.start() > at) runs.add(Map.of("text", RightToLeft.visual(line.substring(at, m.start())), "emoji", false, "src", ""));
            String src = EMOJI_URIS.computeIfAbsent(m.key(), k -> "data:image/svg+xml;base64,"
                    + Base64.getEncoder().encodeToString(emoji.findSvgByKey(k).orElseThrow()));
            runs.add(Map.of("text", line.substring(m.start(), m.end()), "emoji", true, "src", src));
            at = m.end();
        }
        if (at < line.length()) runs.add(Map.of("text", RightToLeft.visual(line.substring(at)), "emoji", false, "src", ""));
        return runs;
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

    private static Map<String, String> rect(CardBoxes.Box b) {
        return Map.of("x", px(b.x()), "y", px(b.y()), "width", px(b.width()), "height", px(b.height()));
    }

    private static String px(double v) {
        if (v == Math.rint(v)) return (long) v + "px";
        return String.format(Locale.ROOT, "%.2f", v) + "px";
    }
}
