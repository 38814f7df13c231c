package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.render.pdf.PdfStructure;
import dev.hanmoto.testkit.TestFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** themes, init, check and watch, through the real command line. */
class ProjectCommandsTest {
    @TempDir
    Path dir;

    @Test
    void themesListsBuiltInAndProjectThemesWithDescriptions() throws IOException {
        Path t = dir.resolve("themes/mine/theme.yaml");
        Files.createDirectories(t.getParent());
        Files.writeString(t, "extends: default\ndescription: My own look\n");
        CliTest.Run r = CliTest.run("themes", "-C", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("default ") && l.contains("A5 handbook")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("report ") && l.contains("B5")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("mine ") && l.contains("My own look") && l.contains("extends default")), r.out());
    }

    @Test
    void initCreatesAProjectThatBuildsAsIs() throws IOException {
        Path project = dir.resolve("my-book");
        CliTest.Run init = CliTest.run("init", project.toString());
        assertEquals(0, init.code(), init.err());
        assertTrue(Files.isDirectory(project.resolve("content")));
        CliTest.Run build = CliTest.run("build", "-C", project.toString(), "--theme", "mytheme");
        assertEquals(0, build.code(), build.err());
        try (var s = Files.list(project.resolve("out"))) {
            assertEquals(3, s.filter(p -> p.toString().matches(".*\\.(pdf|epub|png)$")).count());
        }
        CliTest.Run again = CliTest.run("init", project.toString());
        assertEquals(1, again.code(), "init never overwrites");
        assertTrue(again.err().contains("already exists"), again.err());
    }

    @Test
    void checkReportsProblemsWithoutWritingAnything() throws IOException {
        TestFiles.write(dir,
                "content/a.md", "---\ntitle: [x\n---\n",
                "content/b.md", "# 見出し\n\n本文。\n");
        CliTest.Run r = CliTest.run("check", "-C", dir.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("content/a.md:"), r.err());
        assertTrue(r.err().contains("checked 2 documents, 1 with errors"), r.err());
        assertTrue(!Files.exists(dir.resolve("out")), "check writes nothing");
    }

    @Test
    void watchRebuildsTheDocumentThatChanged() throws Exception {
        Files.createDirectories(dir.resolve("content"));
        Path a = dir.resolve("content/a.md");
        Files.writeString(a, "---\ntitle: 初版\n---\n\n本文。\n");
        Files.writeString(dir.resolve("content/b.md"), "---\ntitle: 別の記事\n---\n\n本文。\n");
        StringWriter err = new StringWriter();
        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> Main.execute(
                new String[] {"watch", "-C", dir.toString(), "--format", "card", "--max-rebuilds", "1"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true)));
        Path card = dir.resolve("out/a.png");
        for (int i = 0; i < 300 && !(Files.exists(card) && err.toString().contains("watching")); i++) Thread.sleep(100);
        assertTrue(Files.exists(card), "initial build: " + err);
        byte[] before = Files.readAllBytes(card);
        Files.writeString(a, "---\ntitle: 改訂版のタイトル\n---\n\n本文。\n");
        assertEquals(0, watch.get(60, TimeUnit.SECONDS), err.toString());
        assertTrue(err.toString().contains("rebuilt 1 document in "), err.toString());
        assertTrue(!java.util.Arrays.equals(before, Files.readAllBytes(card)), "the card shows the new title");
    }

    @Test
    void aBookBuildsWithTheThemeItsManifestNamesUnlessThemeIsGiven() throws IOException {
        Path book = TestFiles.write(dir.resolve("content/book"),
                "book.yaml", "title: 小さな本\ntheme: report\nchapters:\n  - a.md\n",
                "a.md", "# 第一章\n\n本文です。\n");
        assertEquals(0, CliTest.run("build", "-C", dir.toString(), "--format", "pdf").code());
        assertEquals(515.9f, pageWidth(dir.resolve("out/book.pdf")), 0.5f, "report theme: JIS B5");
        CliTest.Run r = CliTest.run("build", "-C", dir.toString(), "--format", "pdf", "--theme", "default");
        assertEquals(0, r.code(), r.err());
        assertEquals(419.5f, pageWidth(dir.resolve("out/book.pdf")), 0.5f, "--theme wins: A5");
    }

    private static float pageWidth(Path pdf) throws IOException {
        try (var doc = PdfStructure.load(pdf.toFile())) {
            return doc.getPage(0).getMediaBox().getWidth();
        }
    }
}
