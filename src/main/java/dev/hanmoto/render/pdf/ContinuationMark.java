package dev.hanmoto.render.pdf;

import dev.hanmoto.theme.Colour;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * The mark (↪) in the gutter of each row a long code line wraps onto, as a PNG the stylesheet sets
 * down a line's box as its background (its first row blank): backgrounds are artifacts in the tagged PDF, so the mark is
 * seen on paper and never copied with the code. Drawn with shapes (no font), in the code style's
 * line-number colour; the same colour gives the same bytes.
 */
final class ContinuationMark {
    private ContinuationMark() {}

    /** Pixels of one row's square; drawn at 0.9em it is about 600 dpi at 7.5pt. */
    private static final int SIZE = 64;
    /**
     * Rows the image covers: the first is blank (a line's first row has no mark), the others carry one.
     * One image down the whole line box, not a repeated tile, since a tile would mark the first row too.
     */
    static final int ROWS = 120;

    /** {@code url(data:image/png;base64,...)} of the mark in {@code colour} (black if it is no #rrggbb). */
    static String cssUrl(Colour colour) {
        int rgb = colour.hexRgb().orElse(0);
        BufferedImage img = new BufferedImage(SIZE, SIZE * ROWS, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(new Color(rgb));
        g.setStroke(new BasicStroke(5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        // A hook from the upper left down and to the right, with an arrowhead: ↪ as editors show it.
        for (int row = 1; row < ROWS; row++) {
            int y = row * SIZE;
            Path2D hook = new Path2D.Double();
            hook.moveTo(14, y + 14);
            hook.lineTo(14, y + 38);
            hook.lineTo(50, y + 38);
            g.draw(hook);
            Path2D head = new Path2D.Double();
            head.moveTo(40, y + 28);
            head.lineTo(51, y + 38);
            head.lineTo(40, y + 48);
            g.draw(head);
        }
        g.dispose();
        return PngUrl.of(img);
    }
}
