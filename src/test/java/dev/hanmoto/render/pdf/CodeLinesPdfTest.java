package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.theme.Theme;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.junit.jupiter.api.Test;

/**
 * Line numbers, marked lines, diffs and wrapped lines of code blocks, read back from the real PDF:
 * glyph positions from the text layer, filled rectangles and their colours from the content stream.
 */
class CodeLinesPdfTest {
    /** A filled path: bounds in PDF points (y up) and its fill colour as #rrggbb. */
    record Fill(Rectangle2D box, String colour) {}

    /** Every rectangle filled on page {@code index} (0-based), with its non-stroking colour. */
    static List<Fill> fills(byte[] pdf, int index) {
        List<Fill> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDPage page = d.getPage(index);
            new PDFGraphicsStreamEngine(page) {
                final List<Rectangle2D> path = new ArrayList<>();

                {
                    processPage(page);
                }

                @Override
                public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
                    Rectangle2D r = new Rectangle2D.Double(p0.getX(), p0.getY(), 0, 0);
                    r.add(p1);
                    r.add(p2);
                    r.add(p3);
                    path.add(r);
                }

                @Override
                public void fillPath(int windingRule) throws IOException {
                    float[] c = getGraphicsState().getNonStrokingColor().getColorSpace().toRGB(getGraphicsState().getNonStrokingColor().getComponents());
                    String hex = String.format("#%02x%02x%02x", Math.round(c[0] * 255), Math.round(c[1] * 255), Math.round(c[2] * 255));
                    for (Rectangle2D r : path) out.add(new Fill(r, hex));
                    path.clear();
                }

                @Override public void fillAndStrokePath(int windingRule) throws IOException { fillPath(windingRule); }
                @Override public void drawImage(PDImage image) {}
                @Override public void clip(int windingRule) {}
                // openhtmltopdf draws backgrounds as m/l/h paths: each subpath's bounds is its box.
                @Override public void moveTo(float x, float y) { path.add(new Rectangle2D.Double(x, y, 0, 0)); }
                @Override public void lineTo(float x, float y) { if (!path.isEmpty()) path.get(path.size() - 1).add(x, y); }
                @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
                @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
                @Override public void closePath() {}
                @Override public void endPath() { path.clear(); }
                @Override public void strokePath() { path.clear(); }
                @Override public void shadingFill(COSName shadingName) {}
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The page holding the code (the document's body; a title page comes first). */
    static PdfReadBack.Page codePage(byte[] pdf) {
        return PdfReadBack.pages(pdf).stream().filter(p -> p.glyphs().stream().anyMatch(g -> g.text().equals(";")))
                .findFirst().orElseThrow();
    }

    /** The rows of the code's page whose text contains {@code marker}, keyed by their text, each with its glyphs. */
    static Map<String, List<PdfReadBack.Glyph>> rows(byte[] pdf, String marker) {
        PdfReadBack.Page p = codePage(pdf);
        Map<String, List<PdfReadBack.Glyph>> out = new TreeMap<>();
        for (List<PdfReadBack.Glyph> row : p.rows(g -> true)) {
            StringBuilder sb = new StringBuilder();
            for (PdfReadBack.Glyph g : row) sb.append(g.text());
            if (sb.toString().contains(marker)) out.put(sb.toString(), row);
        }
        return out;
    }

    /** For each row whose text contains {@code marker}: the fill colours of the rectangles behind its baseline. */
    static Map<String, Set<String>> coloursBehind(byte[] pdf, String marker) {
        PdfReadBack.Page page = codePage(pdf);
        float h = page.height();
        List<Fill> fills = fills(pdf, page.number() - 1);
        Map<String, Set<String>> out = new TreeMap<>();
        rows(pdf, marker).forEach((text, row) -> {
            PdfReadBack.Glyph g = row.get(row.size() - 1);
            double y = h - g.baseline() + g.size() * 0.2; // a little above the baseline, inside the line box
            double x = g.x() + g.width() / 2;
            Set<String> cs = new TreeSet<>();
            for (Fill f : fills) if (f.box().contains(x, y)) cs.add(f.colour());
            out.put(text, cs);
        });
        return out;
    }

    static byte[] pdf(String name, String body) {
        return pdf(TestThemes.defaultTheme(), name, body);
    }

    static byte[] pdf(Theme theme, String name, String body) {
        Document doc = TestDocuments.markdown("code-lines/" + name, "---\ntitle: t\n---\n\n" + body);
        return TestPdfs.render(theme, doc, "code-lines-" + name + ".pdf");
    }

    private static final String SIX = "```js {.numberLines}\nalpha();\nbeta();\ngamma();\ndelta();\nepsilon();\nzeta();\n```\n";

    /**
     * Each numbered row has its number drawn as pictures (one per digit, narrower than the continuation
     * mark) left of its code, and no digit in the text layer: the page's text is the code exactly.
     */
    private static void assertNumberedInGutter(byte[] pdf) {
        List<String> names = List.of("alpha", "beta", "gamma", "delta", "epsilon", "zeta");
        PdfReadBack.Page page = codePage(pdf);
        List<PdfReadBack.Picture> digits = PdfReadBack.pictures(pdf).stream()
                .filter(p -> p.page() == page.number() && p.kind().equals("image") && p.bounds().getWidth() < 5).toList();
        float codeLeft = Float.MAX_VALUE;
        for (String name : names) codeLeft = Math.min(codeLeft, rows(pdf, name + "(").values().iterator().next().get(0).x());
        for (String name : names) {
            List<PdfReadBack.Glyph> row = rows(pdf, name + "(").values().iterator().next();
            StringBuilder text = new StringBuilder();
            for (PdfReadBack.Glyph g : row) text.append(g.text());
            assertEquals(name + "();", text.toString().strip(), "the row's text is its code, no number");
            double y = page.height() - row.get(0).baseline() + row.get(0).size() * 0.3;
            float left = codeLeft;
            long drawn = digits.stream().filter(p -> p.bounds().getMinY() <= y && p.bounds().getMaxY() >= y && p.bounds().getMaxX() <= left).count();
            assertEquals(1, drawn, name + ": one digit drawn in the gutter, left of the code");
        }
        String text = PdfReadBack.text(pdf);
        assertTrue(text.contains("alpha();\nbeta();\ngamma();\ndelta();\nepsilon();\nzeta();\n"), "copied, the block is the code exactly: " + text);
    }

    @Test
    void numberLinesDrawsNumbersInTheGutter() {
        assertNumberedInGutter(pdf("numbered", SIX));
    }

    @Test
    void theThemeDefaultNumbersEveryBlockAndNonumberLinesOptsOut() {
        Theme numbering = TestThemes.with("pdf: { code: { line-numbers: true } }");
        assertNumberedInGutter(pdf(numbering, "theme-numbered", SIX.replace(" {.numberLines}", "")));
        byte[] off = pdf(numbering, "theme-off", "```js {.nonumberLines}\nomega();\n```\n");
        String row = rows(off, "omega(").keySet().iterator().next();
        assertEquals("omega();", row.strip(), "no number drawn");
        byte[] none = pdf("plain", SIX.replace(" {.numberLines}", ""));
        assertTrue(rows(none, "alpha(").keySet().iterator().next().strip().startsWith("alpha"), "the base theme numbers nothing");
    }

    @Test
    void markedLinesHaveARectangleBehindExactlyThem() {
        StringBuilder code = new StringBuilder("```js {3,5-7}\n");
        for (int i = 1; i <= 8; i++) code.append("line").append((char) ('a' + i - 1)).append("x();\n");
        code.append("```\n");
        Map<String, Set<String>> behind = coloursBehind(pdf("marked", code.toString()), "x();");
        assertEquals(8, behind.size(), behind.toString());
        Set<String> everywhere = new TreeSet<>(behind.values().iterator().next());
        behind.values().forEach(everywhere::retainAll);
        List<String> marked = new ArrayList<>();
        behind.forEach((text, cs) -> {
            if (!everywhere.containsAll(cs)) marked.add(text.strip());
        });
        assertEquals(List.of("linecx();", "lineex();", "linefx();", "linegx();"), marked, behind.toString());
    }

    @Test
    void addedAndRemovedDiffLinesHaveBackgroundsOfTheirOwn() {
        String diff = "```diff\n@@ -1,3 +1,3 @@\n keepq = 1;\n-goneq = 2;\n+newq = 3;\n keepq2 = 4;\n```\n";
        Map<String, Set<String>> behind = coloursBehind(pdf("diff", diff), "q");
        Set<String> context = behind.get(behind.keySet().stream().filter(k -> k.contains("keepq =")).findFirst().orElseThrow());
        Set<String> removed = new TreeSet<>(behind.get(behind.keySet().stream().filter(k -> k.contains("goneq")).findFirst().orElseThrow()));
        Set<String> added = new TreeSet<>(behind.get(behind.keySet().stream().filter(k -> k.contains("newq")).findFirst().orElseThrow()));
        removed.removeAll(context);
        added.removeAll(context);
        assertFalse(removed.isEmpty(), "a removed line has a background the context lacks: " + behind);
        assertFalse(added.isEmpty(), "an added line has a background the context lacks: " + behind);
        assertFalse(added.equals(removed), "added and removed differ: " + behind);
    }

    @Test
    void aLongLineWrapsInsideTheTextBlockWithAMarkInTheGutter() {
        StringBuilder line = new StringBuilder("const s = [");
        while (line.length() < 300) line.append("\"w").append(line.length()).append("\", ");
        String prose = "あ".repeat(200);
        byte[] pdf = pdf("wrap", prose + "\n\n```js\n" + line + "];\n```\n");
        PdfReadBack.Page page = codePage(pdf);
        float right = 0;
        float left = Float.MAX_VALUE;
        for (PdfReadBack.Glyph g : page.glyphs()) {
            if (g.text().equals("あ")) {
                right = Math.max(right, g.end());
                left = Math.min(left, g.x());
            }
        }
        Map<String, List<PdfReadBack.Glyph>> rows = rows(pdf, "\"w");
        assertTrue(rows.size() >= 3, "300 characters take three rows or more: " + rows.keySet());
        float codeLeft = Float.MAX_VALUE;
        for (List<PdfReadBack.Glyph> row : rows.values()) {
            for (PdfReadBack.Glyph g : row) {
                assertTrue(g.x() >= left - 0.5 && g.end() <= right + 0.5, "glyph " + g + " inside the text block " + left + "–" + right);
                codeLeft = Math.min(codeLeft, g.x());
            }
        }
        String joined = String.join("", rows.keySet()).replace(" ", "");
        assertFalse(joined.contains("↪"), "the mark is no text");
        float h = page.height();
        float codeLeftFinal = codeLeft;
        float leftFinal = left;
        List<PdfReadBack.Picture> marks = PdfReadBack.pictures(pdf).stream()
                .filter(p -> p.page() == page.number() && p.bounds().getMaxX() <= codeLeftFinal + 0.5 && p.bounds().getMinX() >= leftFinal - 0.5).toList();
        assertFalse(marks.isEmpty(), "a continuation mark is drawn in the gutter, left of the code (page height " + h + ")");
    }
}
