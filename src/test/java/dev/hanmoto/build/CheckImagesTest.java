package dev.hanmoto.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The byte checks of {@link CheckImages}, for the formats the CLI tests do not craft (they cover PNG and SVG). */
class CheckImagesTest {
    @Test
    void hugeJpegIsRefusedFromItsFrameHeader() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        // SOF0: length 17, 8 bits, height 60000, width 60000, 3 components.
        o.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) 0xEA, 0x60, (byte) 0xEA, 0x60, 3,
                1, 0x11, 0, 2, 0x11, 0, 3, 0x11, 0});
        o.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD9});
        assertEquals(Optional.of("image 'a.jpg' is 60000×60000 pixels; the limit is 100 megapixels"),
                CheckImages.content(o.toByteArray(), "image 'a.jpg'"));
    }

    @Test
    void hugeGifIsRefusedFromItsScreenDescriptor() {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes("GIF89a".getBytes(StandardCharsets.US_ASCII));
        o.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0});
        // Image descriptor 65535×65535 at 0,0, then a minimal LZW stream and the trailer.
        o.writeBytes(new byte[] {0x2C, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 2, 2, 0x4C, 0x01, 0, 0x3B});
        assertEquals(Optional.of("image 'a.gif' is 65535×65535 pixels; the limit is 100 megapixels"),
                CheckImages.content(o.toByteArray(), "image 'a.gif'"));
    }

    @Test
    void truncatedJpegAndGifAreCorrupt() {
        assertEquals(Optional.of("image 'a.jpg' is a corrupt JPEG (truncated)"),
                CheckImages.content(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16}, "image 'a.jpg'"));
        assertEquals(Optional.of("image 'a.gif' is a corrupt GIF (truncated)"),
                CheckImages.content("GIF89a\u0001\u0000".getBytes(StandardCharsets.ISO_8859_1), "image 'a.gif'"));
    }

    @Test
    void svgWithExternalReferenceOrForeignObjectIsRefused() {
        String ns = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";
        assertEquals(Optional.of("image 'a.svg' refers to another file or address (file:///etc/passwd)"),
                CheckImages.content((ns + "<image xlink:href=\"file:///etc/passwd\"/></svg>").getBytes(StandardCharsets.UTF_8), "image 'a.svg'"));
        assertEquals(Optional.of("image 'a.svg' contains a <foreignObject>"),
                CheckImages.content((ns + "<foreignObject/></svg>").getBytes(StandardCharsets.UTF_8), "image 'a.svg'"));
        assertEquals(Optional.empty(),
                CheckImages.content((ns + "<defs><g id=\"x\"/></defs><use href=\"#x\"/></svg>").getBytes(StandardCharsets.UTF_8), "image 'a.svg'"));
        assertEquals(Optional.of("image 'a.svg' is not well-formed SVG"),
                CheckImages.content("<svg><g></svg>".getBytes(StandardCharsets.UTF_8), "image 'a.svg'"));
    }
}
