package dev.hanmoto.render.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import javax.imageio.ImageIO;

/** A small picture drawn for the page CSS (the code's continuation mark, line-number digits) as a CSS {@code url(data:…)}. */
final class PngUrl {
    private PngUrl() {}

    static String of(BufferedImage img) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "url(data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray()) + ")";
    }
}
