package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.ArabicShaping;
import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The fallback chain (theme key {@code font-fallback}) on the real PDF of a text that greets the world
 * in Japanese, Korean, simplified Chinese, Arabic, Hebrew and Hindi, with ↩ ✗ ✓ U+FFFD and emoji in code:
 * every glyph comes from an embedded font that has it, each script from its fallback face, Arabic shaped
 * and right-to-left runs in their order. veraPDF on the same fixture is in {@link PdfConformanceTest}.
 */
class FallbackFontsTest {
    private static final Diagnostics DIAGS = new Diagnostics();
    private static byte[] pdf;
    private static List<Drawn> drawn;

    /** One glyph as drawn: its text, x on the page, baseline, font, and whether that embedded font has the glyph. */
    record Drawn(String text, float x, float y, String font, boolean embedded, boolean hasGlyph) {
        int cp() {
            return text.codePointAt(0);
        }
    }

    @BeforeAll
    static void render() throws IOException {
        Document doc = BookLayoutTest.fixture("scripts");
        pdf = TestPdfs.render(TestThemes.defaultTheme(), doc, DIAGS);
        drawn = drawn(pdf);
    }

    @Test
    void everyCharacterIsDrawnWithoutAWarning() {
        assertEquals(List.of(), DIAGS.all(), "no missing glyph, no layout warning");
        // By position: openhtmltopdf draws an inline element's text after the rest of its line (the
        // bracket that starts a line flush is one), so the content stream's order is not the reading
        // order; the structure tree, which assistive technology reads, is in order.
        String text = PdfReadBack.textByPosition(pdf);
        assertFalse(text.contains("〓"), text);
        assertEquals(1, text.chars().filter(c -> c == '#').count(), "no '#' but the code's own comment sign: " + text);
        for (String s : List.of("안녕하세요", "세계", "这里说话", "↩", "✗", "✓", "\uFFFD", "नमस्ते", "हिन्दी", "धर्म")) {
            assertTrue(text.contains(s), s + " in the text layer: " + text);
        }
    }

    @Test
    void everyGlyphComesFromAnEmbeddedFontThatHasIt() {
        List<Drawn> bad = drawn.stream().filter(d -> !d.embedded() || !d.hasGlyph()).toList();
        assertTrue(drawn.size() > 200, "glyphs read: " + drawn.size());
        assertEquals(List.of(), bad);
    }

    @Test
    void eachScriptIsSetInItsFallbackFace() {
        Map<String, String> fontOf = new TreeMap<>();
        for (String s : List.of("안", "这", "↩", "✗", "\uFFFD", "ש", "न")) {
            fontOf.put(s, drawn.stream().filter(d -> d.text().equals(s)).map(d -> subsetless(d.font())).findFirst().orElse("not drawn"));
        }
        fontOf.put("arabic", drawn.stream().filter(d -> isArabic(d.cp())).map(d -> subsetless(d.font())).distinct().toList().toString());
        assertEquals(new TreeMap<>(Map.of(
                "안", "HanmotoHangul-Regular",
                "这", "HanmotoHanzi-Regular",
                "↩", "DejaVuSans",
                "✗", "DejaVuSans",
                "\uFFFD", "DejaVuSans",
                "ש", "NotoSansHebrew-Regular",
                "न", "NotoSansDevanagari-Regular",
                "arabic", "[NotoSansArabic-Regular]")), fontOf);
        // The Japanese around them stays in the theme's own faces.
        assertTrue(drawn.stream().filter(d -> d.text().equals("語")).allMatch(d -> d.font().contains("BIZUD")), "語 in BIZ UD");
    }

