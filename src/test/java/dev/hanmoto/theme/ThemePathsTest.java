package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.testkit.ThemeProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * References out of the theme or project folder are refused before anything is opened: through links and
 * {@code extends}, and by {@link ThemeFiles} itself. Paths written out of the folder are cases of
 * {@code golden/theme/bad-themes.txt}.
 */
class ThemePathsTest {
    @RegisterExtension
    final ThemeProject project = new ThemeProject();

    @Test
    void refusesSymlinkPointingOut() throws IOException {
        Path outside = Files.writeString(project.outside().resolve("secret.css"), "body { color: red }");
        project.themeOnBase("mine", "pdf: { stylesheet: linked.css }\n");
        Files.createSymbolicLink(project.dir().resolve("themes/mine/linked.css"), outside);
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-path", d.code());
        assertTrue(d.message().startsWith("pdf.stylesheet: 'linked.css' is a link pointing outside the theme folder"), d.message());
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
