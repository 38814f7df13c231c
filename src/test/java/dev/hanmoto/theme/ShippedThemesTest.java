package dev.hanmoto.theme;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.card.CardRenderer;
import dev.hanmoto.render.epub.EpubRenderer;
import dev.hanmoto.render.pdf.PdfRenderer;
import dev.hanmoto.render.pdf.PdfStructure;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.KeptOutputs;
import dev.hanmoto.testkit.MemorySink;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.testkit.ThemeProject;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end across the renderers (test code only; the theme package itself never imports them):
 * the two shipped themes and the three-line child theme change all three outputs of the
 * seed article through theme data alone.
 */
class ShippedThemesTest {
    private static final double MM = 72 / 25.4;
    private static final Document seed = TestDocuments.sample();

    @TempDir
    Path tmp;

    @Test
    void contractChildThemeGivesJisB5Pages() throws IOException {
        ThemeProject project = new ThemeProject(tmp);
        project.theme("mine", """
                extends: default
                pdf:
                  page:
                    size: B5
                """);
        Theme t = new ThemeLoader(tmp, ThemeLoader.findInstallDir()).load("mine");
        try (PDDocument pdf = PdfStructure.load(pdf(t))) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertEquals(182 * MM, box.getWidth(), 0.5);
            assertEquals(257 * MM, box.getHeight(), 0.5);
        }
    }

    @Test
    void reportDiffersFromDefaultInAllThreeOutputs() throws IOException {
        Theme def = TestThemes.named("default");
        Theme report = TestThemes.named("report");

        // PDF: A5 Mincho handbook vs B5 Gothic report.
        byte[] defPdf = pdf(def);
        byte[] reportPdf = pdf(report);
        KeptOutputs.keep("theme-test", "default.pdf", defPdf);
        KeptOutputs.keep("theme-test", "report.pdf", reportPdf);
        try (PDDocument a = PdfStructure.load(defPdf); PDDocument b = PdfStructure.load(reportPdf)) {
            assertEquals(148 * MM, a.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(182 * MM, b.getPage(0).getMediaBox().getWidth(), 0.5);
            assertTrue(fontNames(a).stream().anyMatch(n -> n.contains("Mincho")), fontNames(a).toString());
            // What draws ink: a word space typed at an element's edge is set in the spacing face
            // (LatinSpaceFont), which may be a Mincho, and shows nothing.
            java.util.Set<String> inked = new java.util.TreeSet<>();
            for (dev.hanmoto.testkit.PdfReadBack.Page p : dev.hanmoto.testkit.PdfReadBack.pages(reportPdf)) {
                for (dev.hanmoto.testkit.PdfReadBack.Glyph g : p.glyphs()) if (!g.text().isBlank()) inked.add(g.font());
            }
            assertTrue(inked.stream().noneMatch(n -> n.contains("Mincho")), "report body is Gothic: " + inked);
        }

        // EPUB: the report's stylesheet is default's plus its own rules.
        byte[] reportEpub = new EpubRenderer(report).build(seed, new Diagnostics());
        assertEquals("", EpubCheckReport.check(reportEpub, tmp, "report").problems(), "EPUBCheck on the report theme's EPUB");
        String defCss = EpubFile.of(new EpubRenderer(def).build(seed, new Diagnostics())).textEndingWith("/" + def.epub().stylesheet());
        String reportCss = EpubFile.of(reportEpub).textEndingWith("/" + report.epub().stylesheet());
        assertTrue(reportCss.contains(defCss.strip().lines().findFirst().orElseThrow()), "imports default's epub.css");
        assertTrue(reportCss.contains("border-left: 4px solid #0f766e"));
        assertFalse(defCss.contains("#0f766e"));

        // Card: navy field vs near-white field; the safe margin shows only the background.
        Diagnostics diags = new Diagnostics();
        BufferedImage navy = new CardRenderer(def).renderImage(seed, 1200, 630, diags);
        BufferedImage light = new CardRenderer(report).renderImage(seed, 1200, 630, diags);
        KeptOutputs.keep("theme-test", "default.png", png(navy));
        KeptOutputs.keep("theme-test", "report.png", png(light));
        assertEquals(0x10243e, navy.getRGB(8, 8) & 0xffffff);
        assertEquals(0xf7f9fa, light.getRGB(8, 8) & 0xffffff);
    }

    @Test
    void initProjectBuildsItsSampleWithItsTheme() throws IOException {
        ProjectInitializer.Result init = ProjectInitializer.init(tmp.resolve("my-book"));
        Diagnostics diags = new Diagnostics();
        Document sample = TestDocuments.read(init.dir().resolve("content/sample.md"), diags);
        assertFalse(diags.hasErrors(), diags.all().toString());
        assertEquals(java.util.List.of(), diags.all(), "the sample is clean: no warnings either");
        Theme t = new ThemeLoader(init.dir(), ThemeLoader.findInstallDir()).load(ProjectInitializer.THEME);

        MemorySink sink = new MemorySink();
        new PdfRenderer(t).render(sample, sink, diags);
        new EpubRenderer(t).render(sample, sink, diags);
        new CardRenderer(t).render(sample, sink, diags);
        assertFalse(diags.hasErrors(), diags.all().toString());
        assertEquals(java.util.List.of("sample.pdf", "sample.epub", "sample.png"), sink.names());
        try (PDDocument pdf = PdfStructure.load(sink.bytes("sample.pdf"))) {
            assertEquals(182 * MM, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
        }
        BufferedImage card = javax.imageio.ImageIO.read(new ByteArrayInputStream(sink.bytes("sample.png")));
        assertEquals(0x7a1f3d, card.getRGB(8, 8) & 0xffffff);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf(Theme theme) throws IOException {
        MemorySink sink = new MemorySink();
        Diagnostics diags = new Diagnostics();
        new PdfRenderer(theme).render(seed, sink, diags);
        assertFalse(diags.hasErrors(), diags.all().toString());
        assertEquals(1, sink.names().size(), sink.names().toString());
        return sink.bytes(sink.names().get(0));
    }

    private static TreeSet<String> fontNames(PDDocument doc) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (PDPage page : doc.getPages()) {
            for (var name : page.getResources().getFontNames()) {
                PDFont f = page.getResources().getFont(name);
                if (f != null) names.add(f.getName());
            }
        }
        return names;
    }
}
