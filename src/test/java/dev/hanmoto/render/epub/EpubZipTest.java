package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The container's first entry as OCF 3.3 §4.3 wants it, whatever the build date (found by PipelineFuzzTest). */
class EpubZipTest {
    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00", "1980-01-01T00:00:00", "2023-11-14T22:13:20"})
    void mimetypeHasNoExtraFieldForAnyDate(String date) throws IOException {
        EpubZip zip = new EpubZip(LocalDateTime.parse(date));
        zip.add("a.txt", "a");
        ByteBuffer b = ByteBuffer.wrap(zip.finish()).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals(0x04034b50, b.getInt(0), "local file header");
        assertEquals(8, b.getShort(26), "name length");
        assertEquals(0, b.getShort(28), "extra field length");
        byte[] content = new byte[20];
        b.get(38, content);
        assertEquals("application/epub+zip", new String(content, StandardCharsets.US_ASCII));
    }
}
