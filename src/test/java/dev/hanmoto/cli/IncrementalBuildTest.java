package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.testkit.TestFiles;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build cache on real builds: each kind of input changed alone rebuilds the document that reads
 * it and no other; the manifest's {@code status} says which were built. A cached build's outputs are
 * those of a build without a cache, byte for byte.
 */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        write("content/a.md", "---\ntitle: 画像のある記事\n---\n\n本文。\n\n![図](img/p.png)\n");
        write("content/b.md", "---\ntitle: 別の記事\n---\n\n本文。\n");
        write("content/c.md", "---\ntitle: 図のない記事\n---\n\n本文。\n\n![まだない図](img/later.png)\n");
        write("content/book/book.toml", "[book]\ntitle = \"小さな本\"\n");
        write("content/book/src/SUMMARY.md", "# Summary\n\n- [章](ch.md)\n");
        write("content/book/src/ch.md", "# 章\n\n{{#include part.md}}\n");
        write("content/book/src/part.md", "含まれる文。\n");
        write("themes/mine/theme.yaml", "extends: default\n");
        png("content/img/p.png", Color.RED);
    }

    @Test
    void eachKindOfInputRebuildsOnlyTheDocumentThatReadsIt() throws IOException {
        assertEquals(Map.of("content/a.md", "built", "content/b.md", "built", "content/book", "built", "content/c.md", "built"),
                build());
        assertEquals(Map.of("content/a.md", "current", "content/b.md", "current", "content/book", "current", "content/c.md", "current"),
                build(), "nothing changed: nothing built");

        write("content/b.md", "---\ntitle: 別の記事（改）\n---\n\n本文。\n");
        assertEquals("built", build().get("content/b.md"), "the source");
        assertEquals(Map.of("content/a.md", "current", "content/b.md", "current", "content/book", "current", "content/c.md", "current"), build());

        png("content/img/p.png", Color.BLUE);
        assertEquals(only("content/a.md"), build(), "an image the source names");

        png("content/img/later.png", Color.GREEN);
        assertEquals(only("content/c.md"), build(), "an image that was missing and now exists");

        write("content/book/src/part.md", "含まれる文、書き直し。\n");
        assertEquals(only("content/book"), build(), "a file the book includes");

        write("content/book/src/extra.md", "# 付録\n");
        assertEquals(only("content/book"), build(), "a new file in the book's folder (what its summary may list)");

        write("themes/mine/theme.yaml", "extends: default\n# a comment is a change of the file too\n");
        assertEquals(Map.of("content/a.md", "built", "content/b.md", "built", "content/book", "built", "content/c.md", "built"),
                build(), "a theme file");

        assertEquals(Map.of("content/a.md", "built", "content/b.md", "built", "content/book", "built", "content/c.md", "built"),
                build("--format", "card,epub"), "other formats");
        assertEquals(Map.of("content/a.md", "built", "content/b.md", "built", "content/book", "built", "content/c.md", "built"),
                build("--force"), "--force");

        Path out = dir.resolve("out/a.png");
        byte[] card = Files.readAllBytes(out);
        Files.write(out, new byte[] {1, 2, 3});
        assertEquals("restored", build().get("content/a.md"), "an output changed in out/ is put back");
        assertArrayEquals(card, Files.readAllBytes(out));
        Files.delete(out);
        assertEquals("restored", build().get("content/a.md"), "an output deleted from out/ is put back");
        assertArrayEquals(card, Files.readAllBytes(out));

        deleteTree(dir.resolve("out/.hanmoto/cache"));
        assertEquals(Map.of("content/a.md", "built", "content/b.md", "built", "content/book", "built", "content/c.md", "built"),
                build(), "the cache deleted: everything builds");
    }

    @Test
    void theMemoOfThemeFileHashesNeverServesAStaleKey() throws IOException {
        Map<String, String> allBuilt = Map.of("content/a.md", "built", "content/b.md", "built", "content/book", "built", "content/c.md", "built");
        Map<String, String> allCurrent = Map.of("content/a.md", "current", "content/b.md", "current", "content/book", "current", "content/c.md", "current");
        Path theme = dir.resolve("themes/mine/theme.yaml");
        write("themes/mine/theme.yaml", "extends: default\n# aa\n");
        assertEquals(allBuilt, build());
        Path memo = dir.resolve("out/.hanmoto/cache/hashes");
        assertTrue(Files.readString(memo).contains(theme.toAbsolutePath().normalize().toString()), "the theme file's hash is remembered");

        Files.setLastModifiedTime(theme, FileTime.fromMillis(Files.getLastModifiedTime(theme).toMillis() + 5_000));
        assertEquals(allCurrent, build(), "touched, same bytes: hashed again, same key");

        Files.writeString(theme, "extends: default\n# bb\n");  // same size, new bytes
        Files.setLastModifiedTime(theme, FileTime.fromMillis(Files.getLastModifiedTime(theme).toMillis() + 10_000));
        assertEquals(allBuilt, build(), "same size, new bytes and time stamp: a new key");

        Files.writeString(memo, "hanmoto file hashes 1\n12 x y\n");  // damaged (no end line)
        assertEquals(allCurrent, build(), "a damaged memo is only a slower build");
        deleteTree(dir.resolve("out/.hanmoto/cache"));
        assertEquals(allBuilt, build(), "the cache deleted with its memo: everything builds");
    }

    @Test
    void cachedOutputsAreThoseOfAnUncachedBuild() throws IOException {
        build("--format", "pdf,epub,card");
        write("content/b.md", "---\ntitle: 二度目\n---\n\n本文。\n");
        assertEquals(only("content/b.md"), build("--format", "pdf,epub,card"));
        Map<String, byte[]> cached = TestFiles.outputs(dir.resolve("out"));
        CliTest.Run fresh = CliTest.run("build", "-C", dir.toString(), "--theme", "mine", "--out", "fresh", "--format", "pdf,epub,card");
        assertEquals(0, fresh.code(), fresh.err());
        Map<String, byte[]> uncached = TestFiles.outputs(dir.resolve("fresh"));
        assertEquals(uncached.keySet(), cached.keySet());
        for (String f : uncached.keySet()) assertArrayEquals(uncached.get(f), cached.get(f), f);
        assertTrue(cached.size() >= 12, cached.keySet().toString());
    }

    @Test
    void theCacheStaysWithinItsBound() throws IOException {
        build("--cache-size", "0");
        try (Stream<Path> s = Files.list(dir.resolve("out/.hanmoto/cache/objects"))) {
            assertEquals(0, s.count(), "a bound of 0 keeps no objects");
        }
        assertEquals("built", build("--cache-size", "0").get("content/a.md"), "and so knows no document");
    }

    @Test
    void aCacheWithinItsBoundKeepsEveryCurrentDocument() throws IOException {
        // Each rewrite of b leaves the old card behind; the objects stay within 1 MiB, so the cache is
        // not trimmed, and the documents not touched stay current.
        for (int i = 0; i < 3; i++) {
            write("content/b.md", "---\ntitle: 版 " + i + "\n---\n\n本文。\n");
            build("--format", "card", "--cache-size", "1");
            assertTrue(objectBytes() <= 1 << 20, objectBytes() + " bytes");
        }
        Map<String, String> again = build("--format", "card", "--cache-size", "1");
        assertEquals("current", again.get("content/a.md"), again.toString());
        assertEquals("current", again.get("content/b.md"), again.toString());
        assertEquals("current", again.get("content/c.md"), again.toString());
    }

    private long objectBytes() throws IOException {
        long total = 0;
        try (Stream<Path> s = Files.list(dir.resolve("out/.hanmoto/cache/objects"))) {
            for (Path o : s.toList()) total += Files.size(o);
        }
        return total;
    }

    private static Map<String, String> only(String doc) {
        Map<String, String> m = new TreeMap<>(Map.of("content/a.md", "current", "content/b.md", "current",
                "content/book", "current", "content/c.md", "current"));
        m.put(doc, "built");
        return m;
    }

    private static final Pattern LINE = Pattern.compile("\\{\"source\":\"([^\"]+)\",\"shard\":\"[^\"]+\",\"status\":\"(\\w+)\"");

    /** Builds (card only, unless the arguments say otherwise); returns each document's status from the manifest. */
    private Map<String, String> build(String... more) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of("build", "-C", dir.toString(), "--theme", "mine",
                "--manifest", "out-manifest.jsonl"));
        if (!List.of(more).contains("--format")) args.addAll(List.of("--format", "card"));
        args.addAll(List.of(more));
        CliTest.Run r = CliTest.run(args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        Map<String, String> status = new TreeMap<>();
        for (String line : Files.readAllLines(dir.resolve("out-manifest.jsonl"))) {
            Matcher m = LINE.matcher(line);
            assertTrue(m.lookingAt(), line);
            status.put(m.group(1), m.group(2));
        }
        return status;
    }

    private void write(String rel, String text) throws IOException {
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private void png(String rel, Color c) throws IOException {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(c);
        g.fillRect(0, 0, 8, 8);
        g.dispose();
        Path p = dir.resolve(rel);
        Files.createDirectories(p.getParent());
        ImageIO.write(img, "png", p.toFile());
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
