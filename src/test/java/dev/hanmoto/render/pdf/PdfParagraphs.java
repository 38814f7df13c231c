package dev.hanmoto.render.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The paragraphs of a tagged PDF as a reader sees them: each {@code P} structure element (PDF/UA tags,
 * ISO 32000-1 14.8) with the glyphs of its marked content, including inline children (Span, Link,
 * Code), grouped into lines by baseline. Footnote bodies are structure elements of their own, so a
 * paragraph's lines are only its own text; a raised footnote call joins the line it is on. Paragraphs
 * that hold a figure, or no text, are left out.
 */
final class PdfParagraphs {
    /** One line of a paragraph: 1-based page and its text. */
    record Line(int page, String text) {
        @Override
        public String toString() {
            return "p" + page + ": " + text;
        }
    }

    /** A paragraph's lines in reading order. */
    record Paragraph(List<Line> lines) {
        Line last() {
            return lines.get(lines.size() - 1);
        }

        /** How many of its lines each page holds, in page order. */
        List<Integer> linesPerPage() {
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

    private PdfParagraphs() {}

    static List<Paragraph> of(byte[] pdf) throws IOException {
        List<Paragraph> out = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            Map<PDPage, Map<Integer, List<TextPosition>>> glyphs = new HashMap<>();
            for (PDPage p : d.getPages()) {
                PDFMarkedContentExtractor x = new PDFMarkedContentExtractor();
                x.processPage(p);
                Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
                for (PDMarkedContent mc : x.getMarkedContents()) collect(mc, byMcid);
                glyphs.put(p, byMcid);
            }
            var root = d.getDocumentCatalog().getStructureTreeRoot();
            if (root == null) throw new IllegalArgumentException("not a tagged PDF");
            walk(root.getKids(), null, d, glyphs, out);
        }
        return out;
    }

    private static void collect(PDMarkedContent mc, Map<Integer, List<TextPosition>> byMcid) {
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t && mc.getMCID() >= 0) byMcid.computeIfAbsent(mc.getMCID(), k -> new ArrayList<>()).add(t);
            if (o instanceof PDMarkedContent inner) collect(inner, byMcid);
        }
    }

    private static void walk(List<Object> kids, PDPage page, PDDocument d, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs, List<Paragraph> out) {
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
    private static boolean gather(PDStructureElement e, PDPage page, PDDocument d, Map<PDPage, Map<Integer, List<TextPosition>>> glyphs, List<Positioned> out) {
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
    private static java.util.Optional<Paragraph> paragraph(List<Positioned> ps) {
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
        return lines.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(new Paragraph(lines));
    }
}
