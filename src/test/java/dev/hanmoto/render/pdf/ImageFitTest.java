package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Images (PNG, JPEG, SVG) wider than the text block are scaled to fit it, keeping their proportions,
 * and keep their alt text: read back from the PDF as the bounds the image or SVG form is drawn in
 * (the content stream's transformation matrix) and as the {@code /Alt} of its {@code Figure}
 * structure element (PDF/UA-1 7.3).
 */
class ImageFitTest {
    /** Source pixel sizes: all far wider than the A5 text block (114 mm ≈ 323 pt). */
    static final int PNG_W = 2000, PNG_H = 800, JPEG_W = 2400, JPEG_H = 900, SVG_W = 1600, SVG_H = 400;

    static final String PNG_ALT = "横長のPNG図版";
    static final String JPEG_ALT = "横長のJPEG写真";
    static final String SVG_ALT = "横長のSVG図";

    /** A document with one wide image of each format, the images written beside it. */
    static Document document() throws IOException {
        Path dir = Path.of("target/pdf-test-fixtures/images");
        Files.createDirectories(dir);
        write(dir.resolve("wide.png"), "png", PNG_W, PNG_H, BufferedImage.TYPE_INT_ARGB);
        write(dir.resolve("wide.jpg"), "jpg", JPEG_W, JPEG_H, BufferedImage.TYPE_INT_RGB);
        Files.writeString(dir.resolve("wide.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SVG_W
                + "\" height=\"" + SVG_H + "\" viewBox=\"0 0 " + SVG_W + " " + SVG_H + "\">"
                + "<rect x=\"0\" y=\"0\" width=\"" + SVG_W + "\" height=\"" + SVG_H + "\" fill=\"#e8f0f8\" stroke=\"#10243e\" stroke-width=\"8\"/>"
                + "<circle cx=\"200\" cy=\"200\" r=\"150\" fill=\"#f2b705\"/></svg>\n", StandardCharsets.UTF_8);
        String md = "---\ntitle: 図版の検証\n---\n\n# 図版\n\n本文の段落です。図版は版面の幅に縮小されます。\n\n"
                + "![" + PNG_ALT + "](wide.png)\n\n次の段落です。\n\n"
                + "![" + JPEG_ALT + "](wide.jpg)\n\n次の段落です。\n\n"
                + "![" + SVG_ALT + "](wide.svg)\n\n最後の段落です。\n";
        Path file = dir.resolve("images.md");
        Files.writeString(file, md, StandardCharsets.UTF_8);
        return TestDocs.read(file);
    }

    private static void write(Path file, String format, int w, int h, int type) throws IOException {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x10243e), w, h, new Color(0xf2b705)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        if (!ImageIO.write(img, format, file.toFile())) throw new IOException("no ImageIO writer for " + format);
    }

    /** Where an image or a form (SVG) is drawn: page (1-based), bounds in PDF points, kind. */
    record Drawn(int page, Rectangle2D bounds, String kind) {}

    /** Every image XObject and form XObject drawn on the pages, with the bounds the CTM gives it. */
    static List<Drawn> drawn(PDDocument d) throws IOException {
        List<Drawn> out = new ArrayList<>();
        int no = 0;
        for (PDPage page : d.getPages()) {
            int pageNo = ++no;
            new PDFGraphicsStreamEngine(page) {
                {
                    processPage(page);
                }

                @Override
                public void drawImage(PDImage image) {
                    out.add(new Drawn(pageNo, unitSquare(getGraphicsState().getCurrentTransformationMatrix()), "image"));
                }

                @Override
                public void showForm(PDFormXObject form) {
                    // The form's bounding box through its matrix and the current matrix; its content
                    // is clipped to that box (ISO 32000-1 8.10.1), so that is where the SVG is drawn.
                    Matrix m = form.getMatrix().multiply(getGraphicsState().getCurrentTransformationMatrix());
                    PDRectangle b = form.getBBox();
                    Rectangle2D r = null;
                    for (float[] p : new float[][] {{b.getLowerLeftX(), b.getLowerLeftY()}, {b.getUpperRightX(), b.getUpperRightY()},
                            {b.getLowerLeftX(), b.getUpperRightY()}, {b.getUpperRightX(), b.getLowerLeftY()}}) {
                        Point2D.Float q = m.transformPoint(p[0], p[1]);
                        if (r == null) r = new Rectangle2D.Double(q.x, q.y, 0, 0);
                        else r.add(q);
                    }
                    out.add(new Drawn(pageNo, r, "form"));
                }

                private Rectangle2D unitSquare(Matrix m) {
                    Rectangle2D r = null;
                    for (float[] p : new float[][] {{0, 0}, {1, 1}, {0, 1}, {1, 0}}) {
                        Point2D.Float q = m.transformPoint(p[0], p[1]);
                        if (r == null) r = new Rectangle2D.Double(q.x, q.y, 0, 0);
                        else r.add(q);
                    }
                    return r;
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
        return out;
    }

    /** The text block of a page in PDF points (y up): inner margin left on recto pages (odd numbers). */
    static Rectangle2D textBlock(PDPage page, int pageNo) {
        double mm = 72 / 25.4;
        PDRectangle box = page.getMediaBox();
        double left = (pageNo % 2 == 1 ? 20 : 14) * mm;
        double right = (pageNo % 2 == 1 ? 14 : 20) * mm;
        return new Rectangle2D.Double(left, 20 * mm, box.getWidth() - left - right, box.getHeight() - 18 * mm - 20 * mm);
    }

    /** The {@code /Alt} of every Figure structure element, in document order. */
    static List<String> figureAlts(PDDocument d) {
        List<String> alts = new ArrayList<>();
        collectAlts(d.getDocumentCatalog().getStructureTreeRoot().getKids(), alts);
        return alts;
    }

    private static void collectAlts(List<Object> kids, List<String> alts) {
        for (Object k : kids) {
            if (!(k instanceof PDStructureElement e)) continue;
            if ("Figure".equals(e.getStructureType())) alts.add(e.getAlternateDescription());
            collectAlts(e.getKids(), alts);
        }
    }

    static byte[] render() throws IOException {
        Diagnostics diags = new Diagnostics();
        byte[] pdf = new PdfRenderer(TestDocs.defaultTheme()).withDate(Instant.EPOCH).renderBytes(document(), diags);
        TestDocs.keep("images.pdf", pdf);
        assertEquals(List.of(), diags.all().stream().map(Diagnostic::format).toList());
        return pdf;
    }

    @Test
    void wideImagesOfEveryFormatAreScaledIntoTheTextBlock() throws IOException {
        try (PDDocument d = PdfStructure.load(render())) {
            List<Drawn> drawn = drawn(d);
            assertEquals(List.of("image", "image", "form"), drawn.stream().map(Drawn::kind).toList(),
                    "the PNG and JPEG as images, the SVG as a form, in order: " + drawn);
            double[] ratios = {(double) PNG_H / PNG_W, (double) JPEG_H / JPEG_W, (double) SVG_H / SVG_W};
            for (int i = 0; i < drawn.size(); i++) {
                Drawn x = drawn.get(i);
                Rectangle2D block = textBlock(d.getPage(x.page() - 1), x.page());
                Rectangle2D b = x.bounds();
                String where = x.kind() + " " + i + " on page " + x.page() + " at " + b + " in " + block;
                assertTrue(b.getMinX() >= block.getMinX() - 0.5 && b.getMaxX() <= block.getMaxX() + 0.5, "inside the side margins: " + where);
                assertTrue(b.getMinY() >= block.getMinY() - 0.5 && b.getMaxY() <= block.getMaxY() + 0.5, "inside the head and foot margins: " + where);
                assertTrue(b.getWidth() >= block.getWidth() - 1, "scaled to the full measure, not cropped or shrunk further: " + where);
                assertEquals(ratios[i], b.getHeight() / b.getWidth(), 0.01, "proportions kept: " + where);
            }
        }
    }

    @Test
    void everyImageKeepsItsAltTextOnItsFigure() throws IOException {
        try (PDDocument d = PdfStructure.load(render())) {
            assertEquals(List.of(PNG_ALT, JPEG_ALT, SVG_ALT), figureAlts(d));
        }
    }

    @Test
    void imagesKeepPdfUaAndPdfA() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        byte[] pdf = render();
        for (PDFAFlavour f : List.of(PDFAFlavour.PDFA_2_U, PDFAFlavour.PDFUA_1)) {
            assertEquals(Map.of(), PdfConformanceTest.failures(pdf, f), f.toString());
        }
    }
}
