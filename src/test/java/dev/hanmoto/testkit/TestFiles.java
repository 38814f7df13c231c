package dev.hanmoto.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Files a test lays out in its temporary folder: a few named files at once, a copied fixture, a listing, a build's outputs. */
public final class TestFiles {
    private TestFiles() {}

    /**
     * Writes files into {@code dir} (created, with every folder a name needs), as UTF-8.
     *
     * @param nameThenText pairs: a path relative to {@code dir}, then the file's text
     * @return {@code dir}
     */
    public static Path write(Path dir, String... nameThenText) {
        if (nameThenText.length % 2 != 0) throw new IllegalArgumentException("a text for every file name");
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < nameThenText.length; i += 2) {
                Path file = dir.resolve(nameThenText[i]);
                Files.createDirectories(file.getParent());
                Files.writeString(file, nameThenText[i + 1], StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }

    /** Copies the tree {@code from} (a fixture, to break it in a test) to {@code to}; returns {@code to}. */
    public static Path copyTree(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }

    /** The regular files under {@code dir}, as sorted relative paths; none when there is no such folder. */
    public static List<String> listing(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The regular files a build wrote under {@code out}, its .hanmoto/ state left out: relative name → bytes,
     * sorted by name; none when there is no {@code out}.
     */
    public static Map<String, byte[]> outputs(Path out) {
        Map<String, byte[]> m = new TreeMap<>();
        if (!Files.isDirectory(out)) return m;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (!rel.startsWith(".hanmoto/")) m.put(rel, Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
