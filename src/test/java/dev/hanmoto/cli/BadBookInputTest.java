package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 16, bad input in mdBook and HonKit books: each problem is one error at its {@code file:line:col},
 * exit status 1, and nothing is written (an earlier output stays as it was, no temporary files).
 */
class BadBookInputTest {
    @TempDir Path project;

    private static final byte[] EARLIER = "an earlier build's PDF".getBytes();

    @BeforeEach
    void earlierOutput() throws IOException {
        Files.createDirectories(project.resolve("out"));
        Files.write(project.resolve("out/b.pdf"), EARLIER);
    }

    private void write(String path, String text) throws IOException {
        Path p = project.resolve(path);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    /** A small mdBook in content/b whose chapter a.md holds {@code body}. */
    private void mdBook(String body) throws IOException {
        write("content/b/book.toml", "[book]\ntitle = \"試験\"\nlanguage = \"ja\"\n");
        write("content/b/src/SUMMARY.md", "# Summary\n\n- [第一章](a.md)\n");
        write("content/b/src/a.md", body);
        write("content/b/code/x.rs", "// ANCHOR: one\nfn one() {}\n// ANCHOR_END: one\n");
    }

    /** Builds, expects exit 1 and exactly {@code errors}, and that nothing was written. */
    /** Builds the project, which must fail, and returns the first line it printed (paths made relative). */
    private String firstLineOfFailedBuild() {
        CliTest.Run r = CliTest.run("build", "-C", project.toString());
        assertEquals(1, r.code(), r.err());
        return r.err().replace(project + "/", "").lines().findFirst().orElse("");
    }

    private void fails(String... errors) throws IOException {
        CliTest.Run r = CliTest.run("build", "-C", project.toString());
        assertEquals(1, r.code(), r.err());
        String err = r.err().replace(project + "/", "");
        List<String> lines = err.lines().filter(l -> l.contains(": error: ")).toList();
        assertEquals(List.of(errors), lines, err);
        assertFalse(err.contains("Exception"), err);
        try (Stream<Path> s = Files.walk(project.resolve("out"))) {
            assertEquals(List.of("b.pdf"), s.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList());
        }
        assertArrayEquals(EARLIER, Files.readAllBytes(project.resolve("out/b.pdf")));
    }

    @Test
    void includeOfAMissingFile() throws IOException {
        mdBook("# 第一章\n\n```rust\n{{#include ../code/nope.rs}}\n```\n");
        fails("content/b/src/a.md:4:1: error: {{#include}} of '../code/nope.rs': no such file");
    }

    @Test
    void includeOutsideTheBook() throws IOException {
        mdBook("# 第一章\n\n本文 {{#include ../../../secret.txt}}\n");
        write("secret.txt", "秘密\n");
        fails("content/b/src/a.md:3:4: error: {{#include}} of '../../../secret.txt' reaches outside the book folder b; "
                + "copy the file into the book");
    }

    @Test
    void includeCycle() throws IOException {
        mdBook("# 第一章\n\n{{#include parts/p.md}}\n");
        write("content/b/src/parts/p.md", "前置き。\n\n{{#include q.md}}\n");
        write("content/b/src/parts/q.md", "{{#include p.md}}\n");
        fails("content/b/src/parts/q.md:1:1: error: {{#include}} of 'p.md' is a cycle: p.md → q.md → p.md");
    }

    @Test
    void missingAnchor() throws IOException {
        mdBook("# 第一章\n\n```rust\n{{#include ../code/x.rs:onr}}\n```\n");
        fails("content/b/src/a.md:4:1: error: {{#include}} of 'content/b/code/x.rs': no 'ANCHOR: onr' in the file (did you mean 'one'?)");
    }

    @Test
    void lineRangeBeyondTheFile() throws IOException {
        mdBook("# 第一章\n\n```rust\n{{#include ../code/x.rs:9:12}}\n```\n");
        fails("content/b/src/a.md:4:1: error: {{#include}} of 'content/b/code/x.rs' starts at line 9, but the file has 3 lines");
    }

    @Test
    void summaryEntryPointingToNothing() throws IOException {
        mdBook("# 第一章\n");
        write("content/b/src/SUMMARY.md", "# Summary\n\n- [第一章](a.md)\n    - [第二節](a/missing.md)\n");
        fails("content/b/src/SUMMARY.md:4:7: error: chapter file not found: a/missing.md");
    }

    @Test
    void malformedBookToml() throws IOException {
        mdBook("# 第一章\n");
        write("content/b/book.toml", "[book]\ntitle = \"試験\nauthors = [\"x\"]\n");
        String first = firstLineOfFailedBuild();
        assertEquals(true, first.matches("content/b/book\\.toml:2:\\d+: error: book\\.toml is not valid TOML: .*"), first);
        fails(first);
    }

    @Test
    void malformedBookJson() throws IOException {
        write("content/b/book.json", "{\n  \"title\": \"試験\",\n  \"language\": \"ja\"\n  \"root\": \".\"\n}\n");
        write("content/b/SUMMARY.md", "* [第一章](a.md)\n");
        write("content/b/a.md", "# 第一章\n");
        String first = firstLineOfFailedBuild();
        assertEquals(true, first.matches("content/b/book\\.json:4:3: error: book\\.json is not valid JSON: .*"), first);
        fails(first);
    }

    @Test
    void honKitSummaryNamedInBookJsonIsMissing() throws IOException {
        write("content/b/book.json", "{\n  \"title\": \"試験\",\n  \"structure\": { \"summary\": \"TOC.md\" }\n}\n");
        write("content/b/SUMMARY.md", "* [第一章](a.md)\n");
        write("content/b/a.md", "# 第一章\n");
        fails("content/b/book.json:3:18: error: no TOC.md; a HonKit book lists its chapters there");
    }

    @Test
    void honKitIncludeOfAMissingFileAndAnImportOutsideTheBook() throws IOException {
        write("content/b/book.json", "{ \"title\": \"試験\", \"plugins\": [\"include-codeblock\"] }\n");
        write("content/b/SUMMARY.md", "* [第一章](a.md)\n");
        write("content/b/a.md", "# 第一章\n\n{% include \"./parts/none.md\" %}\n\n[import](../../outside.js)\n");
        write("outside.js", "alert(1);\n");
        fails("content/b/a.md:3:1: error: {% include %} of './parts/none.md': no such file",
                "content/b/a.md:5:1: error: [import] of '../../outside.js' reaches outside the book folder b; copy the file into the book");
    }
}
