package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.render.pdf.PdfConformanceTest;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.TestFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 16: the fixture books in mdBook and in HonKit form, built by the command line as a user would,
 * each give one PDF, one EPUB and one card: no unresolved link, no include or variable syntax left in
 * the PDF's text or the EPUB's XHTML, EPUBCheck clean, veraPDF passing.
 */
class ForeignBookBuildTest {
    @TempDir Path project;

    @BeforeAll
    static void initVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"mdbook, mdbook-fixture, Rustで書く小さな道具, こんにちは、{}！", "honkit, honkit-fixture, JavaScriptの小さな本, 開発者コンソール"})
    void buildsToOnePdfOneEpubAndOneCard(String fixture, String slug, String title, String expanded) throws Exception {
        TestFiles.copyTree(CliTest.REPO.resolve("src/test/resources/books/" + fixture), project.resolve("content/" + fixture));
        CliTest.Run r = CliTest.run("build", "-C", project.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning:") || r.err().contains("error:"), r.err());
        Path out = project.resolve("out");
        try (Stream<Path> s = Files.list(out)) {
            // out/.hanmoto holds the build cache, kept between builds
            assertEquals(List.of(slug + ".epub", slug + ".pdf", slug + ".png"), s.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(".hanmoto")).sorted().toList());
        }

        byte[] pdf = Files.readAllBytes(out.resolve(slug + ".pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(expanded), text);
            assertNoSyntax(text, "PDF text");
            assertEquals(title, doc.getDocumentInformation().getTitle());
            PDOutlineItem first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertTrue(first != null && first.getTitle().equals("はじめに"), "the outline starts with the introduction");
        }
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFA_2_U));
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1));

        Path epub = out.resolve(slug + ".epub");
        assertEquals("", EpubCheckReport.problemsOf(epub));
        String xhtml = xhtmlOf(Files.readAllBytes(epub));
        assertTrue(xhtml.contains(expanded), xhtml);
        assertNoSyntax(xhtml.replaceAll("<[^>]*>", ""), "EPUB XHTML");
        assertFalse(xhtml.contains("broken-link"), "every link of the book resolved");

        BufferedImage card = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(out.resolve(slug + ".png"))));
        assertEquals(1200, card.getWidth());
        assertEquals(630, card.getHeight());
    }

    private static void assertNoSyntax(String text, String where) {
        for (String s : List.of("{{", "{%", "%}", "{#", "[import", "ANCHOR")) {
            assertFalse(text.contains(s), "'" + s + "' left in the " + where);
        }
    }

    /** Every XHTML document of an EPUB, concatenated. */
    private static String xhtmlOf(byte[] epub) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream z = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e; (e = z.getNextEntry()) != null; ) {
                if (e.getName().endsWith(".xhtml")) sb.append(new String(z.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    @org.junit.jupiter.api.Test
    void aRendererWarningAboutIncludedTextPointsIntoTheIncludedFile() throws IOException {
        Path b = TestFiles.write(project.resolve("content/b"),
                "book.toml", "[book]\ntitle = \"試験\"\n",
                "src/SUMMARY.md", "- [章](a.md)\n",
                "src/a.md", "# 章\n\n本文。\n\n{{#include sym.md}}\n",
                "src/sym.md", "一段落目。\n\n音部記号 \uD834\uDD1E はフォントにない。\n");
        CliTest.Run r = CliTest.run("build", "-C", project.toString(), "--format", "pdf");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().replace(project + "/", "").contains("content/b/src/sym.md:3:6: warning: no glyph for '\uD834\uDD1E'"), r.err());
    }
}
