package dev.hanmoto.theme;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.card.CardRenderer;
import dev.hanmoto.render.epub.EpubRenderer;
import dev.hanmoto.render.pdf.PdfRenderer;
import dev.hanmoto.render.pdf.PdfStructure;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.transform.Transforms;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
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
    private static Document seed;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSeed() {
        Diagnostics diags = new Diagnostics();
        seed = Transforms.standard().apply(SourceReader.read(ThemeProject.REPO.resolve("content/technical-operations-manager.md"), diags));
        assertFalse(diags.hasErrors(), diags.all().toString());
    }

    private static Theme shipped(String name) {
        return new ThemeLoader(ThemeProject.REPO).load(name);
    }

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
        Theme def = shipped("default");
        Theme report = shipped("report");

        // PDF: A5 Mincho handbook vs B5 Gothic report.
        byte[] defPdf = pdf(def);
        byte[] reportPdf = pdf(report);
        keep("default.pdf", defPdf);
        keep("report.pdf", reportPdf);
        try (PDDocument a = PdfStructure.load(defPdf); PDDocument b = PdfStructure.load(reportPdf)) {
            assertEquals(148 * MM, a.getPage(0).getMediaBox().getWidth(), 0.5);
            assertEquals(182 * MM, b.getPage(0).getMediaBox().getWidth(), 0.5);
            assertTrue(fontNames(a).stream().anyMatch(n -> n.contains("Mincho")), fontNames(a).toString());
            assertTrue(fontNames(b).stream().noneMatch(n -> n.contains("Mincho")), "report body is Gothic: " + fontNames(b));
        }

        // EPUB: the report's stylesheet is default's plus its own rules.
        byte[] reportEpub = new EpubRenderer(report).build(seed, new Diagnostics());
        assertEquals("", epubCheck(reportEpub), "EPUBCheck on the report theme's EPUB");
        String defCss = epubCss(def, new EpubRenderer(def).build(seed, new Diagnostics()));
        String reportCss = epubCss(report, reportEpub);
        assertTrue(reportCss.contains(defCss.strip().lines().findFirst().orElseThrow()), "imports default's epub.css");
        assertTrue(reportCss.contains("border-left: 4px solid #0f766e"));
        assertFalse(defCss.contains("#0f766e"));

        // Card: navy field vs near-white field; the safe margin shows only the background.
        Diagnostics diags = new Diagnostics();
        BufferedImage navy = new CardRenderer(def).renderImage(seed, 1200, 630, diags);
        BufferedImage light = new CardRenderer(report).renderImage(seed, 1200, 630, diags);
        keep("default.png", png(navy));
        keep("report.png", png(light));
        assertEquals(0x10243e, navy.getRGB(8, 8) & 0xffffff);
        assertEquals(0xf7f9fa, light.getRGB(8, 8) & 0xffffff);
    }

    @Test
    void initProjectBuildsItsSampleWithItsTheme() throws IOException {
        ProjectInitializer.Result init = ProjectInitializer.init(tmp.resolve("my-book"));
        Diagnostics diags = new Diagnostics();
        Document sample = Transforms.standard().apply(SourceReader.read(init.dir().resolve("content/sample.md"), diags));
        assertFalse(diags.hasErrors(), diags.all().toString());
        assertEquals(java.util.List.of(), diags.all(), "the sample is clean: no warnings either");
        Theme t = new ThemeLoader(init.dir(), ThemeLoader.findInstallDir()).load(ProjectInitializer.THEME);

        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        OutputSink sink = path -> files.computeIfAbsent(path, p -> new ByteArrayOutputStream());
        new PdfRenderer(t).render(sample, sink, diags);
        new EpubRenderer(t).render(sample, sink, diags);
        new CardRenderer(t).render(sample, sink, diags);
        assertFalse(diags.hasErrors(), diags.all().toString());
        assertEquals(java.util.List.of("sample.pdf", "sample.epub", "sample.png"), java.util.List.copyOf(files.keySet()));
        try (PDDocument pdf = PdfStructure.load(files.get("sample.pdf").toByteArray())) {
            assertEquals(182 * MM, pdf.getPage(0).getMediaBox().getWidth(), 0.5);
        }
        BufferedImage card = javax.imageio.ImageIO.read(new ByteArrayInputStream(files.get("sample.png").toByteArray()));
        assertEquals(0x7a1f3d, card.getRGB(8, 8) & 0xffffff);
    }

    /** Writes an output under target/theme-test/ for looking at; never compared as bytes. */
    private static void keep(String name, byte[] bytes) throws IOException {
        Path dir = ThemeProject.REPO.resolve("target/theme-test");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), bytes);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static byte[] pdf(Theme theme) throws IOException {
        Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();
        OutputSink sink = path -> files.computeIfAbsent(path, p -> new ByteArrayOutputStream());
        Diagnostics diags = new Diagnostics();
        new PdfRenderer(theme).render(seed, sink, diags);
        assertFalse(diags.hasErrors(), diags.all().toString());
        assertEquals(1, files.size(), files.keySet().toString());
        return files.values().iterator().next().toByteArray();
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

    /** EPUBCheck 5.3 in-process: fatal errors, errors and warnings, one per line; empty when clean. */
    private String epubCheck(byte[] epub) throws IOException {
        Path file = java.nio.file.Files.write(tmp.resolve("check.epub"), epub);
        java.util.List<String> problems = new java.util.ArrayList<>();
        var report = new com.adobe.epubcheck.api.MasterReport() {
            @Override
            public void message(com.adobe.epubcheck.messages.Message m, com.adobe.epubcheck.api.EPUBLocation where, Object... args) {
                var sev = m.getSeverity();
                if (sev == com.adobe.epubcheck.messages.Severity.FATAL || sev == com.adobe.epubcheck.messages.Severity.ERROR
                        || sev == com.adobe.epubcheck.messages.Severity.WARNING) {
                    problems.add(sev + " " + m.getID() + " " + where + ": " + m.getMessage(args));
                }
            }

            @Override
            public void info(String path, com.adobe.epubcheck.util.FeatureEnum feature, String value) {}

            @Override
            public int generate() {
                return 0;
            }

            @Override
            public void initialize() {}
        };
        new com.adobe.epubcheck.api.EpubCheck(file.toFile(), report).doValidate();
        return String.join("\n", problems);
    }

    private static String epubCss(Theme theme, byte[] epub) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().endsWith("/" + theme.epub().stylesheet()) || e.getName().endsWith(theme.epub().stylesheet())) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + theme.epub().stylesheet() + " in the EPUB");
    }
}
