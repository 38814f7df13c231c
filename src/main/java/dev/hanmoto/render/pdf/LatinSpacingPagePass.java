package dev.hanmoto.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Takes the 和欧間 spaces ({@link LatinSpacingPass}) out of the finished pages. They are set in a font
 * of their own, registered for nothing else, so every text-showing operator in that font is one of
 * them: it is dropped, and the font with it (its {@code Tf} and its resource entry). A space draws nothing and every text run is placed by its
 * own text matrix, so the pages look the same; the text layer then holds only the source's
 * characters, and copy and search see {@code 日本語Java} where the page shows 日本語 Java. The marked
 * content around each space stays (now empty), so the structure tree keeps its references.
 */
final class LatinSpacingPagePass implements PagePass {
    @Override
    public void apply(PDDocument pdf, PageContext ctx) throws IOException {
        if (ctx.latinSpaceFont().isPresent()) remove(pdf, ctx.latinSpaceFont().get());
    }

    /** Removes every glyph drawn in {@code font} (the spacing font) from {@code doc}'s pages. */
    static void remove(PDDocument doc, PDFont font) throws IOException {
        for (PDPage page : doc.getPages()) {
            PDResources res = page.getResources();
            if (res == null) continue;
            List<COSName> names = new ArrayList<>();
            for (COSName name : res.getFontNames()) {
                if (res.getCOSObject().getCOSDictionary(COSName.FONT).getDictionaryObject(name) == font.getCOSObject()) {
                    names.add(name);
                }
            }
            if (names.isEmpty()) continue;
            byte[] content;
            try (var in = page.getContents()) {
                content = in.readAllBytes();
            }
            byte[] cleaned = quick(content, names);
            if (cleaned == null) cleaned = withoutGlyphs(page, names);
            page.setContents(new PDStream(doc, new java.io.ByteArrayInputStream(cleaned), COSName.FLATE_DECODE));
            for (COSName name : names) res.getCOSObject().getCOSDictionary(COSName.FONT).removeItem(name);
        }
    }

    private static final String NUM = "[-+]?[\\d.]+";
    /** A string operand: hex, or literal (PDFBox writes glyph codes whose bytes are all ASCII so, {@code (\\000\\002)} raw). */
    private static final String STRING = "(?:<[0-9A-Fa-f]*>|\\((?:[^\\\\()]|\\\\.)*\\))";

    /**
     * The content without the spaces, by pattern: openhtmltopdf writes each run as {@code BT /Fn size Tf
     * 1 0 0 1 x y Tm [<gid>] TJ ET} (or {@code <gid> Tj}, a literal string, or a {@code TJ} array with the
     * justification's adjustments), and matching that in the decoded bytes is several times faster
     * than parsing every page into tokens. Null if any use of the font is left that the pattern does
     * not cover, so that the parser does it.
     */
    static byte[] quick(byte[] content, List<COSName> fonts) {
        String s = new String(content, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (COSName f : fonts) {
            String name = java.util.regex.Pattern.quote(f.getName());
            s = java.util.regex.Pattern.compile("/" + name + "\\s+" + NUM + "\\s+Tf\\s+(?:" + NUM + "\\s+){6}Tm\\s*"
                    + "(?:\\[(?:\\s*(?:" + STRING + "|" + NUM + "))*\\s*\\]\\s*TJ|" + STRING + "\\s*Tj)\\s*")
                    .matcher(s).replaceAll("");
            if (s.contains("/" + f.getName() + " ") || s.contains("/" + f.getName() + "\n")) return null;
        }
        return s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    static byte[] withoutGlyphs(PDPage page, List<COSName> fonts) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        List<Object> out = new ArrayList<>(tokens.size());
        List<Object> operands = new ArrayList<>();
        boolean inSpacingFont = false;
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                operands.add(t);
                continue;
            }
            String name = op.getName();
            boolean selects = OperatorName.SET_FONT_AND_SIZE.equals(name) && !operands.isEmpty()
                    && operands.get(0) instanceof COSName f && fonts.contains(f);
            if (OperatorName.SET_FONT_AND_SIZE.equals(name)) inSpacingFont = selects;
            boolean shows = OperatorName.SHOW_TEXT.equals(name) || OperatorName.SHOW_TEXT_ADJUSTED.equals(name)
                    || OperatorName.SHOW_TEXT_LINE.equals(name) || OperatorName.SHOW_TEXT_LINE_AND_SPACE.equals(name);
            // Selecting the spacing font goes too (the font leaves the resources); the font state it
            // would have set is only ever used by the spaces being dropped.
            if (!(shows && inSpacingFont) && !selects) {
                out.addAll(operands);
                out.add(op);
            }
            operands.clear();
        }
        out.addAll(operands);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ContentStreamWriter(bytes).writeTokens(out);
        return bytes.toByteArray();
    }
}
