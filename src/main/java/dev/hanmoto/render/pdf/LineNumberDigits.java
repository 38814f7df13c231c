package dev.hanmoto.render.pdf;

import dev.hanmoto.theme.Colour;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The digits of code line numbers as pictures, one PNG per digit set as the background of an empty
 * box ({@code span.lnd.dN}, which the XHTML writer puts in the gutter cell for the PDF): backgrounds
 * are artifacts of the tagged PDF, so the numbers are seen on paper and never copied with the code
 * (issue 15.4; a number in the text layer, artifact or not, comes out of every text extractor). The
 * glyphs are the code font's own outlines (a bundled file, so the same everywhere), filled in the code
 * style's line-number colour; the same font and colour give the same bytes.
 */
final class LineNumberDigits {
    private LineNumberDigits() {}

    /** Pixels per em: about 600 dpi at 7.5pt. */
    private static final int EM = 64;
    /** A digit's advance in em (the code fonts are monospaced with half-width digits). */
    static final double WIDTH_EM = 0.5;

    /** CSS drawing each digit box {@code span.lnd.d0} … {@code d9} with its digit, for a line height of {@code lh} em. */
    static String css(Path font, Colour colour, double lh) {
        Font f;
        try {
            f = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(dev.hanmoto.theme.FontFiles.bytes(font))).deriveFont((float) EM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the code font " + font + " is no TrueType font", e);
        }
        int w = (int) Math.round(EM * WIDTH_EM);
        int h = (int) Math.round(EM * lh);
        // The baseline where the text's is: half the leading above, then the font's ascent.
        FontRenderContext frc = new FontRenderContext(new AffineTransform(), true, true);
        float ascent = f.getLineMetrics("0", frc).getAscent();
        float descent = f.getLineMetrics("0", frc).getDescent();
        float baseline = (float) ((h - (ascent + descent)) / 2.0 + ascent);
        int rgb = colour.hexRgb().orElse(0x888888);
        StringBuilder sb = new StringBuilder();
        sb.append("pre.code span.ln span.lnd { display: inline-block; width: ").append(num(WIDTH_EM)).append("em; height: ")
                .append(num(lh)).append("em; vertical-align: top; background-repeat: no-repeat; background-size: ")
                .append(num(WIDTH_EM)).append("em ").append(num(lh)).append("em; }\n");
        for (int d = 0; d <= 9; d++) {
            BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(new Color(rgb));
            Shape glyph = f.createGlyphVector(frc, String.valueOf(d)).getOutline(0, baseline);
            double gx = (w - glyph.getBounds2D().getWidth()) / 2 - glyph.getBounds2D().getX();
            g.fill(AffineTransform.getTranslateInstance(gx, 0).createTransformedShape(glyph));
            g.dispose();
            sb.append("pre.code span.ln span.d").append(d).append(" { background-image: ").append(PngUrl.of(img)).append("; }\n");
        }
        return sb.toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
