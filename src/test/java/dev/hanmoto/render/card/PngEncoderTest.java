package dev.hanmoto.render.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
    @Test
    void roundTripsEveryPixelThroughImageIo() throws IOException {
        var img = new BufferedImage(317, 123, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) img.setRGB(x, y, (x * 7919 + y * 104729) & 0xffffff);
        }
        var g = img.createGraphics();
        g.setColor(new Color(0x10243e));
        g.fillRect(10, 10, 100, 50);
        g.dispose();
        byte[] png = PngEncoder.encode(img);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(317, back.getWidth());
        assertEquals(123, back.getHeight());
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) assertEquals(img.getRGB(x, y), back.getRGB(x, y), x + "," + y);
        }
        assertArrayEquals(png, PngEncoder.encode(img));
    }
}
