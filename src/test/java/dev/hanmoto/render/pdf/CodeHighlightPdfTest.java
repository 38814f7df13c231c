package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.render.epub.EpubRenderer;
import dev.hanmoto.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Highlighted code on the real PDF (glyph fill colours read back with PDFBox) and in the real EPUB. */
class CodeHighlightPdfTest {
    static final Path FIXTURE = TestDocuments.REPO.resolve("src/test/resources/code/languages.md");
    static Document doc;
    static byte[] colourPdf;

    @BeforeAll
    static void render() throws IOException {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        doc = TestDocuments.read(FIXTURE);
        colourPdf = new PdfRenderer(TestThemes.defaultTheme()).withDate(PdfRendererTest.DATE).renderBytes(doc, new Diagnostics());
    }

    /** Each heading's section: the fill colours (#rrggbb) of the glyphs after it, up to the next heading. */
    static Map<String, Set<String>> coloursBySection(byte[] pdf) throws IOException {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            java.util.IdentityHashMap<TextPosition, String> colourOf = new java.util.IdentityHashMap<>();
            PDFTextStripper s = new PDFTextStripper() {
                String section = "";

                {
                    // The text stripper skips colour operators; the fill colour is what this test reads.
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor(this));
                    addOperator(new org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition t) {
                    super.processTextPosition(t);
                    try {
                        float[] c = getGraphicsState().getNonStrokingColor().getColorSpace()
                                .toRGB(getGraphicsState().getNonStrokingColor().getComponents());
                        colourOf.put(t, String.format("#%02x%02x%02x", Math.round(c[0] * 255), Math.round(c[1] * 255), Math.round(c[2] * 255)));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }

                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (positions.isEmpty()) return;
                    if (positions.get(0).getFontSizeInPt() > 10) {
                        section = text.strip();
                        return;
                    }
                    for (TextPosition t : positions) {
                        if (!t.getUnicode().isBlank() && colourOf.containsKey(t)) out.computeIfAbsent(section, k -> new TreeSet<>()).add(colourOf.get(t));
                    }
                }
            };
            s.setSortByPosition(true);
            s.getText(d);
        }
        return out;
    }

    @Test
    void everyLanguageShowsDistinctTokenColours() throws IOException {
        Map<String, Set<String>> colours = coloursBySection(colourPdf);
        List<String> flat = new ArrayList<>();
        for (String lang : List.of("js", "ts", "jsx", "tsx", "sh", "bash", "console", "py", "c", "cpp", "cs", "java", "kotlin",
                "go", "rust,ignore", "rb", "php", "swift", "html", "xml", "css", "scss", "json", "yaml", "toml", "ini", "sql",
                "diff", "makefile", "dockerfile", "tex", "markdown")) {
            Set<String> c = colours.getOrDefault(lang, Set.of());
            if (c.size() < 3) flat.add(lang + " " + c);
        }
        assertEquals(List.of(), flat, "sections whose code shows fewer than three colours (text + two token kinds)");
        assertEquals(Set.of("#24292f"), colours.get("text"), "plain text is one colour");
    }

    @Test
    void monochromeStyleDrawsNoColour() throws IOException {
        Theme mono = TestThemes.with("pdf: { code: { style: mono } }");
        byte[] pdf = new PdfRenderer(mono).withDate(PdfRendererTest.DATE).renderBytes(doc, new Diagnostics());
        List<String> hued = new ArrayList<>();
        coloursBySection(pdf).forEach((section, cs) -> {
            for (String c : cs) {
                if (!(c.substring(1, 3).equals(c.substring(3, 5)) && c.substring(3, 5).equals(c.substring(5, 7)))) hued.add(section + " " + c);
            }
        });
        assertEquals(List.of(), hued);
    }

    @Test
    void textLayerHoldsTheCodeWithoutContinuationMarks() throws IOException {
        String text;
        try (PDDocument d = Loader.loadPDF(colourPdf)) {
            PDFTextStripper st = new PDFTextStripper();
            st.setSortByPosition(true);
            text = st.getText(d);
        }
        // The long line wraps (three rows) yet every character is there, in order, and no mark is text.
        String joined = text.replace("\n", "");
        assertTrue(joined.contains("\"epsilon\", \"zeta\", \"eta\", \"theta\""), joined);
        assertTrue(joined.contains("\"sigma\", \"tau\"];"), joined);
        assertTrue(!text.contains("↪") && !text.contains("↳"), "no continuation mark in the text layer");
        assertTrue(text.contains("src/hello.js"), "the title bar is printed");
    }


    @Test
    void italicTokensAreSlantedOnTheHalfWidthGrid() throws IOException {
        Theme mono = TestThemes.with("pdf: { code: { style: mono } }");
        Document d = TestDocuments.markdown("oblique", "```js\nlet a = 1; // note 日本\nlet b = 2; // more\n```\n");
        byte[] pdf = new PdfRenderer(mono).withDate(PdfRendererTest.DATE).renderBytes(d, new Diagnostics());
        List<List<TextPosition>> rows = new ArrayList<>();
        try (PDDocument p = Loader.loadPDF(pdf)) {
            PDFTextStripper st = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.startsWith("let ")) rows.add(List.copyOf(positions));
                }
            };
            st.setSortByPosition(true);
            st.getText(p);
        }
        assertEquals(2, rows.size(), "two code lines");
        List<TextPosition> first = rows.get(0), second = rows.get(1);
        String comment = first.stream().filter(t -> t.getUnicode().equals("n")).findFirst().orElseThrow().getFont().getName();
        assertTrue(comment.endsWith("+HanmotoCode-Oblique"), "the comment's Latin is slanted: " + comment);
        String keyword = first.get(0).getFont().getName();
        assertTrue(keyword.endsWith("+BIZUDGothic-Bold"), "the keyword stays upright bold: " + keyword);
        String kanji = first.stream().filter(t -> t.getUnicode().equals("日")).findFirst().orElseThrow().getFont().getName();
        assertTrue(kanji.endsWith("+BIZUDGothic-Regular"), "Japanese of a comment from mono-ja: " + kanji);
        // Column 14 ("/" of the comments, after upright text) and column 17 (inside them) at one x in both lines.
        for (int col : new int[] {11, 14, 17}) {
            assertEquals(first.get(col).getX(), second.get(col).getX(), 0.01, "column " + col);
        }
        // 7.5pt code (the base theme): half an em, slanted or upright.
        assertEquals(3.75, first.get(18).getX() - first.get(17).getX(), 0.01, "a slanted character advances half an em");
        assertEquals(3.75, first.get(2).getX() - first.get(1).getX(), 0.01, "an upright one too");
    }
    @Test
    void staysPdfUaAndPdfA() throws Exception {
        assertEquals(Map.of(), PdfConformanceTest.failures(colourPdf, PDFAFlavour.PDFUA_1));
        assertEquals(Map.of(), PdfConformanceTest.failures(colourPdf, PDFAFlavour.PDFA_2_U));
    }

    @Test
    void epubCarriesTokenSpansAndPassesEpubCheck() throws IOException {
        Path dir = Files.createDirectories(TestDocuments.REPO.resolve("target/code-epub"));
        byte[] epub = new EpubRenderer(TestThemes.defaultTheme(), d -> Optional.empty(), TestDocuments.REPO, Optional.of(Instant.EPOCH))
                .build(doc, new Diagnostics());
        EpubFile f = EpubFile.of(epub);
        String all = String.join("\n", f.xhtml().stream().map(f::text).toList());
        assertTrue(all.contains("<span class=\"hl-kw\">const</span>"), "keyword spans");
        assertTrue(all.contains("<span class=\"line ins\">"), "diff lines");
        assertTrue(all.contains("<div class=\"code-title\">src/hello.js</div>"), "title bar");
        assertTrue(f.textEndingWith("code.css").contains("prefers-color-scheme: dark"), "dark reading modes");
        EpubCheckReport r = EpubCheckReport.check(epub, dir, "code.epub");
        assertEquals(0, r.errorCount() + r.warningCount() + r.fatalCount(), r.problems());
    }
}
