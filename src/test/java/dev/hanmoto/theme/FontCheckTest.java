package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.ThemeProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontCheckTest {
    @TempDir
    Path tmp;

    @Test
    void acceptsBundledJapaneseTrueTypeFonts() throws IOException {
        try (var fonts = Files.list(TestDocuments.REPO.resolve("fonts"))) {
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
        byte[] real = Files.readAllBytes(TestDocuments.REPO.resolve("fonts/BIZUDGothic-Regular.ttf"));
        Path cut = Files.write(tmp.resolve("cut.ttf"), java.util.Arrays.copyOf(real, 2000));
        assertTrue(FontCheck.problem(cut).orElseThrow().startsWith("is truncated: table "), FontCheck.problem(cut).orElseThrow());
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

    /**
     * A fallback font need not cover Japanese (a stack's font must), but it is checked as a font all the
     * same: a bundled script font is accepted, a file that is no TrueType font is an error at its line.
     */
    @Test
    void fallbackFontsNeedNoJapaneseButMustBeTrueType() throws IOException {
        Path hebrew = TestDocuments.REPO.resolve("fonts/fallback/NotoSansHebrew-Regular.ttf");
        assertEquals(java.util.Optional.empty(), FontCheck.problem(hebrew, false));
        assertTrue(FontCheck.problem(hebrew).orElseThrow().startsWith("lacks glyphs for 'あア漢字"), FontCheck.problem(hebrew).orElseThrow());
        ThemeProject project = new ThemeProject(tmp.resolve("fallback"));
        project.write("themes/mine/fonts/fake.ttf", "not a font");
        Path f = project.themeOnBase("mine", """
                font-fallback:
                  - { file: fonts/fallback/NotoSansHebrew-Regular.ttf }
                  - { file: fonts/fake.ttf }
                  - { file: fonts/missing.ttf }
                """);
        var ds = project.errors("mine");
        assertEquals(List.of(f + ":4:13: error: font-fallback[1].file: font 'fonts/fake.ttf' is not a TrueType font",
                f + ":5:13: error: font-fallback[2].file: font file 'fonts/missing.ttf' not found"),
                ds.stream().map(d -> d.format().replaceFirst(" \\(looked in .*", "")).toList());
    }

    /** A real bundled font, broken the ways font files break: the source of every broken file below. */
    static final Path REAL = TestDocuments.REPO.resolve("fonts/BIZUDGothic-Regular.ttf");

    /**
     * Issue 19: each broken font is an error at its theme key — file, line, column, key path — when the
     * theme loads, so no renderer ever meets it (openhtmltopdf would set '#' or fall back silently).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFonts")
    void aBrokenFontIsAnErrorAtItsKey(String name, byte[] bytes, String problem) throws IOException {
        ThemeProject project = new ThemeProject(tmp.resolve(name));
        Path f = withBrokenFont(project, bytes, "sans-ja");
        var ds = project.errors("mine");
        assertEquals(1, ds.size(), ThemeProject.formatted(ds).toString());
        String line = ds.get(0).format();
        assertTrue(line.startsWith(f + ":4:15: error: fonts.sans-ja[0].file: " + problem), line);
    }

    /** Theme 'mine' on base with {@code stack} set in {@code bytes} as fonts/broken.ttf (none written if null); the theme file. */
    private static Path withBrokenFont(ThemeProject project, byte[] bytes, String stack) throws IOException {
        if (bytes != null) project.writeBytes("themes/mine/fonts/broken.ttf", bytes);
        return project.themeOnBase("mine", "fonts:\n  " + stack + ":\n    - { file: fonts/broken.ttf, weight: 700 }\n");
    }

    static Stream<Arguments> brokenFonts() throws IOException {
        byte[] real = Files.readAllBytes(REAL);
        int tables = ((real[4] & 0xff) << 8) | (real[5] & 0xff);
        byte[] otto = real.clone();
        System.arraycopy("OTTO".getBytes(StandardCharsets.ISO_8859_1), 0, otto, 0, 4);
        var png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        return Stream.of(
                Arguments.of("missing", null, "font file 'fonts/broken.ttf' not found (looked in "),
                Arguments.of("zero-byte", new byte[0], "font 'fonts/broken.ttf' is empty (0 bytes)"),
                Arguments.of("cut-in-header", Arrays.copyOf(real, 8), "font 'fonts/broken.ttf' is truncated: 8 bytes, less than a font header"),
                Arguments.of("cut-in-directory", Arrays.copyOf(real, 100), "font 'fonts/broken.ttf' is truncated: its table directory ends at byte "
                        + (12 + 16 * tables) + " but the file has 100 bytes"),
                Arguments.of("cut-in-half", Arrays.copyOf(real, real.length / 2), "font 'fonts/broken.ttf' is truncated: table '"),
                Arguments.of("last-byte-missing", Arrays.copyOf(real, real.length - 1), "font 'fonts/broken.ttf' is truncated: table '"),
                Arguments.of("png-renamed", png.toByteArray(), "font 'fonts/broken.ttf' is not a TrueType font (it is a PNG image)"),
                Arguments.of("cff-opentype", otto, "font 'fonts/broken.ttf' is an OpenType font with CFF outlines, which PDFBox cannot embed"),
                Arguments.of("text", "not a font at all\n".getBytes(StandardCharsets.UTF_8), "font 'fonts/broken.ttf' is not a TrueType font"));
    }

    /**
     * Issue 20: a card-only build parses the fonts the card may set text with ({@code card.font},
     * {@code card.title.font}, the fallback chain) and no other. A PDF-only stack whose face lacks kana
     * is reported by a build with the PDF (and by {@code hanmoto check}, which loads for every output),
     * not by a card-only one; the same face in the card's stack is reported by the card-only build.
     */
    @Test
    void aCardOnlyLoadParsesOnlyTheFontsTheCardSetsTextWith() throws IOException {
        ThemeProject project = new ThemeProject(tmp.resolve("card-only"));
        project.writeBytes("themes/mine/fonts/hebrew.ttf", Files.readAllBytes(TestDocuments.REPO.resolve("fonts/fallback/NotoSansHebrew-Regular.ttf")));
        Path f = project.themeOnBase("mine", "fonts:\n  serif-ja:\n    - { file: fonts/hebrew.ttf }\n");
        String lacks = f + ":4:15: error: fonts.serif-ja[0].file: font 'fonts/hebrew.ttf' lacks glyphs for 'あア漢字Aa1'";
        List<String> all = project.errors("mine").stream().map(Diagnostic::format).toList();
        assertEquals(1, all.size(), all.toString());
        assertTrue(all.get(0).startsWith(lacks), all.get(0));
        for (Set<String> outputs : List.of(Set.of("pdf"), Set.of("epub"), Set.of("pdf", "card"))) {
            UserError e = assertThrows(UserError.class, () -> project.loader().load("mine", outputs), outputs.toString());
            assertTrue(e.diagnostics().get(0).format().startsWith(lacks), outputs + ": " + e.diagnostics());
        }
        Theme card = project.loader().load("mine", Set.of("card"));
        assertEquals(TestDocuments.REPO.resolve("fonts/BIZUDPGothic-Regular.ttf"), card.fonts().firstFile(card.card().font()).orElseThrow());

        ThemeProject cardStack = new ThemeProject(tmp.resolve("card-stack"));
        cardStack.writeBytes("themes/mine/fonts/hebrew.ttf", Files.readAllBytes(TestDocuments.REPO.resolve("fonts/fallback/NotoSansHebrew-Regular.ttf")));
        Path g = cardStack.themeOnBase("mine", "fonts:\n  serif-ja:\n    - { file: fonts/hebrew.ttf }\ncard:\n  font: serif-ja\n");
        UserError e = assertThrows(UserError.class, () -> cardStack.loader().load("mine", Set.of("card")));
        assertTrue(e.diagnostics().get(0).format().startsWith(g + ":4:15: error: fonts.serif-ja[0].file: font 'fonts/hebrew.ttf' lacks glyphs"),
                e.diagnostics().toString());
    }

    /** What a card-only build still checks in a font it does not parse: that the file is a whole TrueType font, with the same words. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFonts")
    void aCardOnlyLoadStillReportsABrokenFileInAnyStack(String name, byte[] bytes, String problem) throws IOException {
        ThemeProject project = new ThemeProject(tmp.resolve(name));
        Path f = withBrokenFont(project, bytes, "serif-ja");
        UserError e = assertThrows(UserError.class, () -> project.loader().load("mine", Set.of("card")));
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        String line = e.diagnostics().get(0).format();
        assertTrue(line.startsWith(f + ":4:15: error: fonts.serif-ja[0].file: " + problem), line);
    }

    @Test
    void aFontCutAnywhereIsTruncated() throws IOException {
        byte[] real = Files.readAllBytes(REAL);
        for (int cut : new int[] {12, 299, 1 << 12, 1 << 16, 1 << 20, real.length - 4096, real.length - 1}) {
            Path p = Files.write(tmp.resolve("cut-" + cut + ".ttf"), Arrays.copyOf(real, cut));
            assertTrue(FontCheck.problem(p).orElseThrow().startsWith("is truncated"), cut + ": " + FontCheck.problem(p));
        }
    }
}
