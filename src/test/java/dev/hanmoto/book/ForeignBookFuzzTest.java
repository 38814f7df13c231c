package dev.hanmoto.book;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.testkit.TestFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad mdBook and HonKit input never throws anything but a UserError: broken configuration files,
 * summaries and chapter text with broken directives are reported (and the book is not built).
 */
class ForeignBookFuzzTest {
    @TempDir Path dir;

    static Stream<String> badTomls() {
        return Stream.of("[book", "[book]\ntitle = ", "[book]\ntitle = [1, 2]\n", "book = 3\n", "[book]\nsrc = \"../..\"\n",
                "[book]\nsrc = \"nope\"\n", "[book]\nauthors = {a = 1}\n", "[output]\nhanmoto = 3\n",
                "[output.hanmoto]\nnumbering = \"no token\"\n", "\u0000", "[[book]]\ntitle = \"x\"\n");
    }

    static Stream<String> badJsons() {
        return Stream.of("", "[]", "{", "{\"title\": }", "{\"root\": \"../../x\"}", "{\"root\": 3}", "{\"structure\": []}",
                "{\"structure\": {\"summary\": \"a/b.md\"}}", "{\"variables\": [1]}", "{\"title\": \"t\"} trailing",
                "{\"pluginsConfig\": {\"hanmoto\": {\"nope\": 1}}}", "{\"a\":" .repeat(2000) + "1" + "}".repeat(2000));
    }

    static Stream<String> badSummaries() {
        return Stream.of("", "# Summary\n", "- [a](a.md)\n- [a](a.md)\n", "- [x](../../etc/passwd)\n", "- [x](/abs.md)\n",
                "- [x](http://example.com/x.md)\n", "- [unclosed(a.md\n", "[p](a.md)\n- [b](b.md)\n[s](a.md)\n- [c](c.md)\n",
                "- [a](a.md)\n" + "  ".repeat(500) + "- [deep](a.md)\n", "<!-- never closed\n- [a](a.md)\n", "```\n- [a](a.md)\n");
    }

    static Stream<String> badChapters() {
        return Stream.of("{{#include}}", "{{#include a.md}}", "{{#include ../../../x}}", "{{#include a.rs:0}}", "{{#include a.rs:5:2}}",
                "{{#include a.rs:nope}}", "{{#include " + "x".repeat(5000) + "}}",
                "{{#include a.md}}".repeat(50), "{{#rustdoc_include a.rs:99}}", "{{#playground}}");
    }

    private void mdBook(String toml, String summary, String chapter) throws IOException {
        TestFiles.write(dir,
                "book.toml", toml,
                "src/SUMMARY.md", summary,
                "src/a.md", chapter,
                "src/a.rs", "fn a() {}\n");
    }

    private void assertReported() {
        Diagnostics diags = new Diagnostics();
        try {
            new BookLoader(dir).load(dir, diags);
            assertTrue(diags.hasErrors() || diags.all().stream().anyMatch(d -> d.severity() == dev.hanmoto.diag.Severity.WARNING),
                    "bad input passed silently: " + diags.all());
        } catch (UserError e) {
            assertFalse(e.diagnostics().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("badTomls")
    void bookToml(String toml) throws IOException {
        mdBook(toml, "- [a](a.md)\n", "# A\n");
        assertReported();
    }

    @ParameterizedTest
    @MethodSource("badSummaries")
    void summary(String summary) throws IOException {
        mdBook("[book]\ntitle = \"t\"\n", summary, "# A\n");
        assertReported();
    }

    @ParameterizedTest
    @MethodSource("badChapters")
    void chapterDirectives(String chapter) throws IOException {
        mdBook("[book]\ntitle = \"t\"\n", "- [a](a.md)\n", chapter);
        assertReported();
    }

    @ParameterizedTest
    @MethodSource("badJsons")
    void bookJson(String json) throws IOException {
        TestFiles.write(dir,
                "book.json", json,
                "SUMMARY.md", "* [a](a.md)\n",
                "a.md", "# A\n{{ book.x }} {% if x %}\n");
        assertReported();
    }
}
