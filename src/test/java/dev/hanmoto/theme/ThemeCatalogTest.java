package dev.hanmoto.theme;

import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.ThemeProject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeCatalogTest {
    @RegisterExtension
    final ThemeProject project = new ThemeProject();

    @Test
    void listsBuiltinsThenProjectThemesWithDescriptions() {
        project.theme("zine", "extends: default\ndescription: Small zine\n");
        project.theme("broken", "extends: [\n");
        List<ThemeCatalog.Entry> list = new ThemeCatalog(project.dir()).list();
        assertEquals(List.of("base", "default", "report", "broken", "zine"), list.stream().map(ThemeCatalog.Entry::name).toList());
        ThemeCatalog.Entry def = list.get(1);
        assertTrue(def.builtin());
        assertEquals("A5 handbook, Mincho body, Gothic headings, navy card", def.description());
        assertEquals("base", def.parent().orElseThrow());
        ThemeCatalog.Entry zine = list.get(4);
        assertFalse(zine.builtin());
        assertEquals("Small zine", zine.description());
        assertTrue(list.get(3).problem().isPresent(), "a broken theme is listed with its problem");
    }

    /** Every shipped theme folder is a built-in (index.txt lists it and the jar holds it), and only those. */
    @Test
    void builtinIndexMatchesShippedThemes() throws java.io.IOException {
        List<String> shipped;
        try (var dirs = java.nio.file.Files.list(TestDocuments.REPO.resolve("themes"))) {
            shipped = dirs.filter(d -> java.nio.file.Files.isRegularFile(d.resolve("theme.yaml")))
                    .map(d -> d.getFileName().toString()).sorted().toList();
        }
        List<String> expected = new java.util.ArrayList<>(List.of("base"));
        expected.addAll(shipped);
        assertEquals(expected, ThemeLoader.builtinNames());
        for (String name : ThemeLoader.builtinNames()) {
            assertTrue(ThemeCatalog.class.getResource("/themes/" + name + "/theme.yaml") != null, name);
        }
    }

    @Test
    void projectThemeTakesTheBuiltinsPlace() {
        project.theme("default", "extends: default\ndescription: Our house style\n");
        ThemeCatalog.Entry def = new ThemeCatalog(project.dir()).find("default").orElseThrow();
        assertFalse(def.builtin());
        assertEquals("Our house style", def.description());
    }
}
