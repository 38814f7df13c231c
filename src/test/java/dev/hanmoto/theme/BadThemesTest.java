package dev.hanmoto.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.testkit.GoldenCases;
import dev.hanmoto.testkit.GoldenCasesSource;
import dev.hanmoto.testkit.ThemeProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The golden cases of {@code golden/theme/bad-themes.txt}: each theme as written and every diagnostic
 * loading it gives, with file, line, column and key path, in order. A theme.yaml marked
 * {@code +base-files} also gets the templates and stylesheets base names (written first, so a file of
 * the case may replace one). A new check of the binder is one more case there.
 */
class BadThemesTest {
    @ParameterizedTest(name = "{0}")
    @GoldenCasesSource("src/test/resources/golden/theme/bad-themes.txt")
    void reportsEveryProblemAtItsPlace(GoldenCases.Case c, @TempDir Path tmp) {
        assertTrue(c.files().containsKey("themes/mine/theme.yaml"), "every case loads the theme mine");
        c.check(diagnostics(c, tmp.resolve(c.name())));
    }

    /** Loads the case's theme mine in a project of its files, in {@code dir}; the diagnostics as golden lines. */
    private static List<String> diagnostics(GoldenCases.Case c, Path dir) {
        ThemeProject project = new ThemeProject(dir.resolve("project"));
        c.files().keySet().stream().filter(f -> c.flagged(f, "base-files")).forEach(f -> {
            String folder = f.substring(0, f.lastIndexOf('/'));
            for (String name : ThemeProject.BASE_FILES) {
                project.write(folder + "/" + name, name.endsWith(".css") ? "body { font-family: serif-ja; }\n" : "<html/>\n");
            }
        });
        c.files().forEach(project::write);
        List<Diagnostic> ds = project.errors("mine");
        List<String> lines = project.relative(ds);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < ds.size(); i++) out.add(GoldenCases.line(lines.get(i), ds.get(i).code()));
        return out;
    }
}
