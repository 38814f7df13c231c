package dev.hanmoto.theme;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bytes of font files, read once per process and shared by everyone who parses them: theme
 * validation (coverage check), the PDF renderer, the card renderer and the EPUB font subsetter. A CJK
 * face is 5–6 MB; reading it once instead of once per user saves I/O and memory. Keyed by path,
 * modification time and size, so a font changed during {@code watch} is read anew.
 *
 * <p>The arrays returned are shared: callers must not modify them.
 */
public final class FontFiles {
    private record Key(Path path, long modified, long size) {}

    private static final ConcurrentHashMap<Key, byte[]> BYTES = new ConcurrentHashMap<>();

    private FontFiles() {}

    /** The file's bytes (shared; do not modify). */
    public static byte[] bytes(Path file) throws IOException {
        Path p = file.toAbsolutePath().normalize();
        Key key = new Key(p, Files.getLastModifiedTime(p).toMillis(), Files.size(p));
        try {
            return BYTES.computeIfAbsent(key, k -> {
                try {
                    return Files.readAllBytes(k.path());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
