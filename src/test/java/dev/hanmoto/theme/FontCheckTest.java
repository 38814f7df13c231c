package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontCheckTest {
    @TempDir
    Path tmp;

    @Test
    void acceptsBundledJapaneseTrueTypeFonts() throws IOException {
        try (var fonts = Files.list(ThemeProject.REPO.resolve("fonts"))) {
            fonts.filter(p -> p.toString().endsWith(".ttf"))
                    .forEach(p -> assertEquals(Optional.empty(), FontCheck.problem(p), p.toString()));
        }
    }

    @Test
    void rejectsTextFileNamedTtf() throws IOException {
        Path fake = Files.writeString(tmp.resolve("fake.ttf"), "this is not a font, just text\n");
        assertEquals(Optional.of("is not a TrueType font"), FontCheck.problem(fake));
    }

    @Test
    void rejectsCffOpenTypeAndCollections() throws IOException {
        Path otf = Files.write(tmp.resolve("x.otf"), new byte[] {'O', 'T', 'T', 'O', 0, 0, 0, 0});
        Path ttc = Files.write(tmp.resolve("x.ttc"), new byte[] {'t', 't', 'c', 'f', 0, 0, 0, 0});
        assertTrue(FontCheck.problem(otf).orElseThrow().contains("CFF outlines, which PDFBox cannot embed"));
        assertTrue(FontCheck.problem(ttc).orElseThrow().contains("font collection (.ttc)"));
    }

    @Test
    void rejectsTruncatedTrueType() throws IOException {
        byte[] real = Files.readAllBytes(ThemeProject.REPO.resolve("fonts/BIZUDGothic-Regular.ttf"));
        Path cut = Files.write(tmp.resolve("cut.ttf"), java.util.Arrays.copyOf(real, 2000));
        assertTrue(FontCheck.problem(cut).orElseThrow().startsWith("is corrupt or not a TrueType font"));
    }

    @Test
    void themeWithBadFontsReportsEachAtItsLine() throws IOException {
        ThemeProject project = new ThemeProject(tmp.resolve("book"));
        project.write("themes/mine/fonts/fake.ttf", "not a font");
        Path f = project.themeOnBase("mine", """
                fonts:
                  serif-ja:
                    - { file: fonts/fake.ttf }
                  extra:
                    - { file: fonts/missing.ttf }
                """);
        var ds = project.errors("mine");
        assertEquals(2, ds.size(), ThemeProject.formatted(ds).toString());
        Diagnostic fake = ds.get(0);
        assertEquals(f + ":4:15: error: fonts.serif-ja[0].file: font 'fonts/fake.ttf' is not a TrueType font", fake.format());
        assertEquals("theme-font-missing", ds.get(1).code());
        assertEquals(6, ds.get(1).line());
    }
}
