package dev.hanmoto.build;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.render.SourceDate;
import dev.hanmoto.render.card.CardRenderer;
import dev.hanmoto.render.epub.EpubRenderer;
import dev.hanmoto.render.pdf.PdfRenderer;
import dev.hanmoto.theme.Theme;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The renderers for a theme and a set of formats. Made once per build (or once per {@code watch}
 * session): renderers hold parsed templates and fonts, and are safe to share across documents.
 */
public final class Renderers {
    /** EPUB cover size when the cover is the social card: 2:3 portrait, the size stores ask for. */
    static final int COVER_WIDTH = 1600;
    static final int COVER_HEIGHT = 2400;

    private Renderers() {}

    /**
     * Starts, on a daemon thread, the theme-independent setup of the renderers {@code formats} need
     * (the card's layout and drawing engines: {@link CardRenderer#prepare}), so that it runs while the
     * build loads its theme and sources instead of after them. Only without the PDF: the PDF's layout is
     * then the longest path and the card is drawn beside it, so a head start would only take a core from
     * the theme and the sources. Outputs are the same with or without it; if it fails, the renderer meets
     * and reports the same problem when it renders.
     */
    public static void prepare(Set<Format> formats) {
        if (formats.contains(Format.PDF) || !formats.contains(Format.CARD) && !formats.contains(Format.EPUB)) return;
        Thread t = new Thread(() -> {
            try {
                CardRenderer.prepare();
            } catch (IOException | RuntimeException e) {
                // Only a head start: the first card sets itself up, and reports what goes wrong there.
            }
        }, "hanmoto-prepare");
        t.setDaemon(true);
        t.start();
    }

    public static List<Renderer> create(Theme theme, Set<Format> formats, Project project) {
        List<Renderer> list = new ArrayList<>();
        // The card also makes the EPUB's cover; a PDF-only build needs neither.
        CardRenderer card = formats.contains(Format.EPUB) || formats.contains(Format.CARD) ? new CardRenderer(theme) : null;
        if (formats.contains(Format.PDF)) list.add(new PdfRenderer(theme).withProjectDir(project.dir()));
        if (formats.contains(Format.EPUB)) {
            list.add(new EpubRenderer(theme,
                    doc -> Optional.of(card.renderPng(doc, COVER_WIDTH, COVER_HEIGHT, new Diagnostics())),
                    project.dir(), SourceDate.fromEnvironment()));
        }
        if (formats.contains(Format.CARD)) list.add(card);
        return list;
    }
}
