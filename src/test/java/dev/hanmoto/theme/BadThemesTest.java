package dev.hanmoto.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.testkit.ThemeProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden cases of {@code golden/theme/bad-themes.txt}: each theme as written and every diagnostic
 * loading it gives, with file, line, column and key path, in order (the file's header says how a case
 * is written). A new check of the binder is one more case there.
 */
class BadThemesTest {
    static final Path CASES = Path.of("src/test/resources/golden/theme/bad-themes.txt");

    /**
     * One case: files by project-relative path (in the order written) and the diagnostics expected.
     *
     * @param withBaseFiles the theme folders that also get the files base names
     */
    record Case(String name, Map<String, String> files, List<String> withBaseFiles, List<String> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemAtItsPlace(Case c, @TempDir Path tmp) {
        ThemeProject project = new ThemeProject(tmp.resolve("project"));
        for (String folder : c.withBaseFiles()) {
            for (String f : ThemeProject.BASE_FILES) {
                project.write(folder + "/" + f, f.endsWith(".css") ? "body { font-family: serif-ja; }\n" : "<html/>\n");
            }
        }
        c.files().forEach(project::write);
        assertEquals(c.expected(), project.relative(project.errors("mine")));
    }

    @Test
    void everyCaseExpectsSomething() throws IOException {
        List<Case> all = read();
        assertTrue(all.size() >= 30, "cases: " + all.size());
        for (Case c : all) {
            assertFalse(c.expected().isEmpty(), c.name() + " expects no diagnostic: a theme that loads belongs in ThemeLoaderTest");
            assertTrue(c.files().containsKey("themes/mine/theme.yaml"), c.name() + " has no themes/mine/theme.yaml");
        }
        assertEquals(all.size(), all.stream().map(Case::name).distinct().count(), "case names are unique");
    }

    static Stream<Arguments> cases() throws IOException {
        return read().stream().map(Arguments::of);
    }

    /** Parses the cases file: {@code == name}, {@code -- path [+base-files]} and its lines, {@code => diagnostic}. */
    static List<Case> read() throws IOException {
        List<Case> out = new ArrayList<>();
        String name = null;
        Map<String, String> files = new LinkedHashMap<>();
        List<String> base = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        String file = null;
        List<String> lines = new ArrayList<>();
        for (String line : Files.readAllLines(CASES, StandardCharsets.UTF_8)) {
            boolean marker = line.startsWith("== ") || line.startsWith("-- ") || line.startsWith("=> ");
            if (marker && file != null) {
                files.put(file, text(lines));
                file = null;
            }
            if (line.startsWith("== ")) {
                if (name != null) out.add(new Case(name, files, base, expected));
                name = line.substring(3).strip();
                files = new LinkedHashMap<>();
                base = new ArrayList<>();
                expected = new ArrayList<>();
            } else if (line.startsWith("-- ")) {
                String spec = line.substring(3).strip();
                if (spec.endsWith(" +base-files")) {
                    spec = spec.substring(0, spec.length() - " +base-files".length()).strip();
                    base.add(spec.substring(0, spec.lastIndexOf('/')));
                }
                file = spec;
                lines = new ArrayList<>();
            } else if (line.startsWith("=> ")) {
                expected.add(line.substring(3));
            } else if (file != null) {
                lines.add(line);
            } else if (!line.isBlank() && !line.startsWith("#")) {
                throw new IllegalStateException(CASES + ": line outside a file: " + line);
            }
        }
        if (file != null) files.put(file, text(lines));
        if (name != null) out.add(new Case(name, files, base, expected));
        return out;
    }

    /** A file's lines as text: trailing blank lines (the space between cases) dropped, each line ended. */
    private static String text(List<String> lines) {
        int n = lines.size();
        while (n > 0 && lines.get(n - 1).isBlank()) n--;
        StringBuilder sb = new StringBuilder();
        for (String l : lines.subList(0, n)) sb.append(l).append('\n');
        return sb.toString();
    }
}
