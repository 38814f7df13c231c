package dev.hanmoto.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The line boxes of a PDF as PDFBox sees the glyphs, independent of drawing order (openhtmltopdf
 * draws inline boxes such as strong or code after their parent's text): glyphs on the same baseline
 * form a line, read left to right, split where the gap exceeds one em (the next table cell or margin
 * box). A raised footnote call forms its own one-glyph line.
 */
final class PdfLines {
    /** One line: page number (1-based) and its text. */
    record Line(int page, String text) {
        @Override
        public String toString() {
            return "p" + page + ": " + text;
        }
    }

    private PdfLines() {}

    static List<Line> of(byte[] pdf) throws IOException {
        List<Line> lines = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                private final List<TextPosition> page = new ArrayList<>();

                @Override
                protected void processTextPosition(TextPosition t) {
                    page.add(t);
                }

                @Override
                protected void endPage(PDPage p) throws IOException {
                    group(page, getCurrentPageNo(), lines);
                    page.clear();
                    super.endPage(p);
                }
            };
            s.getText(d);
        }
        return lines;
    }

    private static void group(List<TextPosition> glyphs, int pageNo, List<Line> out) {
        List<TextPosition> byY = new ArrayList<>(glyphs);
        byY.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
        List<List<TextPosition>> rows = new ArrayList<>();
        float rowY = Float.NaN;
        for (TextPosition t : byY) {
            float em = Math.max(t.getFontSizeInPt(), 1f);
            if (rows.isEmpty() || t.getYDirAdj() - rowY > em * 0.3f) {
                rows.add(new ArrayList<>());
                rowY = t.getYDirAdj();
            }
            rows.get(rows.size() - 1).add(t);
        }
        for (List<TextPosition> row : rows) {
            row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            StringBuilder cur = new StringBuilder();
            float end = Float.NaN;
            for (TextPosition t : row) {
                float em = Math.max(t.getFontSizeInPt(), 1f);
                if (!Float.isNaN(end) && t.getXDirAdj() > end + em) {
                    add(out, pageNo, cur);
                    cur = new StringBuilder();
                }
                cur.append(t.getUnicode());
                end = t.getXDirAdj() + t.getWidthDirAdj();
            }
            add(out, pageNo, cur);
        }
    }

    private static void add(List<Line> out, int pageNo, StringBuilder sb) {
        String text = sb.toString().strip();
        if (!text.isEmpty()) out.add(new Line(pageNo, text));
    }
}
