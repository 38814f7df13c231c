package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.ReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the seed article (Markdown reader + standard transforms + EPUB renderer): EPUBCheck 5.3
 * clean with and without embedded fonts, in both writing modes and in the ebpaj layout; an EPUB 2
 * reader finds every heading of the seed in the TOC.
 */
class EpubSeedTest {
    static final String TITLE = "【年収1000万も】テクニカルオペレーションマネージャーの将来性と未経験からのロードマップ";

    static Document seed;
    static List<String> headings;

    @TempDir
    Path dir;

    @BeforeAll
    static void read() {
        seed = TestDocuments.sample();
        headings = new ArrayList<>();
        for (Block b : seed.blocks()) {
            if (b instanceof Block.Heading h && h.level() <= 3) headings.add(Walk.plainText(h.inlines()).strip());
        }
    }

    private byte[] build(UnaryOperator<EpubTheme> epub, Diagnostics diags) throws IOException {
        Theme theme = TestThemes.withEpub(TestThemes.defaultTheme(), epub);
        return new EpubRenderer(theme, d -> Optional.of(Fixtures.png(1600, 2560)), TestDocuments.REPO,
                Optional.of(Instant.parse("2026-11-28T00:00:00Z"))).build(seed, diags);
    }

    private void assertCleanAndComplete(UnaryOperator<EpubTheme> epub, String name) throws IOException {
        Diagnostics diags = new Diagnostics();
        byte[] bytes = build(epub, diags);
        EpubCheckReport r = EpubCheckReport.check(bytes, dir, name);
        assertEquals("", r.problems(), name);
        assertEquals(List.of(), diags.all().stream().map(Diagnostic::format).toList(), "the renderer has nothing to complain about");
        ReadBack rb = ReadBack.of(bytes);
        assertEquals(TITLE, rb.title());
        assertEquals(headings, rb.toc().stream().map(String::strip).toList(), "every h1–h3 of the seed, in order");
        EpubFile z = EpubFile.of(bytes);
        assertEquals(z.xhtml().size(), rb.spine().size());
        for (String f : z.xhtml()) assertTrue(z.files().get(f).length < 256 * 1024, f);
    }

    @Test
    void seedIsCleanHorizontal() throws IOException {
        assertTrue(headings.size() > 40, "the seed has " + headings.size() + " headings");
        assertCleanAndComplete(e -> e, "seed");
    }

    @Test
    void seedIsCleanHorizontalWithSubsetFonts() throws IOException {
        assertCleanAndComplete(e -> e.withEmbedFonts(EpubTheme.EmbedFonts.SUBSET), "seed-fonts");
    }

    @Test
    void seedIsCleanVertical() throws IOException {
        assertCleanAndComplete(e -> e.withWritingMode(EpubTheme.WritingMode.VERTICAL_RL), "seed-vertical");
    }

    @Test
    void seedIsCleanVerticalWithSubsetFontsInTheEbpajLayout() throws IOException {
        assertCleanAndComplete(e -> e.withWritingMode(EpubTheme.WritingMode.VERTICAL_RL).withEmbedFonts(EpubTheme.EmbedFonts.SUBSET).withLayout(EpubTheme.Layout.EBPAJ), "seed-vertical-fonts-ebpaj");
    }

    @Test
    void seedBuildsAreByteIdentical() throws IOException {
        byte[] a = build(e -> e.withEmbedFonts(EpubTheme.EmbedFonts.SUBSET), new Diagnostics());
        byte[] b = build(e -> e.withEmbedFonts(EpubTheme.EmbedFonts.SUBSET), new Diagnostics());
        assertTrue(java.util.Arrays.equals(a, b));
    }
}
