package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.testkit.ThemeProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Theme files as people really write (and break) them at the byte level — BOM, CRLF, bad UTF-8, NUL,
 * tabs, alias bombs, deep nesting: never a crash, always a located message. Broken keys and values are
 * in {@code golden/theme/bad-themes.txt}.
 */
class ThemeBadInputTest {
    @RegisterExtension
    final ThemeProject project = new ThemeProject();

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
        Path f = project.dir().resolve("themes/mine/theme.yaml");
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

}
