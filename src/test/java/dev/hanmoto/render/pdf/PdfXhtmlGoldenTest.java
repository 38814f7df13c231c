package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The XHTML openhtmltopdf receives, as golden text files reviewed when they change
 * ({@code -Dgolden.update=true} rewrites them). Stylesheet bodies are left out: the theme's CSS is
 * tested through the PDFs, and a style change should not churn these files.
 */
class PdfXhtmlGoldenTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"notes", "kinsoku"})
    void xhtmlMatchesGolden(String name) throws IOException {
        String xhtml = new PdfRenderer(TestDocs.defaultTheme())
                .xhtml(BookLayoutTest.fixture(name), new Diagnostics())
                .replaceAll("(?s)<style>.*?</style>", "<style>…</style>");
        Path golden = BookLayoutTest.FIXTURES.resolve(name + ".xhtml");
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, xhtml, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), xhtml,
                "XHTML changed: review, then ./mvnw -o -q test -Dtest=PdfXhtmlGoldenTest -Dgolden.update=true");
    }
}
