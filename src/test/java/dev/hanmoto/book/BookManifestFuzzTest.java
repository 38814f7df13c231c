package dev.hanmoto.book;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.testkit.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad manifests never throw anything but a UserError, and never pass silently. */
class BookManifestFuzzTest {
    @TempDir Path dir;

    static Stream<String> badManifests() {
        return Stream.of(
                "",
                "# only a comment\n",
                "~\n",
                "title: [a, b]\nchapters: [a.md]\n",
                "title: t\nchapters: {a: b}\n",
                "title: t\nchapters: [[a.md]]\n",
                "title: t\nchapters:\n  - ~\n",
                "title: t\nchapters:\n  - part:\n",
                "title: t\nchapters:\n  - part: [x]\n    chapters: [a.md]\n",
                "title: t\nchapters:\n  - part: p\n    chapters:\n      - part: nested\n        chapters: [a.md]\n",
                "title: t\n? [complex, key]\n: v\nchapters: [a.md]\n",
                "title: t\ntitle: u\nchapters: [a.md]\n",
                "title: t\nchapters: [\"bad\\u0000name.md\"]\n",
                "title: t\nchapters: [a.md]\nnumbering: {n: 1}\n",
                "title: t\n\tchapters: [a.md]\n",
                "a: &x [*x]\n",
                "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
                        + "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n",
                "[".repeat(5000) + "]".repeat(5000) + "\n",
                "title: t\nchapters: [a.md]\nfront: [../../../../etc/passwd]\n");
    }

    @ParameterizedTest
    @MethodSource("badManifests")
    void reportsButNeverCrashes(String yaml) throws IOException {
        Files.writeString(dir.resolve("a.md"), "# A\n");
        Path m = dir.resolve("book.yaml");
        Files.writeString(m, yaml);
        assertProblem(m);
    }

    @ParameterizedTest
    @MethodSource("badManifests")
    void theLoaderReportsButNeverCrashes(String yaml) throws IOException {
        TestFiles.write(dir,
                "a.md", "# A\n",
                "book.yaml", yaml);
        Diagnostics diags = new Diagnostics();
        try {
            new BookLoader(dir).load(dir, diags);
            assertTrue(diags.hasErrors(), yaml);
        } catch (UserError e) {
            assertFalse(e.diagnostics().isEmpty());
        }
    }

    @org.junit.jupiter.api.Test
    void invalidUtf8IsAUserError() throws IOException {
        Path m = dir.resolve("book.yaml");
        Files.write(m, "title: \u00ff\n".getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(m);
    }

    private static void assertProblem(Path m) {
        Diagnostics diags = new Diagnostics();
        try {
            BookManifestReader.read(m, diags);
            assertTrue(diags.hasErrors(), "no error for a bad manifest");
        } catch (UserError e) {
            assertFalse(e.diagnostics().isEmpty());
        }
    }
}
