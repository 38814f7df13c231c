package dev.hanmoto.testkit;

import dev.hanmoto.render.pdf.PdfStructure;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * A PDF read back as a reader (and PDFBox) sees it, independent of drawing order (openhtmltopdf draws
 * inline boxes such as strong or code after their parent's text): its text, its glyphs with their
 * positions, its lines, its tagged paragraphs and its pictures. Every read opens the file through
 * {@link PdfStructure#load}, so its structure is checked too.
 */
public final class PdfReadBack {
    private PdfReadBack() {}

    /** One glyph: its text, left edge and width, font size (pt) and font, and baseline (from the page top). */
    public record Glyph(String text, float x, float width, float size, String font, float baseline) {
        public float end() {
            return x + width;
        }

        public int cp() {
            return text.codePointAt(0);
        }
    }

    /** One page: its number (1-based), height in points and glyphs in the order they are drawn. */
    public record Page(int number, float height, List<Glyph> glyphs) {
        /** The glyphs {@code keep} accepts, in rows of one baseline (within 2 pt), each left to right. */
        public List<List<Glyph>> rows(Predicate<Glyph> keep) {
            List<Glyph> byY = new ArrayList<>(glyphs.stream().filter(keep).toList());
            byY.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
            List<List<Glyph>> rows = new ArrayList<>();
            float y = Float.NaN;
            for (Glyph g : byY) {
                if (rows.isEmpty() || Math.abs(g.baseline() - y) > 2f) {
                    rows.add(new ArrayList<>());
                    y = g.baseline();
                }
                rows.get(rows.size() - 1).add(g);
            }
            for (List<Glyph> row : rows) row.sort(Comparator.comparingDouble(Glyph::x));
            return rows;
        }

        /** The right edge of the rightmost glyph, 0 on a page without text. */
        public float rightmost() {
            return (float) glyphs.stream().mapToDouble(Glyph::end).max().orElse(0);
        }
    }

    /** One line of text: the page it is on (1-based) and its text. */
    public record Line(int page, String text) {
        @Override
        public String toString() {
            return "p" + page + ": " + text;
        }
    }

    /** A tagged paragraph's lines in reading order. */
    public record Paragraph(List<Line> lines) {
        public Line last() {
            return lines.get(lines.size() - 1);
        }

        /** How many of its lines each page holds, in page order. */
        public List<Integer> linesPerPage() {
            List<Integer> out = new ArrayList<>();
            int page = -1;
            for (Line l : lines) {
                if (l.page() != page) out.add(0);
                page = l.page();
                out.set(out.size() - 1, out.get(out.size() - 1) + 1);
            }
            return out;
        }

        @Override
        public String toString() {
            return lines.toString();
        }
    }

    /** Where an image or a form (an SVG, an emoji, a formula) is drawn: page (1-based), bounds in PDF points (y up), kind. */
    public record Picture(int page, Rectangle2D bounds, String kind) {}

    /** The text as PDFBox extracts it. */
    public static String text(byte[] pdf) {
        try (PDDocument d = PdfStructure.load(pdf)) {
            return new PDFTextStripper().getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of every page in reading position (top to bottom, left to right), whatever order the
     * content streams draw it in: highlighted code is drawn token style by token style.
     */
    public static String textByPosition(byte[] pdf) {
        try (PDDocument d = PdfStructure.load(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            return s.getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every page with its glyphs. */
    public static List<Page> pages(byte[] pdf) {
        List<Page> pages = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                private final List<Glyph> page = new ArrayList<>();

                @Override
                protected void processTextPosition(TextPosition t) {
                    page.add(new Glyph(t.getUnicode(), t.getXDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt(),
                            t.getFont().getName(), t.getYDirAdj()));
                }

                @Override
                protected void endPage(PDPage p) throws IOException {
                    pages.add(new Page(getCurrentPageNo(), p.getMediaBox().getHeight(), List.copyOf(page)));
                    page.clear();
                    super.endPage(p);
                }
            };
            s.getText(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }

    /**
     * The lines of text on every page: glyphs on the same baseline form a line, read left to right,
     * split where the gap exceeds one em (the next table cell, or a margin box). A raised footnote call
     * forms its own one-glyph line.
     */
    public static List<Line> lines(byte[] pdf) {
        List<Line> lines = new ArrayList<>();
        for (Page p : pages(pdf)) lines(p, lines);
        return lines;
    }

    private static void lines(Page page, List<Line> out) {
        List<Glyph> byY = new ArrayList<>(page.glyphs());
        byY.sort(Comparator.comparingDouble(Glyph::baseline));
        List<List<Glyph>> rows = new ArrayList<>();
        float rowY = Float.NaN;
        for (Glyph g : byY) {
            float em = Math.max(g.size(), 1f);
            if (rows.isEmpty() || g.baseline() - rowY > em * 0.3f) {
                rows.add(new ArrayList<>());
                rowY = g.baseline();
            }
            rows.get(rows.size() - 1).add(g);
        }
        for (List<Glyph> row : rows) {
            row.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder cur = new StringBuilder();
            float end = Float.NaN;
            for (Glyph g : row) {
                float em = Math.max(g.size(), 1f);
                if (!Float.isNaN(end) && g.x() > end + em) {
                    addLine(out, page.number(), cur);
                    cur = new StringBuilder();
                }
                cur.append(g.text());
                end = g.end();
            }
            addLine(out, page.number(), cur);
        }
    }

    private static void addLine(List<Line> out, int page, StringBuilder sb) {
        String text = sb.toString().strip();
        if (!text.isEmpty()) out.add(new Line(page, text));
    }

    /**
     * The paragraphs of a tagged PDF as a reader sees them: each {@code P} structure element (PDF/UA
     * tags, ISO 32000-1 14.8) with the glyphs of its marked content, inline children (Span, Link, Code)
     * included, grouped into lines by baseline. Footnote bodies are structure elements of their own, so
     * a paragraph's lines are only its own text; a raised footnote call joins the line it is on.
     * Paragraphs that hold a figure, or no text, are left out.
     */
    public static List<Paragraph> paragraphs(byte[] pdf) {
        List<Paragraph> out = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            Map<PDPage, Map<Integer, List<TextPosition>>> glyphs = glyphsByMcid(d);
            var root = d.getDocumentCatalog().getStructureTreeRoot();
            walk(root.getKids(), null, d, glyphs, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Each page's glyphs by the marked-content id they are drawn in; the document must be tagged. */
    private static Map<PDPage, Map<Integer, List<TextPosition>>> glyphsByMcid(PDDocument d) throws IOException {
        if (d.getDocumentCatalog().getStructureTreeRoot() == null) throw new IllegalArgumentException("not a tagged PDF");
        Map<PDPage, Map<Integer, List<TextPosition>>> glyphs = new HashMap<>();
        for (PDPage p : d.getPages()) {
            PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
            x.processPage(p);
            Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
            for (PDMarkedContent mc : x.getMarkedContents()) collect(mc, byMcid);
            glyphs.put(p, byMcid);
        }
        return glyphs;
    }

    private static void collect(PDMarkedContent mc, Map<Integer, List<TextPosition>> byMcid) {
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t && mc.getMCID() >= 0) byMcid.computeIfAbsent(mc.getMCID(), k -> new ArrayList<>()).add(t);
            if (o instanceof PDMarkedContent inner) collect(inner, byMcid);
        }
    }

    private static void walk(List<Object> kids, PDPage page, PDDocument d, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs,
                             List<Paragraph> out) {
        for (Object k : kids) {
            if (!(k instanceof PDStructureElement e)) continue;
            PDPage here = e.getPage() != null ? e.getPage() : page;
            if ("P".equals(e.getStructureType())) {
                List<Positioned> ps = new ArrayList<>();
                if (gather(e, here, d, glyphs, ps)) paragraph(ps).ifPresent(out::add);
            } else {
                walk(e.getKids(), here, d, glyphs, out);
            }
        }
    }

    private record Positioned(int page, TextPosition t) {}

    /** The glyphs of an element and its inline descendants; false if it holds a figure. */
    private static boolean gather(PDStructureElement e, PDPage page, PDDocument d, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs,
                                  List<Positioned> out) {
        if ("Figure".equals(e.getStructureType())) return false;
        for (Object k : e.getKids()) {
            if (k instanceof Integer mcid && page != null) add(page, mcid, d, glyphs, out);
            if (k instanceof PDMarkedContentReference r) add(r.getPage() != null ? r.getPage() : page, r.getMCID(), d, glyphs, out);
            if (k instanceof PDStructureElement c && !gather(c, c.getPage() != null ? c.getPage() : page, d, glyphs, out)) return false;
        }
        return true;
    }

    private static void add(PDPage page, int mcid, PDDocument d, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs, List<Positioned> out) {
        int no = d.getPages().indexOf(page) + 1;
        for (TextPosition t : glyphs.getOrDefault(page, Map.of()).getOrDefault(mcid, List.of())) out.add(new Positioned(no, t));
    }

    /**
     * Glyphs grouped into lines: by page, then baseline; a glyph within 0.6 em of a line's first
     * baseline belongs to it (a superscript footnote call is raised less than that, the next line is
     * about 1.5 em below).
     */
    private static Optional<Paragraph> paragraph(List<Positioned> ps) {
        ps.sort(Comparator.comparingInt(Positioned::page).thenComparingDouble(p -> p.t().getYDirAdj()));
        List<List<Positioned>> rows = new ArrayList<>();
        float rowY = Float.NaN;
        int rowPage = -1;
        for (Positioned p : ps) {
            if (p.t().getUnicode().isBlank()) continue;
            float em = Math.max(p.t().getFontSizeInPt(), 1f);
            if (rows.isEmpty() || p.page() != rowPage || p.t().getYDirAdj() - rowY > em * 0.6f) {
                rows.add(new ArrayList<>());
                rowY = p.t().getYDirAdj();
                rowPage = p.page();
            }
            rows.get(rows.size() - 1).add(p);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Positioned> row : rows) {
            row.sort(Comparator.comparingDouble(p -> p.t().getXDirAdj()));
            StringBuilder sb = new StringBuilder();
            for (Positioned p : row) sb.append(p.t().getUnicode());
            lines.add(new Line(row.get(0).page(), sb.toString()));
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(new Paragraph(lines));
    }

    /** Every image XObject and form XObject drawn on the pages, with the bounds the CTM gives it. */
    public static List<Picture> pictures(byte[] pdf) {
        List<Picture> out = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            int no = 0;
            for (PDPage page : d.getPages()) pictures(page, ++no, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static void pictures(PDPage page, int pageNo, List<Picture> out) throws IOException {
        new PDFGraphicsStreamEngine(page) {
            {
                processPage(page);
            }

            @Override
            public void drawImage(PDImage image) {
                out.add(new Picture(pageNo, bounds(getGraphicsState().getCurrentTransformationMatrix(), 0, 0, 1, 1), "image"));
            }

            @Override
            public void showForm(PDFormXObject form) {
                // The form's bounding box through its matrix and the current matrix; its content is
                // clipped to that box (ISO 32000-1 8.10.1), so that is where the SVG is drawn.
                Matrix m = form.getMatrix().multiply(getGraphicsState().getCurrentTransformationMatrix());
                PDRectangle b = form.getBBox();
                out.add(new Picture(pageNo, bounds(m, b.getLowerLeftX(), b.getLowerLeftY(), b.getUpperRightX(), b.getUpperRightY()), "form"));
            }

            @Override public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}
            @Override public void clip(int windingRule) {}
            @Override public void moveTo(float x, float y) {}
            @Override public void lineTo(float x, float y) {}
            @Override public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}
            @Override public Point2D getCurrentPoint() { return new Point2D.Float(); }
            @Override public void closePath() {}
            @Override public void endPath() {}
            @Override public void strokePath() {}
            @Override public void fillPath(int windingRule) {}
            @Override public void fillAndStrokePath(int windingRule) {}
            @Override public void shadingFill(COSName shadingName) {}
        };
    }

    /** The rectangle (x0, y0)–(x1, y1) through {@code m}, as the box around its four corners. */
    private static Rectangle2D bounds(Matrix m, float x0, float y0, float x1, float y1) {
        Rectangle2D r = null;
        for (float[] p : new float[][] {{x0, y0}, {x1, y1}, {x0, y1}, {x1, y0}}) {
            Point2D.Float q = m.transformPoint(p[0], p[1]);
            if (r == null) r = new Rectangle2D.Double(q.x, q.y, 0, 0);
            else r.add(q);
        }
        return r;
    }

    /**
     * The text a reader that follows the structure tree takes from the whole document (ISO 32000-1
     * 14.8, 14.9.4): an element's {@code /ActualText} stands for it and everything in it; otherwise its
     * marked content's glyphs in structure order. Every element but an inline one ({@code Span},
     * {@code Link}, {@code Code}, {@code Quote}, {@code Reference}, {@code Lbl}) starts and ends a line
     * (blank lines are not made: two line ends in a row count once). With {@code actualText} false,
     * ActualText is ignored, which shows the glyphs alone.
     */
    public static String structureText(byte[] pdf, boolean actualText) {
        StringBuilder sb = new StringBuilder();
        try (PDDocument d = PdfStructure.load(pdf)) {
            Map<PDPage, Map<Integer, List<TextPosition>>> glyphs = glyphsByMcid(d);
            var root = d.getDocumentCatalog().getStructureTreeRoot();
            structureText(root, null, glyphs, actualText, sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static final java.util.Set<String> INLINE = java.util.Set.of("Span", "Link", "Code", "Quote", "Reference", "Lbl");

    private static void structureText(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs,
                                      boolean actualText, StringBuilder sb) {
        for (Object k : node.getKids()) {
            if (k instanceof Integer mcid && page != null) {
                for (TextPosition t : glyphs.getOrDefault(page, Map.of()).getOrDefault(mcid, List.of())) sb.append(t.getUnicode());
            } else if (k instanceof PDMarkedContentReference r) {
                PDPage on = r.getPage() != null ? r.getPage() : page;
                for (TextPosition t : glyphs.getOrDefault(on, Map.of()).getOrDefault(r.getMCID(), List.of())) sb.append(t.getUnicode());
            } else if (k instanceof PDStructureElement e) {
                boolean block = !INLINE.contains(e.getStructureType());
                if (block) lineEnd(sb);
                if (actualText && e.getActualText() != null) {
                    sb.append(e.getActualText());
                } else {
                    structureText(e, e.getPage() != null ? e.getPage() : page, glyphs, actualText, sb);
                }
                if (block) lineEnd(sb);
            }
        }
    }

    private static void lineEnd(StringBuilder sb) {
        if (!sb.isEmpty() && sb.charAt(sb.length() - 1) != '\n') sb.append('\n');
    }

    /**
     * The structure tree's element types as one nested expression, {@code Document(H1,Div(P,P))}:
     * for tests of how blocks are tagged (ISO 32000-1 14.8.4).
     */
    public static String structureOutline(byte[] pdf) {
        StringBuilder sb = new StringBuilder();
        try (PDDocument d = PdfStructure.load(pdf)) {
            outline(d.getDocumentCatalog().getStructureTreeRoot(), sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static void outline(PDStructureNode node, StringBuilder sb) {
        boolean first = true;
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement e)) continue;
            if (!first) sb.append(',');
            first = false;
            sb.append(e.getStructureType());
            if (e.getKids().stream().anyMatch(k -> k instanceof PDStructureElement)) {
                sb.append('(');
                outline(e, sb);
                sb.append(')');
            }
        }
    }

    /** The {@code /Alt} of every Figure structure element (images, formulas), in document order. */
    public static List<String> figureAlts(byte[] pdf) {
        List<String> alts = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            figureAlts(d.getDocumentCatalog().getStructureTreeRoot(), alts);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return alts;
    }

    private static void figureAlts(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) out.add(e.getAlternateDescription());
                figureAlts(e, out);
            }
        }
    }
}
