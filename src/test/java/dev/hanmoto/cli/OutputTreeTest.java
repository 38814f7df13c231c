package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, point 1: a batch never writes one document's output over another's. A docs tree whose
 * folders each hold a README.md builds every one of them, into the same folders under out/.
 */
class OutputTreeTest {
    @TempDir
    Path project;

    private CliTest.Run build(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "build";
        args[1] = "-C";
        args[2] = project.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliTest.run(args);
    }

    private void write(String path, String text) throws IOException {
        Path p = project.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    private List<String> outputs() throws IOException {
        Path out = project.resolve("out");
        if (!Files.exists(out)) return List.of();
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
                    .filter(p -> !p.startsWith(".hanmoto/cache/")).sorted().toList(); // the build cache stays between builds
        }
    }

    private String rel(String err) {
        return err.replace(project.toString() + "/", "");
    }

    @Test
    void readmeInSeveralFoldersBuildsEveryOneIntoItsOwnFolder() throws IOException {
        write("source/README.md", "---\ntitle: はじめに\n---\n\nこの本について。\n");
        write("source/array/README.md", "---\ntitle: 配列\n---\n\n配列の章。\n");
        write("source/object/README.md", "---\ntitle: オブジェクト\n---\n\nオブジェクトの章。\n");
        write("source/object/deep/README.md", "---\ntitle: プロパティ\n---\n\nもっと深い章。\n");
        CliTest.Run r = build("source");
        assertEquals(0, r.code(), r.err());
        List<String> expected = Stream.of("README", "array/README", "object/README", "object/deep/README")
                .flatMap(s -> Stream.of(s + ".epub", s + ".pdf", s + ".png")).sorted().toList();
        assertEquals(expected, outputs());
        assertTrue(r.err().contains("4 documents, 12 files written, 0 failed"), r.err());
        // Each output is its own document's, not a copy of another's.
        for (String ext : List.of("pdf", "epub", "png")) {
            Set<String> distinct = new HashSet<>();
            for (String s : List.of("README", "array/README", "object/README", "object/deep/README")) {
                distinct.add(Arrays.toString(Files.readAllBytes(project.resolve("out/" + s + "." + ext))));
            }
            assertEquals(4, distinct.size(), ext + " outputs differ from one another");
        }
    }

    @Test
    void contentKeepsItsTopLevelOutputsAtTheTopOfOut() throws IOException {
        write("content/top.md", "---\nslug: top\n---\n# 上\n\n本文。\n");
        write("content/notes/top.md", "# 下\n\n別の本文。\n");
        CliTest.Run r = build("--format", "card");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("notes/top.png", "top.png"), outputs());
    }

    @Test
    void twoSourcesWithOneSlugAreAnErrorAtBothAndNothingIsWrittenOver() throws IOException {
        write("content/a.md", "---\ntitle: A\nslug: same\n---\n\n本文A。\n");
        write("content/b.md", "---\ntitle: B\nslug: same\n---\n\n本文B。\n");
        write("content/c.md", "# C\n\n無関係。\n");
        write("out/same.png", "earlier output");
        CliTest.Run r = build("--format", "card");
        assertEquals(1, r.code(), r.err());
        String err = rel(r.err());
        assertTrue(err.contains("content/a.md:3:1: error: output name 'same' is also that of content/b.md;"), err);
        assertTrue(err.contains("content/b.md:3:1: error: output name 'same' is also that of content/a.md;"), err);
        assertEquals(List.of("c.png", "same.png"), outputs(), "the unrelated document still builds");
        assertArrayEquals("earlier output".getBytes(), Files.readAllBytes(project.resolve("out/same.png")));
    }

    @Test
    void twoFilesOfOneNameNamedOnTheCommandLineClash() throws IOException {
        write("docs/a/README.md", "# A\n\n本文。\n");
        write("docs/b/README.md", "# B\n\n本文。\n");
        CliTest.Run r = build("--format", "card", "docs/a/README.md", "docs/b/README.md");
        assertEquals(1, r.code(), r.err());
        String err = rel(r.err());
        assertTrue(err.contains("docs/a/README.md:1:1: error: output name 'README'"), err);
        assertTrue(err.contains("docs/b/README.md:1:1: error: output name 'README'"), err);
        assertEquals(List.of(), outputs());
        assertFalse(err.contains("Exception"), err);
    }

    @Test
    void aThumbnailPathStaysASitePathFromTheTopOfOut() throws IOException {
        write("content/posts/a.md", "---\ntitle: A\nthumbnail: /static/img/a.png\n---\n\n本文。\n");
        write("themes/thumbs/theme.yaml", "extends: default\ncard:\n  file-name: thumbnail\n");
        CliTest.Run r = build("--format", "card", "--theme", "thumbs");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("static/img/a.png"), outputs());
    }

    @Test
    void twoDocumentsWritingOneThumbnailNeverOverwriteEachOther() throws IOException {
        write("content/a.md", "---\ntitle: A\nthumbnail: /img/card.png\n---\n\n本文A。\n");
        write("content/b.md", "---\ntitle: B\nthumbnail: /img/card.png\n---\n\n本文B。\n");
        write("themes/thumbs/theme.yaml", "extends: default\ncard:\n  file-name: thumbnail\n");
        CliTest.Run r = build("--format", "card", "--theme", "thumbs", "-j", "1");
        assertEquals(1, r.code(), r.err());
        assertTrue(rel(r.err()).contains("content/b.md: error: cannot write output: 'img/card.png' is also written by "
                + "content/a.md in this build"), r.err());
        assertEquals(List.of("img/card.png"), outputs());
    }
}
