package dev.hanmoto.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The files one document's load reads, noted by the readers as they read them (the article or each
 * chapter, each image a source names, whether it exists or not), so that the build cache can tell
 * next time whether the document's inputs are what they were. Loading a document runs on one thread
 * (its worker), so the record is per thread: {@link #begin} on the worker, {@link #end} after the load.
 *
 * <p>Each file's size and modification time are taken when it is first noted, just before it is read:
 * a file that changes during the build (after it was noted) shows another stamp afterwards, and the
 * cache then records nothing rather than outputs made from the older text.
 */
final class Dependencies {
    /** A file's stamp: its size and modification time in nanoseconds, or {@link #ABSENT}. */
    record Stamp(long size, long modifiedNanos) {
        static final Stamp ABSENT = new Stamp(-1, 0);

        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                if (!a.isRegularFile()) return ABSENT;
                java.time.Instant t = a.lastModifiedTime().toInstant();
                return new Stamp(a.size(), t.getEpochSecond() * 1_000_000_000L + t.getNano());
            } catch (IOException e) {
                return ABSENT;
            }
        }
    }

    private static final ThreadLocal<Map<Path, Stamp>> CURRENT = new ThreadLocal<>();

    private Dependencies() {}

    /** Starts noting on this thread. */
    static void begin() {
        CURRENT.set(new LinkedHashMap<>());
    }

    /** Notes {@code file} (absolute or relative to the working directory) if this thread is noting. */
    static void read(Path file) {
        Map<Path, Stamp> m = CURRENT.get();
        if (m == null) return;
        Path p = Objects.requireNonNull(file).toAbsolutePath().normalize();
        m.computeIfAbsent(p, Stamp::of);
    }

    /** Stops noting; returns the files noted since {@link #begin}, each with its stamp then, in the order first read. */
    static Map<Path, Stamp> end() {
        Map<Path, Stamp> m = CURRENT.get();
        CURRENT.remove();
        return m == null ? Map.of() : m;
    }
}
