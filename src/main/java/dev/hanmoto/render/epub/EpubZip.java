package dev.hanmoto.render.epub;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A reproducible EPUB container (OCF 3.3 §4): {@code mimetype} first, stored, without extra field, so
 * its content sits at byte 38; every entry carries the same DOS time, set with
 * {@link ZipEntry#setTimeLocal} (which, unlike {@code setTime}, adds no extended-timestamp extra
 * field). Entries are written in the order they are added; the caller fixes that order.
 */
final class EpubZip {
    /**
     * Earliest time used: just after the DOS epoch. Not 1980-01-01 00:00:00 itself, because
     * {@code ZipEntry} takes exactly that DOS value as its "before 1980" marker and then adds an
     * extended-timestamp extra field — on {@code mimetype} too, which EPUBCheck rejects (PKG-005).
     * Any {@code SOURCE_DATE_EPOCH} before 1980 (0 is common) would otherwise break the EPUB.
     */
    static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0, 2);

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8);
    private final LocalDateTime time;

    EpubZip(LocalDateTime time) throws IOException {
        this.time = time.isBefore(DOS_EPOCH) ? DOS_EPOCH : time.withNano(0);
        zip.setLevel(Deflater.BEST_COMPRESSION);
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry e = new ZipEntry("mimetype");
        e.setMethod(ZipEntry.STORED);
        e.setSize(mimetype.length);
        e.setCompressedSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        e.setCrc(crc.getValue());
        e.setTimeLocal(this.time);
        zip.putNextEntry(e);
        zip.write(mimetype);
        zip.closeEntry();
    }

    void add(String path, byte[] content) throws IOException {
        ZipEntry e = new ZipEntry(path);
        e.setMethod(ZipEntry.DEFLATED);
        e.setTimeLocal(time);
        zip.putNextEntry(e);
        zip.write(content);
        zip.closeEntry();
    }

    void add(String path, String text) throws IOException {
        add(path, text.getBytes(StandardCharsets.UTF_8));
    }

    byte[] finish() throws IOException {
        zip.finish();
        zip.close();
        return bytes.toByteArray();
    }
}
