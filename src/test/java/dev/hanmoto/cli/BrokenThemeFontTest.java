package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 19.5 end to end: a theme whose font file is missing, cut short, empty, another kind of file
 * under a .ttf name, or CFF-flavoured OpenType stops {@code hanmoto build} before anything is rendered —
 * one located error at the theme key, exit 1, and nothing written to {@code out/} (which already holds
 * a file from an earlier build, left as it was). The broken files are made here from the real fonts.
 */
class BrokenThemeFontTest {
    private static final Path REAL = Path.of("fonts/BIZUDPMincho-Regular.ttf");

    @TempDir
    Path project;

    static Stream<Arguments> fonts() throws IOException {
        byte[] real = Files.readAllBytes(REAL);
        byte[] otto = real.clone();
        System.arraycopy("OTTO".getBytes(StandardCharsets.ISO_8859_1), 0, otto, 0, 4);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        String at = "themes/mine/theme.yaml:4:15: error: fonts.serif-ja[0].file: ";
        return Stream.of(
                Arguments.of("missing", null, at + "font file 'fonts/body.ttf' not found (looked in themes/mine, <project>, <install>)"),
                Arguments.of("truncated", Arrays.copyOf(real, real.length - 100), at + "font 'fonts/body.ttf' is truncated: table '"),
                Arguments.of("zero-byte", new byte[0], at + "font 'fonts/body.ttf' is empty (0 bytes)"),
                Arguments.of("png", png.toByteArray(), at + "font 'fonts/body.ttf' is not a TrueType font (it is a PNG image)"),
                Arguments.of("cff", otto, at + "font 'fonts/body.ttf' is an OpenType font with CFF outlines, which PDFBox cannot embed;"
                        + " use a TrueType (.ttf) font"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fonts")
    void aBrokenThemeFontStopsTheBuildAtItsKey(String name, byte[] font, String error) throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/doc.md"), BadInputTest.GOOD);
        Path theme = Files.createDirectories(project.resolve("themes/mine"));
        Files.createDirectories(theme.resolve("fonts"));
        if (font != null) Files.write(theme.resolve("fonts/body.ttf"), font);
        Files.writeString(theme.resolve("theme.yaml"), "extends: default\nfonts:\n  serif-ja:\n    - { file: fonts/body.ttf }\n");
        Path earlier = Files.createDirectories(project.resolve("out")).resolve("earlier.png");
        Files.writeString(earlier, "an earlier build");

        BadInputTest.Run r = BadInputTest.run(project, "build", "--theme", "mine");

        assertEquals(1, r.code(), r.err());
        List<String> lines = r.lines();
        assertEquals(1, lines.size(), r.err());
        assertTrue(lines.get(0).startsWith(error), lines.get(0));
        try (Stream<Path> out = Files.walk(project.resolve("out"))) {
            assertEquals(List.of(earlier), out.filter(Files::isRegularFile).toList(), "nothing written to out/");
        }
        assertEquals("an earlier build", Files.readString(earlier));
    }
}
