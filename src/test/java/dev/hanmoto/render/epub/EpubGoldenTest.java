package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The package document, navigation document, NCX and one chapter of the article fixture (with a
 * cover) as reviewed golden text files in {@code src/test/resources/golden/epub/}. After an intended
 * change run with {@code -Dgolden.update=true}, then read the diff before committing.
 */
class EpubGoldenTest {
    static final Path GOLDEN = TestDocuments.REPO.resolve("src/test/resources/golden/epub");

    @ParameterizedTest
    @CsvSource({
        "OEBPS/package.opf, article.package.opf",
        "OEBPS/nav.xhtml, article.nav.xhtml",
        "OEBPS/toc.ncx, article.toc.ncx",
        "OEBPS/text/ch-003.xhtml, article.ch-003.xhtml",
        "OEBPS/text/cover.xhtml, article.cover.xhtml",
    })
    void matchesGolden(String entry, String golden) throws IOException {
        byte[] epub = new EpubRenderer(TestThemes.defaultTheme(), d -> Optional.of(Fixtures.png(8, 8)), TestDocuments.REPO,
                Optional.of(Instant.parse("2026-11-28T09:30:00Z"))).build(Fixtures.article(TestDocuments.REPO.resolve("article.md")), new Diagnostics());
        String actual = EpubFile.of(epub).text(entry);
        Path file = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(file), file + " missing; run with -Dgolden.update=true");
        assertEquals(Files.readString(file, StandardCharsets.UTF_8), actual,
                entry + " changed; if intended, rerun with -Dgolden.update=true and review the diff");
    }
}
