package dev.hanmoto.render.pdf;

import dev.hanmoto.render.ShapedFont;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Gives each run drawn in a shaped font ({@link ShapedFont}: Devanagari) its text as written, as
 * ActualText on a {@code /Span} marked-content sequence around the text operator. The glyphs alone
 * would read in the order they are seen: the i-matra of हि before its consonant, the reph of धर्म after
 * the letter it sits on, a vowel sign merged with the space after it by a text extractor. Copy, search
 * and the text layer then read हिन्दी; the glyphs' own ToUnicode entries stay for PDF/A-2u.
 */
final class ShapedTextPagePass implements PagePass {
    @Override
    public void apply(PDDocument pdf, PageContext ctx) throws IOException {
        if (ctx.shapedFonts().isEmpty()) return;
        for (PDPage page : pdf.getPages()) {
            PDResources res = page.getResources();
            if (res == null || res.getCOSObject().getCOSDictionary(COSName.FONT) == null) continue;
            COSDictionary fontDict = res.getCOSObject().getCOSDictionary(COSName.FONT);
            Map<COSName, PDFont> shaped = new java.util.HashMap<>();
            for (COSName name : res.getFontNames()) {
                COSBase dict = fontDict.getDictionaryObject(name);
                for (PDFont f : ctx.shapedFonts()) if (dict == f.getCOSObject()) shaped.put(name, f);
            }
            if (shaped.isEmpty()) continue;
            page.setContents(new PDStream(pdf, new java.io.ByteArrayInputStream(withActualText(page, shaped)), COSName.FLATE_DECODE));
        }
    }

    private static byte[] withActualText(PDPage page, Map<COSName, PDFont> shaped) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Object> out = new ArrayList<>(tokens.size() + 64);
        List<Object> operands = new ArrayList<>();
        PDFont current = null;
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                operands.add(t);
                continue;
            }
            String name = op.getName();
            if (OperatorName.SET_FONT_AND_SIZE.equals(name)) {
                current = !operands.isEmpty() && operands.get(0) instanceof COSName f ? shaped.get(f) : null;
            }
            Optional<String> text = Optional.empty();
            if (current != null && (OperatorName.SHOW_TEXT.equals(name) || OperatorName.SHOW_TEXT_ADJUSTED.equals(name))
                    && !operands.isEmpty()) {
                text = ShapedFont.textOf(current, glyphs(operands.get(operands.size() - 1)));
            }
            if (text.isPresent()) {
                COSDictionary props = new COSDictionary();
                props.setItem(COSName.ACTUAL_TEXT, new COSString(text.get()));
                out.add(COSName.getPDFName("Span"));
                out.add(props);
                out.add(Operator.getOperator(OperatorName.BEGIN_MARKED_CONTENT_SEQ));
            }
            out.addAll(operands);
            out.add(op);
            if (text.isPresent()) out.add(Operator.getOperator(OperatorName.END_MARKED_CONTENT));
            operands.clear();
        }
        out.addAll(operands);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ContentStreamWriter(bytes).writeTokens(out);
        return bytes.toByteArray();
    }

    /** The glyph ids of a Tj string or TJ array (Identity-H: two bytes a glyph). */
    private static List<Integer> glyphs(Object operand) {
        List<Integer> out = new ArrayList<>();
        if (operand instanceof COSString s) {
            add(s.getBytes(), out);
        } else if (operand instanceof COSArray a) {
            for (COSBase b : a) if (b instanceof COSString s) add(s.getBytes(), out);
        }
        return out;
    }

    private static void add(byte[] bytes, List<Integer> out) {
        for (int i = 0; i + 1 < bytes.length; i += 2) out.add(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff));
    }
}
