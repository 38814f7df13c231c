package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
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
        write(TestDocuments.file("images/wide.png"), "png", PNG_W, PNG_H, BufferedImage.TYPE_INT_ARGB);
        write(TestDocuments.file("images/wide.jpg"), "jpg", JPEG_W, JPEG_H, BufferedImage.TYPE_INT_RGB);
        Files.writeString(TestDocuments.file("images/wide.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + SVG_W
                + "\" height=\"" + SVG_H + "\" viewBox=\"0 0 " + SVG_W + " " + SVG_H + "\">"
                + "<rect x=\"0\" y=\"0\" width=\"" + SVG_W + "\" height=\"" + SVG_H + "\" fill=\"#e8f0f8\" stroke=\"#10243e\" stroke-width=\"8\"/>"
                + "<circle cx=\"200\" cy=\"200\" r=\"150\" fill=\"#f2b705\"/></svg>\n", StandardCharsets.UTF_8);
        String md = "---\ntitle: 図版の検証\n---\n\n# 図版\n\n本文の段落です。図版は版面の幅に縮小されます。\n\n"
                + "![" + PNG_ALT + "](wide.png)\n\n次の段落です。\n\n"
                + "![" + JPEG_ALT + "](wide.jpg)\n\n次の段落です。\n\n"
                + "![" + SVG_ALT + "](wide.svg)\n\n最後の段落です。\n";
        return TestDocuments.markdown("images/images", md);
    }

    private static void write(Path file, String format, int w, int h, int type) throws IOException {
        BufferedImage img = new BufferedImage(w, h, type);
        Graphics2D g = img.createGraphics();
        g.setPaint(new GradientPaint(0, 0, new Color(0x10243e), w, h, new Color(0xf2b705)));
        g.fillRect(0, 0, w, h);
        g.dispose();
        if (!ImageIO.write(img, format, file.toFile())) throw new IOException("no ImageIO writer for " + format);
    }

    /** The text block of a page in PDF points (y up): inner margin left on recto pages (odd numbers). */
    static Rectangle2D textBlock(int pageNo) {
        double mm = 72 / 25.4;
        double left = (pageNo % 2 == 1 ? 20 : 14) * mm;
        double right = (pageNo % 2 == 1 ? 14 : 20) * mm;
        return new Rectangle2D.Double(left, 20 * mm, 148 * mm - left - right, 210 * mm - 18 * mm - 20 * mm);
    }

    static byte[] render() throws IOException {
        Diagnostics diags = new Diagnostics();
        byte[] pdf = TestPdfs.keep("images.pdf", TestPdfs.render(TestThemes.defaultTheme(), document(), diags));
        assertEquals(List.of(), diags.all().stream().map(Diagnostic::format).toList());
        return pdf;
    }

    @Test
    void wideImagesOfEveryFormatAreScaledIntoTheTextBlock() throws IOException {
        List<PdfReadBack.Picture> drawn = PdfReadBack.pictures(render());
        assertEquals(List.of("image", "image", "form"), drawn.stream().map(PdfReadBack.Picture::kind).toList(),
                "the PNG and JPEG as images, the SVG as a form, in order: " + drawn);
        double[] ratios = {(double) PNG_H / PNG_W, (double) JPEG_H / JPEG_W, (double) SVG_H / SVG_W};
        for (int i = 0; i < drawn.size(); i++) {
            PdfReadBack.Picture x = drawn.get(i);
            Rectangle2D block = textBlock(x.page());
            Rectangle2D b = x.bounds();
            String where = x.kind() + " " + i + " on page " + x.page() + " at " + b + " in " + block;
            assertTrue(b.getMinX() >= block.getMinX() - 0.5 && b.getMaxX() <= block.getMaxX() + 0.5, "inside the side margins: " + where);
            assertTrue(b.getMinY() >= block.getMinY() - 0.5 && b.getMaxY() <= block.getMaxY() + 0.5, "inside the head and foot margins: " + where);
            assertTrue(b.getWidth() >= block.getWidth() - 1, "scaled to the full measure, not cropped or shrunk further: " + where);
            assertEquals(ratios[i], b.getHeight() / b.getWidth(), 0.01, "proportions kept: " + where);
        }
    }

    @Test
    void everyImageKeepsItsAltTextOnItsFigure() throws IOException {
        assertEquals(List.of(PNG_ALT, JPEG_ALT, SVG_ALT), PdfReadBack.figureAlts(render()));
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
