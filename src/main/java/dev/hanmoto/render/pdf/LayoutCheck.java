package dev.hanmoto.render.pdf;

import com.openhtmltopdf.render.BlockBox;
import java.util.Set;

/**
 * A stage of the PDF pipeline that looks at a finished layout (openhtmltopdf's box tree) for what the
 * layout got wrong and an AST pass can mend ({@link PdfPipeline#LAYOUT_CHECKS}). It answers with the
 * marks ({@link Marks}) whose content must be kept together: the AST passes then run again with those
 * marks kept, and the document is laid out again (at most {@link PdfPipeline#MAX_LAYOUTS} times).
 */
interface LayoutCheck {
    /** The marks this layout broke apart where it must not; empty when the layout stands. */
    Set<Integer> broken(BlockBox root);
}
