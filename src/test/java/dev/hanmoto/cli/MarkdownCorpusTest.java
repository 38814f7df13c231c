package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.PdfReadBack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, "done when": the fixture corpus, one document or book per dialect (GitHub, Zenn, Qiita,
 * pandoc, VFM under src/test/resources/markdown; mdBook and HonKit under src/test/resources/books),
 * builds with no literal markup left in the PDF's text or the EPUB's text, no unresolved internal link
 * and no missing glyph, and every EPUB passes EPUBCheck.
 *
 * <p>The fixtures also hold a few mistakes on purpose, for the tests of their warnings: a marker shown as
 * code (a fence line in a code block), a malformed attribute block kept as text, a link to a heading that
 * does not exist. {@link #KEPT_ON_PURPOSE} and {@link #WARNED_ON_PURPOSE} list exactly those; nothing
 * else may show a marker or warn of a link or a glyph.
 */
class MarkdownCorpusTest {
    static final Path MARKDOWN = CliTest.REPO.resolve("src/test/resources/markdown");
    static final Path BOOKS = CliTest.REPO.resolve("src/test/resources/books");
    /** What markup would look like had a reader or a renderer left it as text. */
    static final List<String> MARKERS = List.of("{#", "{.", ":::", "[!", "**", "〓");
    /** Text that keeps a marker on purpose: code showing a fence, a malformed attribute block kept as written. */
    static final List<String> KEPT_ON_PURPOSE = List.of("echo \":::\"", "壊れた属性 {#a #b}");
    /** The one link to nowhere, in the fixture that tests its warning. */
    static final List<String> WARNED_ON_PURPOSE = List.of("github-anchors.md:12:3: warning: link '#存在しない節' goes nowhere");

    @TempDir static Path out;
    static String err;
    static final List<Path> built = new ArrayList<>();

    @BeforeAll
    static void build() throws IOException {
        StringBuilder errs = new StringBuilder();
        CliTest.Run articles = CliTest.run("build", MARKDOWN.toString(), "--out", out.resolve("markdown").toString());
        assertEquals(0, articles.code(), articles.err());
        errs.append(articles.err());
        for (String book : List.of("mdbook", "honkit")) {
            CliTest.Run r = CliTest.run("build", BOOKS.resolve(book).toString(), "--out", out.resolve(book).toString());
            assertEquals(0, r.code(), r.err());
            errs.append(r.err());
        }
        err = errs.toString();
        try (Stream<Path> s = Files.walk(out)) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(built::add);
        }
    }

    @Test
    void everyFixtureGivesAPdfAndAnEpub() throws IOException {
        long sources;
        try (Stream<Path> s = Files.list(MARKDOWN)) {
            sources = s.filter(p -> p.toString().endsWith(".md")).count();
        }
        assertTrue(sources >= 6, "a fixture per dialect");
        List<Path> articles = built.stream().filter(p -> p.startsWith(out.resolve("markdown"))).toList();
        assertEquals(sources, articles.size(), "one PDF per fixture: " + articles);
        for (Path pdf : built) {
            assertTrue(Files.exists(pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", ".epub"))), pdf + " has its EPUB");
        }
    }

    @TestFactory
    Stream<DynamicTest> noMarkupLeftInAnyPdf() {
        assertTrue(built.size() >= 8, "PDFs built: " + built);
        return built.stream().map(pdf -> DynamicTest.dynamicTest(out.relativize(pdf).toString(), () -> {
            String text = withoutCode(PdfReadBack.text(Files.readAllBytes(pdf)));
            for (String m : MARKERS) assertFalse(text.contains(m), m + " left in the text of " + pdf + ":\n" + around(text, m));
        }));
    }

    @TestFactory
    Stream<DynamicTest> noMarkupLeftInAnyEpubAndEpubCheckClean() {
        return built.stream().map(pdf -> pdf.resolveSibling(pdf.getFileName().toString().replaceFirst("\\.pdf$", ".epub")))
                .map(epub -> DynamicTest.dynamicTest(out.relativize(epub).toString(), () -> {
                    EpubFile book = EpubFile.read(epub);
                    StringBuilder text = new StringBuilder();
                    for (String name : book.xhtml()) text.append(Jsoup.parse(book.text(name)).text()).append('\n');
                    String t = withoutCode(text.toString());
                    for (String m : MARKERS) assertFalse(t.contains(m), m + " left in the text of " + epub + ":\n" + around(t, m));
                    assertEquals("", EpubCheckReport.problemsOf(epub), "EPUBCheck on " + epub);
                }));
    }

    @TestFactory
    Stream<DynamicTest> noUnresolvedLinkAndNoMissingGlyph() {
        return Stream.of(
                DynamicTest.dynamicTest("links", () -> assertFalse(withoutIntended(err).contains("goes nowhere"), err)),
                DynamicTest.dynamicTest("glyphs", () -> assertFalse(err.contains("no glyph for"), err)),
                DynamicTest.dynamicTest("openhtmltopdf's own link message", () ->
                        assertFalse(err.contains("Could not find valid target"), err)));
    }

    private static String withoutCode(String text) {
        String t = text;
        for (String c : KEPT_ON_PURPOSE) t = t.replace(c, "");
        return t;
    }

    private static String withoutIntended(String messages) {
        String m = messages;
        for (String w : WARNED_ON_PURPOSE) {
            assertTrue(m.contains(w), "the fixture's own warning is still given: " + w);
            m = m.replace(w, "");
        }
        return m;
    }

    private static String around(String text, String marker) {
        int at = text.indexOf(marker);
        return text.substring(Math.max(0, at - 80), Math.min(text.length(), at + 80));
    }
}
