package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Theme files as people really write (and break) them: never a crash, always a located message. */
class ThemeBadInputTest {
    @TempDir
    Path tmp;
    ThemeProject project;

    @BeforeEach
    void setUp() {
        project = new ThemeProject(tmp);
    }

    @Test
    void byteOrderMarkAndCrlfAreFine() {
        Path f = project.themeOnBase("mine", "");
        project.write("themes/mine/theme.yaml", "\uFEFFextends: base\r\npdf:\r\n  pgae: {}\r\n");
        Diagnostic d = project.errors("mine").get(0);
        assertEquals(f + ":3:3: error: unknown key 'pgae' in pdf (did you mean 'page'?)", d.format());
    }

    @Test
    void invalidUtf8IsReportedAsSuch() throws IOException {
        project.themeOnBase("mine", "");
        Path f = tmp.resolve("themes/mine/theme.yaml");
        Files.write(f, new byte[] {'e', 'x', 't', 'e', 'n', 'd', 's', ':', ' ', 'b', 'a', 's', 'e', '\n', 'd', ':', ' ', (byte) 0xff, '\n'});
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-encoding", d.code());
        assertEquals(f, d.file());
        assertEquals(2, d.line());
    }

    @Test
    void nulByteIsASyntaxError() {
        project.themeOnBase("mine", "description: a\u0000b\n");
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-syntax", d.code());
        assertEquals(2, d.line());
    }

    @Test
    void emptyFileWithoutParentLacksEverySection() {
        Path f = project.theme("mine", "");
        assertEquals(List.of(
                f + ":1:1: error: theme has no 'description' (extend 'default' or 'base' to inherit it)",
                f + ":1:1: error: theme has no 'fonts' (extend 'default' or 'base' to inherit it)",
                f + ":1:1: error: theme has no 'pdf' section (extend 'default' or 'base' to inherit one)",
                f + ":1:1: error: theme has no 'epub' section (extend 'default' or 'base' to inherit one)",
                f + ":1:1: error: theme has no 'card' section (extend 'default' or 'base' to inherit one)"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void topLevelListIsATypeError() {
        Path f = project.theme("mine", "- a\n- b\n");
        assertEquals(List.of(f + ":1:1: error: a theme file must be a mapping of keys, found a list"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 30; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [*a").append(i == 1 ? "" : String.valueOf(i - 1));
            for (int j = 0; j < 8; j++) y.append(", *a").append(i == 1 ? "" : String.valueOf(i - 1));
            y.append("]\n");
        }
        project.theme("mine", y.toString());
        assertEquals("theme-syntax", project.errors("mine").get(0).code());
    }

    @Test
    void deepNestingIsRefused() {
        project.theme("mine", "a: " + "[".repeat(200) + "]".repeat(200) + "\n");
        assertEquals("theme-syntax", project.errors("mine").get(0).code());
    }

    @Test
    void extendsMustBeAName() {
        Path f = project.theme("mine", "extends: [default]\n");
        assertEquals(List.of(f + ":1:10: error: extends: expected a theme name or path, found a list"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void tabIndentationIsASyntaxError() {
        project.theme("mine", "extends: base\npdf:\n\tpage: {}\n");
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-syntax", d.code());
        assertTrue(d.line() >= 3, d.format());
    }

    @Test
    void escapedNulInFileNamesIsRefusedNotThrown() {
        project.themeOnBase("mine", """
                pdf: { stylesheet: "a\\0b.css" }
                fonts: { x: [ { file: "f\\0.ttf" } ] }
                """);
        project.write("themes/other/theme.yaml", "extends: \"../mine\\0\"\n");
        List<Diagnostic> ds = project.errors("mine");
        assertEquals(2, ds.size(), ThemeProject.formatted(ds).toString());
        assertTrue(ds.stream().allMatch(d -> d.code().equals("theme-path")), ThemeProject.formatted(ds).toString());
        assertEquals("theme-path", project.errors("other").get(0).code());
    }

    @Test
    void explicitNullsNeedAValueExceptForOptionalKeys() {
        Path f = project.themeOnBase("mine", """
                pdf: ~
                card: { title: ~, logo: ~ }
                fonts: { x: [ { file: ~, weight: ~ } ] }
                epub: { cover: ~ }
                """);
        assertEquals(List.of(
                f + ":2:6: error: pdf: needs a value (leave the key out to inherit it)",
                f + ":3:16: error: card.title: needs a value (leave the key out to inherit it)",
                f + ":4:23: error: fonts.x[0].file: needs a value (leave the key out to inherit it)",
                f + ":5:16: error: epub.cover: needs a value (leave the key out to inherit it)"),
                ThemeProject.formatted(project.errors("mine")));
    }
}
