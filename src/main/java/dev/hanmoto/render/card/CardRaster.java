package dev.hanmoto.render.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the card's one-page PDF with PDFBox into an RGB image of exactly the card's size in px, over
 * the background colour (if the theme's is a plain colour), antialiased.
 */
final class CardRaster {
    private final Optional<Color> background;

    CardRaster(Optional<Color> background) {
        this.background = background;
    }

    BufferedImage rasterise(byte[] pdfBytes, int width, int height) throws IOException {
        var img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try (PDDocument pdf = Loader.loadPDF(pdfBytes)) {
            if (background.isPresent()) {
                g.setColor(background.get());
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
}
