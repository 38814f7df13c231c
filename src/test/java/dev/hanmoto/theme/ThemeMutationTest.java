package dev.hanmoto.theme;

import dev.hanmoto.diag.UserError;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.ThemeProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Mutated copies of the report theme (characters deleted, duplicated, replaced; lines swapped) are
 * loaded: each either loads or fails with a {@link UserError} whose diagnostics all carry a file —
 * never another exception. The generator is seeded, so a failure reproduces.
 */
class ThemeMutationTest {
    private static final String ALPHABET = " :-#{}[],'\"\n\t~&*!|>%@`0123456789abcxyzQ.\\/あ";

    @RegisterExtension
    final ThemeProject project = new ThemeProject();

    @Test
    void mutatedThemesLoadOrFailWithDiagnostics() throws Exception {
        String original = Files.readString(TestDocuments.REPO.resolve("themes/report/theme.yaml"), StandardCharsets.UTF_8);
        Random random = new Random(20261128L);
        for (int i = 0; i < 300; i++) {
            String mutated = mutate(original, random);
            project.theme("m", mutated);
            try {
                project.load("m");
            } catch (UserError e) {
                assertFalse(e.diagnostics().isEmpty(), "empty UserError for:\n" + mutated);
                e.diagnostics().forEach(d -> {
                    if (d.file() == null) fail("diagnostic without file: " + d.format() + "\nfor:\n" + mutated);
                });
            } catch (RuntimeException e) {
                throw new AssertionError("mutation " + i + " escaped as " + e + " for:\n" + mutated, e);
            }
        }
    }

    private static String mutate(String s, Random r) {
        StringBuilder b = new StringBuilder(s);
        int edits = 1 + r.nextInt(4);
        for (int k = 0; k < edits && b.length() > 1; k++) {
            int at = r.nextInt(b.length());
            switch (r.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                case 2 -> b.setCharAt(at, ALPHABET.charAt(r.nextInt(ALPHABET.length())));
                default -> {
                    String[] lines = b.toString().split("\n", -1);
                    int x = r.nextInt(lines.length);
                    int y = r.nextInt(lines.length);
                    String t = lines[x];
                    lines[x] = lines[y];
                    lines[y] = t;
                    b = new StringBuilder(String.join("\n", lines));
                }
            }
        }
        return b.toString();
    }
}
