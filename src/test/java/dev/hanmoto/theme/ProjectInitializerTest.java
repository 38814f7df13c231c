package dev.hanmoto.theme;

import dev.hanmoto.diag.UserError;
import dev.hanmoto.testkit.TestDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProjectInitializerTest {
    @TempDir
    Path tmp;

    @Test
    void createsSampleThemeReadmeAndOut() throws IOException {
        ProjectInitializer.Result r = ProjectInitializer.init(tmp.resolve("my-book"));
        assertEquals(List.of(Path.of("content/sample.md"), Path.of("themes/mytheme/theme.yaml"), Path.of("README.md"),
                Path.of("out/.gitkeep")), r.created());
        String sample = Files.readString(r.dir().resolve("content/sample.md"));
        assertTrue(sample.startsWith("---\ntitle: "), "front matter");
        assertTrue(sample.contains("\n# はじめての本\n"), "heading");
        assertTrue(sample.contains("\n- "), "list");
        assertTrue(sample.contains("|------|"), "table");
        assertTrue(sample.contains("[^note]:"), "footnote");
        String theme = Files.readString(r.dir().resolve("themes/mytheme/theme.yaml"));
        assertTrue(theme.contains("\nextends: default\n"));
        assertTrue(Files.readString(r.dir().resolve("README.md")).contains("hanmoto build"));
    }

    @Test
    void themeOverridesTwoKeysOfDefault() {
        ProjectInitializer.Result r = ProjectInitializer.init(tmp.resolve("my-book"));
        Theme t = new ThemeLoader(r.dir(), java.util.Optional.of(TestDocuments.REPO)).load(ProjectInitializer.THEME);
        assertEquals("B5", t.pdf().page().size().name());
        assertEquals("#7a1f3d", t.card().background().css());
        assertEquals("18mm", t.pdf().page().margin().top().css());
    }

    @Test
    void neverOverwritesAndWritesNothingOnClash() throws IOException {
        Path dir = tmp.resolve("book");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("README.md"), "mine");
        UserError e = assertThrows(UserError.class, () -> ProjectInitializer.init(dir));
        assertEquals(1, e.diagnostics().size());
        assertEquals(dir.resolve("README.md"), e.diagnostics().get(0).file());
        assertEquals("mine", Files.readString(dir.resolve("README.md")));
        assertTrue(Files.notExists(dir.resolve("content")));
    }
}
