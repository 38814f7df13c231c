package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end, with the real renderers, on a project in a temporary folder. */
class CliTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final Path SEED = REPO.resolve("content/technical-operations-manager.md");

    @TempDir
    Path project;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /** Writes {@code markdown} to {@code md}, builds its EPUB alone into {@code outDir}, and checks that the build succeeded. */
    static Run buildEpub(Path md, String markdown, Path outDir) throws IOException {
        Files.writeString(md, markdown);
        Run r = run("build", md.toString(), "--out", outDir.toString(), "--format", "epub");
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private Run build(String... more) {
        String[] args = new String[more.length + 3];
        args[0] = "build";
        args[1] = "-C";
        args[2] = project.toString();
        System.arraycopy(more, 0, args, 3, more.length);
        Run r = run(args);
        try {
            dev.hanmoto.render.pdf.PdfStructure.requireCleanBelow(project.resolve("out"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return r;
    }

    private void seedProject() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.copy(SEED, project.resolve("content/technical-operations-manager.md"));
    }

    private String rel(String err) {
        return err.replace(project.toString() + "/", "");
    }

    @Test
    void buildsTheSeedIntoThreeFiles() throws IOException {
        seedProject();
        Run r = build();
        assertEquals(0, r.code(), r.err());
        for (String ext : new String[] {"pdf", "epub", "png"}) {
            Path p = project.resolve("out/technical_operations_manager." + ext);
            assertTrue(Files.size(p) > 1000, p + " written");
        }
        assertTrue(r.err().contains("warning: '**' closed by '</strong>'"), "the seed's bold closed by tags is reported: " + r.err());
    }

    @Test
    void formatOptionLimitsOutputs() throws IOException {
        seedProject();
        Run r = build("--format", "card");
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.list(project.resolve("out"))) {
            assertEquals(1, s.filter(p -> !p.getFileName().toString().equals(".hanmoto")).count(), "the card, and the build cache");
        }
    }

    /**
     * Issue 20: a card-only build parses only the fonts the card sets text with. A theme whose PDF
     * stack has a face without kana builds its card; a build with the PDF, and {@code check}, report it.
     */
    @Test
    void aCardOnlyBuildDoesNotParseThePdfsFonts() throws IOException {
        seedProject();
        Path theme = project.resolve("themes/mine/theme.yaml");
        Files.createDirectories(theme.getParent().resolve("fonts"));
        Files.copy(REPO.resolve("fonts/fallback/NotoSansHebrew-Regular.ttf"), theme.getParent().resolve("fonts/hebrew.ttf"));
        Files.writeString(theme, "extends: default\nfonts:\n  serif-ja:\n    - { file: fonts/hebrew.ttf }\n");
        Run card = build("--theme", "mine", "--format", "card");
        assertEquals(0, card.code(), card.err());
        assertTrue(Files.size(project.resolve("out/technical_operations_manager.png")) > 1000);
        String lacks = "themes/mine/theme.yaml:4:15: error: fonts.serif-ja[0].file: font 'fonts/hebrew.ttf' lacks glyphs";
        for (String[] args : new String[][] {{"build", "--theme", "mine", "--format", "pdf"}, {"check", "--theme", "mine"}}) {
            String[] all = new String[args.length + 2];
            all[0] = args[0];
            all[1] = "-C";
            all[2] = project.toString();
            System.arraycopy(args, 1, all, 3, args.length - 1);
            Run r = run(all);
            assertEquals(1, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(rel(r.err()).startsWith(lacks), String.join(" ", args) + ": " + r.err());
        }
    }

    @Test
    void missingFileIsAUserError() {
        Run r = build("nope.md");
        assertEquals(1, r.code());
        assertEquals("nope.md: error: no such file or folder\n", r.err());
    }

    @Test
    void malformedFrontMatterIsLocatedAndWritesNothing() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/bad.md"), "---\ntitle: [unclosed\n---\n\n本文\n");
        Run r = build();
        assertEquals(1, r.code(), r.err());
        assertTrue(rel(r.err()).startsWith("content/bad.md:"), r.err());
        assertTrue(r.err().contains(": error: "), r.err());
        assertFalse(Files.exists(project.resolve("out/bad.pdf")));
    }

    @Test
    void unknownThemeKeyNamesTheKeyAndLine() throws IOException {
        seedProject();
        Path theme = project.resolve("themes/mine/theme.yaml");
        Files.createDirectories(theme.getParent());
        Files.writeString(theme, "extends: default\npdf:\n  pgae:\n    size: B5\n");
        Run r = build("--theme", "mine");
        assertEquals(1, r.code(), r.err());
        String first = rel(r.err()).lines().findFirst().orElse("");
        assertTrue(first.startsWith("themes/mine/theme.yaml:3:"), first);
        assertTrue(first.contains("'pgae'") && first.contains("'page'"), first);
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("build", "--format", "docx").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run().code());
    }

    @Test
    void helpAndVersion() {
        Run h = run("--help");
        assertEquals(0, h.code());
        assertTrue(h.out().contains("build"));
        Run v = run("--version");
        assertEquals(0, v.code());
        assertEquals("hanmoto " + dev.hanmoto.Version.NUMBER, v.out().strip());
    }

    @Test
    void failedRebuildLeavesEarlierOutputsIntact() throws IOException {
        seedProject();
        assertEquals(0, build("--format", "card").code());
        byte[] before = Files.readAllBytes(project.resolve("out/technical_operations_manager.png"));
        Files.writeString(project.resolve("content/technical-operations-manager.md"), "---json\n{ \"slug\": \"technical_operations_manager\", }\n---\n");
        assertEquals(1, build("--format", "card").code());
        assertArrayEquals(before, Files.readAllBytes(project.resolve("out/technical_operations_manager.png")));
        try (Stream<Path> s = Files.list(project.resolve("out"))) {
            // .hanmoto/ holds the build cache, which stays between builds
            assertEquals(1, s.filter(p -> !p.getFileName().toString().equals(".hanmoto")).count(), "no temporary files left");
        }
    }
}
