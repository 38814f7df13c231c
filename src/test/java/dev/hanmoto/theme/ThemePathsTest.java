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

/** References out of the theme or project folder are refused before anything is opened. */
class ThemePathsTest {
    @TempDir
    Path tmp;
    ThemeProject project;

    @BeforeEach
    void setUp() {
        project = new ThemeProject(tmp.resolve("book"));
    }

    @Test
    void refusesStylesheetClimbingOut() {
        Path f = project.themeOnBase("mine", "pdf: { stylesheet: ../../etc/passwd }\n");
        assertEquals(List.of(f + ":2:20: error: pdf.stylesheet: '../../etc/passwd' points outside the theme folder"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void refusesAbsoluteTemplate() {
        project.themeOnBase("mine", "card: { template: /etc/passwd }\n");
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-path", d.code());
        assertEquals("card.template: '/etc/passwd' is an absolute path; name theme files relative to the theme folder", d.message());
    }

    @Test
    void refusesSymlinkPointingOut() throws IOException {
        Path outside = Files.writeString(tmp.resolve("secret.css"), "body { color: red }");
        project.themeOnBase("mine", "pdf: { stylesheet: linked.css }\n");
        Files.createSymbolicLink(project.dir.resolve("themes/mine/linked.css"), outside);
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-path", d.code());
        assertTrue(d.message().startsWith("pdf.stylesheet: 'linked.css' is a link pointing outside the theme folder"), d.message());
    }

    @Test
    void refusesFontOutsideProject() {
        project.themeOnBase("mine", "fonts: { body: [ { file: ../../../../etc/passwd } ] }\n");
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-path", d.code());
        assertEquals("fonts.body[0].file: '../../../../etc/passwd' points outside the theme and project folders", d.message());
    }

    @Test
    void refusesAbsoluteFont() {
        project.themeOnBase("mine", "fonts: { body: [ { file: /usr/share/fonts/x.ttf } ] }\n");
        assertEquals("theme-path", project.errors("mine").get(0).code());
    }

    @Test
    void refusesExtendsOutsideProject() throws IOException {
        Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(tmp.resolve("elsewhere/theme.yaml"), "extends: base\n");
        Path f = project.theme("mine", "extends: ../../../elsewhere\n");
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-path", d.code());
        assertEquals(f, d.file());
        assertEquals(1, d.line());
    }

    @Test
    void themeFilesNeverOpenNamesClimbingOut() {
        project.themeOnBase("mine", "");
        ThemeFiles files = project.load("mine").files();
        assertTrue(files.findBytes("../../etc/passwd").isEmpty());
        assertTrue(files.findBytes("/etc/passwd").isEmpty());
        assertTrue(files.findBytes("pdf.css").isPresent());
    }
}
