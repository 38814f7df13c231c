package dev.hanmoto.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Print-shop geometry (ISO 32000-1 §14.11.2): with a bleed, every page's MediaBox grows by the bleed
 * plus a zone for crop marks; TrimBox is the finished page, BleedBox the trim plus the bleed. The
 * content does not move (the trim keeps its origin), so links stay where they were. Japanese-style
 * crop marks (トンボ: double corner marks at the trim and the bleed, and centre marks) are drawn outside
 * the bleed as an artifact (PDF/UA 7.8: not part of the content).
 */
final class PrintMarksPagePass implements PagePass {
    /** Space outside the bleed for the marks, in points (9 mm). */
    static final float MARK_ZONE = mm(9);
    /** Line width of the marks, in points (JIS practice: hairline ~0.1 mm). */
    static final float LINE = 0.3f;

    @Override
    public void apply(PDDocument pdf, PageContext ctx) throws IOException {
        apply(pdf, (float) ctx.pdf().page().bleed().points());
    }

    static float mm(double v) {
        return (float) (v / 25.4 * 72);
    }

    /** Sets the boxes and draws the marks on every page; nothing when {@code bleed} (in points) is 0. */
    static void apply(PDDocument doc, float bleed) throws IOException {
        if (bleed <= 0) return;
        float zone = bleed + MARK_ZONE;
        for (PDPage page : doc.getPages()) {
            PDRectangle trim = page.getMediaBox();
            float w = trim.getWidth();
            float h = trim.getHeight();
            page.setTrimBox(new PDRectangle(trim.getLowerLeftX(), trim.getLowerLeftY(), w, h));
            page.setBleedBox(box(trim, bleed));
            page.setMediaBox(box(trim, zone));
            page.getCOSObject().removeItem(COSName.CROP_BOX);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                cs.beginMarkedContent(COSName.ARTIFACT);
                cs.setStrokingColor(0f, 0f, 0f);
                cs.setLineWidth(LINE);
                float x0 = trim.getLowerLeftX();
                float y0 = trim.getLowerLeftY();
                float x1 = x0 + w;
                float y1 = y0 + h;
                for (float x : new float[] {x0, x1}) {
                    for (float y : new float[] {y0, y1}) corner(cs, x, y, x == x0 ? -1 : 1, y == y0 ? -1 : 1, bleed, zone);
                }
                centre(cs, (x0 + x1) / 2, y1 + bleed, 0, 1, zone - bleed);
                centre(cs, (x0 + x1) / 2, y0 - bleed, 0, -1, zone - bleed);
                centre(cs, x0 - bleed, (y0 + y1) / 2, -1, 0, zone - bleed);
                centre(cs, x1 + bleed, (y0 + y1) / 2, 1, 0, zone - bleed);
                cs.endMarkedContent();
            }
        }
    }

    private static PDRectangle box(PDRectangle trim, float out) {
        return new PDRectangle(trim.getLowerLeftX() - out, trim.getLowerLeftY() - out, trim.getWidth() + 2 * out, trim.getHeight() + 2 * out);
    }

    /** Double corner mark: lines on the trim and on the bleed edges, outside the bleed. */
    private static void corner(PDPageContentStream cs, float x, float y, int dx, int dy, float bleed, float zone) throws IOException {
        for (float off : new float[] {0, bleed}) {
            // Horizontal lines at the trim/bleed height, from the bleed edge outwards.
            line(cs, x + dx * bleed, y + dy * off, x + dx * zone, y + dy * off);
            // Vertical lines at the trim/bleed width, from the bleed edge outwards.
            line(cs, x + dx * off, y + dy * bleed, x + dx * off, y + dy * zone);
        }
    }

    /** Centre mark: a line pointing at the page centre with a short crossbar. */
    private static void centre(PDPageContentStream cs, float x, float y, int dx, int dy, float len) throws IOException {
        line(cs, x, y, x + dx * len, y + dy * len);
        float cx = x + dx * len / 2;
        float cy = y + dy * len / 2;
        float bar = mm(5);
        if (dx == 0) line(cs, cx - bar, cy, cx + bar, cy);
        else line(cs, cx, cy - bar, cx, cy + bar);
    }

    private static void line(PDPageContentStream cs, float xa, float ya, float xb, float yb) throws IOException {
        cs.moveTo(xa, ya);
        cs.lineTo(xb, yb);
        cs.stroke();
    }
}
