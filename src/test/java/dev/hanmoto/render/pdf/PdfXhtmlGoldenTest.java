package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The XHTML openhtmltopdf receives, as golden text files reviewed when they change
 * ({@code -Dgolden.update=true} rewrites them). Stylesheet bodies are left out: the theme's CSS is
 * tested through the PDFs, and a style change should not churn these files; so are the pictures'
 * {@code data:} URIs (the math fixture's formulas are tested as drawn). The math fixture shows the
 * passes' marks: 和欧間 spans (inside inline code too) and the numbered pictures before 、。.
 */
class PdfXhtmlGoldenTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notes", "kinsoku", "math"})
    void xhtmlMatchesGolden(String name) throws IOException {
        String xhtml = new PdfRenderer(TestThemes.defaultTheme())
                .xhtml(BookLayoutTest.fixture(name), new Diagnostics())
                .replaceAll("(?s)<style>.*?</style>", "<style>…</style>")
                .replaceAll("src=\"data:[^\"]*\"", "src=\"data:…\"");
        Path golden = BookLayoutTest.FIXTURES.resolve(name + ".xhtml");
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, xhtml, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), xhtml,
                "XHTML changed: review, then ./mvnw -o -q test -Dtest=PdfXhtmlGoldenTest -Dgolden.update=true");
    }
}
