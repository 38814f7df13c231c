package dev.hanmoto.render.pdf;

import dev.hanmoto.render.xhtml.XhtmlOptions;
import java.io.IOException;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;

/**
 * Gives each code block's structure element its code as written, as {@code /ActualText} (ISO 32000-1
 * 14.9.4), so that a reader that takes text from the structure tree copies exactly the code: blank
 * lines, a long line the page wraps onto several rows as one line, tabs as tabs. The glyphs alone
 * cannot say that: a blank line draws nothing, a wrapped row is a new row of glyphs, and the layout
 * draws a tab as spaces. The XHTML writer puts the code in the {@code pre}'s {@code title} after
 * {@link XhtmlOptions.Code#CODE_TEXT_MARK} ({@link XhtmlOptions.Code#textLayer()}); the layout, as for
 * any titled element, makes that the element's {@code /Alt}, which this pass moves to
 * {@code /ActualText}: the code is the element's text, not a description of it. A block whose code
 * is longer than a PDF/A string may be ({@link #MAX_STRING}) keeps none.
 */
final class CodeTextPagePass implements PagePass {
    /**
     * The longest string PDF/A-2 allows (ISO 19005-2 6.1.13, in bytes: one a character in PDFDocEncoding,
     * two in UTF-16). A longer block keeps no ActualText; its glyphs are still its code line by line.
     */
    static final int MAX_STRING = 32767;

    @Override
    public void apply(PDDocument pdf, PageContext ctx) throws IOException {
        PDStructureTreeRoot root = pdf.getDocumentCatalog().getStructureTreeRoot();
        if (root != null) walk(root);
    }

    private static void walk(PDStructureNode node) {
        for (Object kid : node.getKids()) {
            if (!(kid instanceof PDStructureElement e)) continue;
            String alt = e.getAlternateDescription();
            if (alt != null && !alt.isEmpty() && alt.charAt(0) == XhtmlOptions.Code.CODE_TEXT_MARK) {
                e.getCOSObject().removeItem(COSName.ALT);
                COSString code = new COSString(alt.substring(1));
                if (code.getBytes().length <= MAX_STRING) e.getCOSObject().setItem(COSName.ACTUAL_TEXT, code);
            } else {
                walk(e);
            }
        }
    }
}
