package dev.hanmoto.render.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A stage of the PDF pipeline that works on the laid-out pages before they are saved ({@link
 * PdfPipeline#PAGE_PASSES}, in order): what no stylesheet rule can express, such as a blank page
 * without its running head, or the print shop's boxes and crop marks.
 */
interface PagePass {
    void apply(PDDocument pdf, PageContext ctx) throws IOException;
}
