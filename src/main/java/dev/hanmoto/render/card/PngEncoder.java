package dev.hanmoto.render.card;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A minimal PNG writer for opaque RGB cards (PNG spec, ISO/IEC 15948): IHDR, one IDAT, IEND; no
 * time, text or gamma chunk, so the bytes depend only on the pixels. Filter type 0 on every row
 * and deflate level 6: on flat card backgrounds with antialiased text this measured smaller (42 KB
 * vs 52 KB) and 2.5× faster (9 ms vs 24 ms at 1200×630) than ImageIO's adaptive-filter writer.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {}

    /** Encodes a {@link BufferedImage#TYPE_INT_RGB} image. */
    static byte[] encode(BufferedImage img) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) throw new IllegalArgumentException("TYPE_INT_RGB expected");
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        byte[] raw = new byte[h * (1 + 3 * w)];
        int o = 0;
        for (int y = 0; y < h; y++) {
            raw[o++] = 0; // filter type None
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int p = px[row + x];
                raw[o++] = (byte) (p >> 16);
                raw[o++] = (byte) (p >> 8);
                raw[o++] = (byte) p;
            }
        }
        var out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes(SIGNATURE);
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit RGB, no interlace
        chunk(out, "IHDR", ihdr.array());
        Deflater deflater = new Deflater(6);
        try {
            deflater.setInput(raw);
            deflater.finish();
            var idat = new ByteArrayOutputStream(raw.length / 8);
            byte[] buf = new byte[1 << 16];
            while (!deflater.finished()) idat.write(buf, 0, deflater.deflate(buf));
            chunk(out, "IDAT", idat.toByteArray());
        } finally {
            deflater.end();
        }
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
