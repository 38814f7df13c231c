package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** End to end on the seed article: the PDF opened with PDFBox. */
class PdfRendererTest {
    static final Path SEED = TestDocuments.REPO.resolve("content/technical-operations-manager.md");
    static final Instant DATE = Instant.parse("2026-01-02T03:04:05Z");

    static Document seed;
    static byte[] pdf;
    static Diagnostics diags = new Diagnostics();

    @BeforeAll
    static void render() throws IOException {
        seed = TestDocuments.read(SEED);
        pdf = new PdfRenderer(TestThemes.defaultTheme()).withDate(DATE).renderBytes(seed, diags);
        TestPdfs.keep("seed.pdf", pdf);
    }

    static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        Walk.forEachBlock(doc.blocks(), b -> {
            if (b instanceof Block.Heading h) out.add(Walk.plainText(h.inlines()).strip());
        });
        return out;
    }

    @Test
    void pagesAreA5() throws IOException {
        try (PDDocument d = PdfStructure.load(pdf)) {
            assertTrue(d.getNumberOfPages() > 5, "pages: " + d.getNumberOfPages());
            for (PDPage p : d.getPages()) {
                PDRectangle box = p.getMediaBox();
                assertEquals(419.5, box.getWidth(), 1.0);
                assertEquals(595.3, box.getHeight(), 1.0);
            }
        }
    }

    @Test
    void everyFontIsEmbeddedAsSubset() throws IOException {
        try (PDDocument d = PdfStructure.load(pdf)) {
            List<String> names = new ArrayList<>();
            for (PDPage p : d.getPages()) collectFonts(p.getResources(), names, d);
            assertFalse(names.isEmpty());
            for (String n : names) assertTrue(n.matches("[A-Z]{6}\\+.+"), "not a subset: " + n);
        }
    }

    private static void collectFonts(PDResources res, List<String> names, PDDocument d) throws IOException {
        if (res == null) return;
        for (COSName n : res.getFontNames()) {
            PDFont f = res.getFont(n);
            names.add(f.getName());
            assertTrue(f.isEmbedded(), "not embedded: " + f.getName());
            if (f instanceof PDType0Font t0) {
                PDCIDFont cid = t0.getDescendantFont();
                assertNotNull(cid.getFontDescriptor().getFontFile2(), "no FontFile2: " + f.getName());
                assertNotNull(t0.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), "no ToUnicode: " + f.getName());
            }
        }
        for (COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) collectFonts(form.getResources(), names, d);
        }
    }

    @Test
    void extractedTextHasEveryHeading() throws IOException {
        try (PDDocument d = PdfStructure.load(pdf)) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", "");
            for (String h : headings(seed)) {
                // Characters no theme font has (emoji, until artwork lands) are warned about and print as '#'.
                String printable = BookLayoutTest.norm(h);
                assertTrue(text.contains(printable), "heading not in text: " + printable);
            }
            assertFalse(text.contains("</strong>"));
        }
    }

    @Test
    void outlineHasAnEntryPerHeadingInOrder() throws IOException {
        try (PDDocument d = PdfStructure.load(pdf)) {
            List<String> titles = new ArrayList<>();
            walk(d.getDocumentCatalog().getDocumentOutline(), titles);
            assertEquals(headings(seed), titles);
        }
    }

    private static void walk(PDOutlineNode node, List<String> out) {
        if (node == null) return;
        for (PDOutlineItem i : node.children()) {
            out.add(i.getTitle());
            walk(i, out);
        }
    }

    @Test
    void emojiAreColourArtworkNotMissingGlyphs() throws IOException {
        assertEquals(List.of(), diags.all(), "the seed renders without a warning (no missing glyph, no layout problem)");
        try (PDDocument d = PdfStructure.load(pdf)) {
            int forms = 0;
            for (PDPage p : d.getPages()) {
                for (COSName n : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) forms++;
                }
            }
            assertTrue(forms >= 10, "emoji drawn as SVG forms: " + forms);
        }
    }

    /**
     * The same emoji at the same size is one form, stamped wherever it appears (openhtmltopdf would
     * build the artwork and a form for every occurrence); another size is another form.
     */
    @Test
    void anEmojiRepeatedIsOneFormDrawnEachTime() throws IOException {
        Document written = TestDocuments.markdown("sushi", "---\ntitle: 寿司\n---\n\n🍣と🍣、また🍣。🍺も。\n\n## 見出しの🍣\n");
        byte[] out = new PdfRenderer(TestThemes.defaultTheme()).withDate(DATE).renderBytes(written, new Diagnostics());
        try (PDDocument d = PdfStructure.load(out)) {
            java.util.Set<org.apache.pdfbox.cos.COSBase> forms = new java.util.HashSet<>();
            int drawn = 0;
            for (PDPage p : d.getPages()) {
                for (COSName n : p.getResources().getXObjectNames()) {
                    if (p.getResources().getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f) {
                        forms.add(f.getCOSObject());
                    }
                }
                String content = new String(p.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                drawn += content.split(" Do\\b", -1).length - 1;
            }
            // Six pictures: three 🍣 and a 🍺 in the body, 🍣 in the heading and in its table-of-contents entry.
            assertEquals(6, drawn, "every occurrence drawn");
            // Four forms: the body's three 🍣 share one; the heading's and the entry's sizes are their own.
            assertEquals(4, forms.size(), "forms");
        }
    }

    @Test
    void warnsAboutEveryCharacterNoFontHasWithItsPosition() throws IOException {
        Document written = TestDocuments.markdown("missing", "---\ntitle: 欠字\n---\n\n古代の文字𓀀と𓀀、それに\u2E80も。\n");
        Diagnostics found = new Diagnostics();
        byte[] out = new PdfRenderer(TestThemes.defaultTheme()).withDate(DATE).renderBytes(written, found);
        List<dev.hanmoto.diag.Diagnostic> missing = found.all().stream().filter(d -> d.code().equals("missing-glyph")).toList();
        assertEquals(2, missing.size(), "one warning per character: " + missing);
        dev.hanmoto.diag.Diagnostic first = missing.get(0);
        assertEquals(dev.hanmoto.diag.Severity.WARNING, first.severity());
        assertEquals(written.source(), first.file());
        assertEquals(5, first.line());
        assertEquals(6, first.col());
        assertTrue(first.message().contains("'𓀀' (U+13000)") && first.message().contains("2 times"), first.message());
        assertTrue(missing.get(1).message().contains("U+2E80"), missing.get(1).message());
        try (PDDocument d = PdfStructure.load(out)) {
            String text = new PDFTextStripper().getText(d);
            assertTrue(text.contains("古代の文字〓と〓、それに〓も。"), "set as geta, never '#': " + text);
        }
    }

    @Test
    void rendersOnParallelThreadsShareFontsAndGiveTheSameBytes() throws Exception {
        PdfRenderer r = new PdfRenderer(TestThemes.defaultTheme()).withDate(DATE);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<byte[]>> runs = new ArrayList<>();
            for (int i = 0; i < 3; i++) runs.add(pool.submit(() -> r.renderBytes(seed, new Diagnostics())));
            for (var run : runs) assertArrayEquals(pdf, run.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void tocEntriesAreLinksToTheirHeadings() throws IOException {
        try (PDDocument d = PdfStructure.load(pdf)) {
            int links = 0;
            for (var a : d.getPage(1).getAnnotations()) {
                if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink l) {
                    var dest = l.getDestination() != null ? l.getDestination()
                            : ((org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) l.getAction()).getDestination();
                    assertTrue(dest instanceof org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination,
                            "internal destination: " + dest);
                    links++;
                }
            }
            long tocEntries = headings(seed).size() - seed.blocks().stream()
                    .filter(b -> b instanceof Block.Heading h && h.level() > 2).count();
            // openhtmltopdf makes one annotation per line fragment (text, leader, page number).
            assertTrue(links >= tocEntries, "a link for each of the " + tocEntries + " TOC entries: " + links);
        }
    }

    @Test
    void metadataComesFromTheFrontMatter() throws IOException {
        try (PDDocument d = PdfStructure.load(pdf)) {
            var info = d.getDocumentInformation();
            assertEquals(seed.meta().title().orElseThrow(), info.getTitle());
            assertEquals(seed.meta().description().orElseThrow(), info.getSubject());
            assertEquals(String.join(", ", seed.meta().subjects()), info.getKeywords());
            assertEquals("Hanmoto " + dev.hanmoto.Version.NUMBER, info.getProducer());
            assertEquals(DATE.toEpochMilli(), info.getCreationDate().getTimeInMillis());
            assertEquals(DATE.toEpochMilli(), info.getModificationDate().getTimeInMillis());
            assertEquals("ja", d.getDocumentCatalog().getLanguage());
            String xmp = new String(d.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2026-01-02T03:04:05"), "XMP dates match the info dictionary: " + xmp);
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("pdfuaid:part"), "PDF/A and PDF/UA identification");
        }
    }

    @Test
    void layoutProblemsBecomeWarningsNotConsoleOutput() throws IOException {
        Document written = TestDocuments.markdown("noimage", "---\ntitle: 画像なし\n---\n\n本文。\n\n![存在しない図](no-such-image.png)\n");
        Diagnostics found = new Diagnostics();
        new PdfRenderer(TestThemes.defaultTheme()).withDate(DATE).renderBytes(written, found);
        assertTrue(found.all().stream().anyMatch(d -> d.code().equals("pdf-layout") && d.message().contains("no-such-image.png")),
                "openhtmltopdf's warning reported: " + found.all());
    }

    @Test
    void layoutWarningsSurviveACardRendererMadeAfterThePdfRenderer() throws IOException {
        Document written = TestDocuments.markdown("noimage-card", "---\ntitle: 画像なし\n---\n\n本文。\n\n![存在しない図](no-such-image.png)\n");
        PdfRenderer pdf = new PdfRenderer(TestThemes.defaultTheme()).withDate(DATE);
        new dev.hanmoto.render.card.CardRenderer(TestThemes.defaultTheme()); // openhtmltopdf's log is process-wide
        Diagnostics found = new Diagnostics();
        pdf.renderBytes(written, found);
        assertTrue(found.all().stream().anyMatch(d -> d.code().equals("pdf-layout") && d.message().contains("no-such-image.png")),
                "openhtmltopdf's warning still reported: " + found.all());
    }

    @Test
    void twoRendersAreByteIdentical() throws IOException {
        byte[] again = new PdfRenderer(TestThemes.defaultTheme()).withDate(DATE).renderBytes(seed, new Diagnostics());
        assertArrayEquals(pdf, again);
    }
}
