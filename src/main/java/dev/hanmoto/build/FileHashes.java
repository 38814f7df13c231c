package dev.hanmoto.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of each theme file and font the configuration key reads, remembered in the build
 * cache's folder ({@code out/.hanmoto/cache/hashes}) with the file's size and time stamp: a cold
 * build hashed ~29 MB of fonts on every run before (about half of a card-only build's time). A file
 * whose size or time stamp differs from the remembered one is hashed again, as the cache treats a
 * document's own inputs ({@link Dependencies.Stamp}); a missing, damaged or foreign memo is only a
 * slower build. Safe to delete with the rest of the cache.
 */
final class FileHashes {
    static final String NAME = "hashes";
    private static final String HEAD = "hanmoto file hashes 1";
    private static final String END = "end";

    private record Known(long size, long modifiedNanos, String sha) {}

    private final Path file;
    private final Map<String, Known> known;
    private boolean changed;

    private FileHashes(Path file, Map<String, Known> known) {
        this.file = file;
        this.known = known;
    }

    /** The memo at {@code file}; empty when it is missing or not whole. */
    static FileHashes load(Path file) {
        Map<String, Known> known = new TreeMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() >= 2 && lines.get(0).equals(HEAD) && lines.get(lines.size() - 1).equals(END)) {
                for (String line : lines.subList(1, lines.size() - 1)) {
                    // size, time stamp, hash, then the path (which may hold spaces)
                    String[] f = line.split(" ", 4);
                    if (f.length == 4) known.put(f[3], new Known(Long.parseLong(f[0]), Long.parseLong(f[1]), f[2]));
                }
            } else {
                known.clear();
            }
        } catch (NoSuchFileException e) {
            // no memo yet
        } catch (IOException | RuntimeException e) {
            known.clear();  // unreadable or damaged: every file is hashed again
        }
        return new FileHashes(file, known);
    }

    /** The file's SHA-256, from the memo when its size and time stamp are the remembered ones. */
    synchronized String sha(Path path) {
        String key = path.toAbsolutePath().normalize().toString();
        Dependencies.Stamp now = Dependencies.Stamp.of(path);
        Known k = known.get(key);
        if (k != null && now != Dependencies.Stamp.ABSENT && k.size() == now.size() && k.modifiedNanos() == now.modifiedNanos()) {
            return k.sha();
        }
        String sha = BuildCache.sha(path);
        // A file that changes while it is read is not remembered: its stamp after the read decides.
        if (now != Dependencies.Stamp.ABSENT && now.equals(Dependencies.Stamp.of(path)) && !sha.equals("unreadable")) {
            known.put(key, new Known(now.size(), now.modifiedNanos(), sha));
            changed = true;
        }
        return sha;
    }

    /** Writes the memo back if a file was hashed, through {@code temporary} and a rename. */
    synchronized void save(Path temporary) {
        if (!changed) return;
        List<String> lines = new ArrayList<>();
        lines.add(HEAD);
        known.forEach((p, k) -> lines.add(k.size() + " " + k.modifiedNanos() + " " + k.sha() + " " + p));
        lines.add(END);
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            BuildCache.move(temporary, file);
            changed = false;
        } catch (IOException e) {
            // the memo only saves time: a build that cannot write it goes on
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // left for the next build's clean-up of tmp/
            }
        }
    }
}
