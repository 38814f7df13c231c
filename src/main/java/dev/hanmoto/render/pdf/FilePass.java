package dev.hanmoto.render.pdf;

/**
 * A stage of the PDF pipeline that mends the saved file ({@link PdfPipeline#FILE_PASSES}, in
 * order): what PDFBox writes in a way it cannot be told to change, such as the cross-reference
 * stream. Bytes in, bytes out; it moves no object it does not rewrite.
 */
interface FilePass {
    byte[] apply(byte[] pdf);
}