    @Test
    void devanagariIsShapedWithTheFontsOwnConjunctsAndReordering() throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(
                java.nio.file.Files.readAllBytes(java.nio.file.Path.of("fonts/fallback/NotoSansDevanagari-Regular.ttf"))));
        CmapLookup cmap = font.getUnicodeCmapLookup();
        List<Integer> glyphs = devanagariGlyphs(pdf);
        // नमस्ते दुनिया हिन्दी धर्म: 20 letters and signs but for the spaces; स्त is one glyph, as are न्द and the reph.
        int letters = (int) "नमस्तेदुनियाहिन्दीधर्म".codePoints().count();
        assertTrue(glyphs.size() < letters, glyphs.size() + " glyphs for " + letters + " characters: " + glyphs);
        Set<Integer> inCmap = new HashSet<>();
        "नमस्तेदुनियाहिन्दीधर्म".codePoints().forEach(cp -> inCmap.add(cmap.getGlyphId(cp)));
        List<Integer> made = glyphs.stream().filter(g -> !inCmap.contains(g)).toList();
        assertTrue(made.size() >= 3, "conjunct, half-form and reph glyphs that no character maps to: " + made);
        // The i-matra of हि is drawn before the ह it follows in writing (as in नि of दुनिया).
        int ha = glyphs.indexOf(cmap.getGlyphId(0x0939));
        assertTrue(ha > 0 && glyphs.get(ha - 1) == cmap.getGlyphId(0x093F), "ि then ह: " + glyphs);
        // And the text layer reads as written (ActualText), the glyphs each in ToUnicode (veraPDF: PdfConformanceTest).
        assertTrue(PdfReadBack.text(pdf).contains("हिन्दी の धर्म"), PdfReadBack.text(pdf));
    }

    /** The glyph ids drawn in the Devanagari fallback face, in drawing order. */
    private static List<Integer> devanagariGlyphs(byte[] pdf) throws IOException {
        List<Integer> out = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getFont().getName().contains("Devanagari")) for (int code : t.getCharacterCodes()) out.add(code);
                }
            };
            s.getText(d);
        }
        return out;
    }

    @Test
    void arabicIsDrawnInItsJoinedFormsRightToLeft() throws Exception {
        String logical = "مرحبا بالعالم";
        String shaped = new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical).replace(" ", "");
        String visual = new StringBuilder(shaped).reverse().toString();
        assertTrue(visual.codePoints().allMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF), "every letter of this greeting has a joined form");
        assertEquals(visual, leftToRight(FallbackFontsTest::isArabic), "shaped letters, the first word at the right");
    }

    @Test
    void hebrewRunsRightToLeftInsideTheJapaneseLine() {
        assertEquals(new StringBuilder("שלוםעולם").reverse().toString(), leftToRight(cp -> cp >= 0x0590 && cp <= 0x05FF));
        // The run sits between the Japanese brackets, in its place in the line.
        List<Drawn> line = lineOf("ש");
        float open = line.stream().filter(d -> d.text().equals("「")).findFirst().orElseThrow().x();
        float close = line.stream().filter(d -> d.text().equals("」")).findFirst().orElseThrow().x();
        assertTrue(line.stream().filter(d -> d.cp() >= 0x0590 && d.cp() <= 0x05FF).allMatch(d -> d.x() > open && d.x() < close), line.toString());
    }

    @Test
    void emojiInCodeAreDrawnAsPictures() {
        List<String> alts = PdfReadBack.figureAlts(pdf);
        for (String e : List.of("🌏", "🎉", "🚀")) assertTrue(alts.contains(e), e + " drawn (its picture tagged with its alt): " + alts);
    }

    /**
     * openhtmltopdf sizes a line from the tallest ascent and descent of every font in the family's list,
     * and the chain is in every list: the bundled subsets carry the BIZ UD line metrics (subset.py), so
     * a document that needs none of them is set line for line, page for page, as without the chain.
     */
    @Test
    void theChainMovesNoLineOfADocumentThatDoesNotUseIt() {
        Document sample = dev.hanmoto.testkit.TestDocuments.sample();
        List<PdfReadBack.Line> with = PdfReadBack.lines(TestPdfs.render(TestThemes.defaultTheme(), sample, new Diagnostics()));
        List<PdfReadBack.Line> without = PdfReadBack.lines(TestPdfs.render(TestThemes.with("font-fallback: []"), sample, new Diagnostics()));
        assertEquals(without, with);
    }

    @Test
    void aThemeWithoutTheChainWarnsAsBefore() {
        Diagnostics diags = new Diagnostics();
        TestPdfs.render(TestThemes.with("font-fallback: []"), BookLayoutTest.fixture("scripts"), diags);
        List<String> missing = diags.all().stream().filter(d -> d.code().equals("missing-glyph")).map(Diagnostic::message).toList();
        assertTrue(missing.stream().anyMatch(m -> m.contains("'안' (U+C548)")), missing.toString());
        assertTrue(missing.stream().anyMatch(m -> m.contains("U+FFFD")), missing.toString());
        Diagnostic first = diags.all().stream().filter(d -> d.code().equals("missing-glyph")).findFirst().orElseThrow();
        assertEquals(8, first.line(), "located at the character: " + first);
    }

    private static boolean isArabic(int cp) {
        return cp >= 0x0600 && cp <= 0x06FF || cp >= 0xFB50 && cp <= 0xFDFF || cp >= 0xFE70 && cp <= 0xFEFF;
    }

    /** The glyphs {@code keep} accepts on the line of the first of them, as drawn from left to right. */
    private static String leftToRight(IntPredicate keep) {
        Drawn first = drawn.stream().filter(d -> keep.test(d.cp())).findFirst().orElseThrow();
        StringBuilder sb = new StringBuilder();
        lineOf(first.text()).stream().filter(d -> keep.test(d.cp())).forEach(d -> sb.append(d.text()));
        return sb.toString();
    }

    /** The glyphs on the baseline of the first glyph with {@code text}, left to right. */
    private static List<Drawn> lineOf(String text) {
        Drawn first = drawn.stream().filter(d -> d.text().equals(text)).findFirst().orElseThrow();
        return drawn.stream().filter(d -> Math.abs(d.y() - first.y()) < 2f).sorted(Comparator.comparingDouble(Drawn::x)).toList();
    }

    private static String subsetless(String name) {
        return name.replaceFirst("^[A-Z]{6}\\+", "");
    }

    private static List<Drawn> drawn(byte[] pdf) throws IOException {
        List<Drawn> out = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    boolean embedded = false;
                    boolean has = false;
                    if (t.getFont() instanceof PDType0Font f) {
                        var descriptor = f.getDescendantFont().getFontDescriptor();
                        embedded = descriptor != null && descriptor.getFontFile2() != null;
                        has = true;
                        try {
                            for (int code : t.getCharacterCodes()) has &= f.getDescendantFont().hasGlyph(code);
                        } catch (IOException e) {
                            has = false;
                        }
                    }
                    out.add(new Drawn(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(), t.getFont().getName(), embedded, has));
                }
            };
            s.getText(d);
        }
        return out;
    }
}
