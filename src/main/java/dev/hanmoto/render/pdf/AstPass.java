package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Document;
import dev.hanmoto.render.xhtml.XhtmlOptions;

/**
 * A stage of the PDF pipeline that rewrites this renderer's copy of the tree before it is written as
 * XHTML ({@link PdfPipeline#AST_PASSES}, in order). The same passes rewrite the body and every text
 * the page shows besides it — the title, the subtitle, the other title-page lines, the running head,
 * each table-of-contents entry — each as a small document of one {@code Plain} block; {@link
 * PassContext#part()} says which part a call rewrites.
 *
 * <p>What a layout must keep together is marked in the tree (a span with a class, a {@code data-*}
 * attribute that the writer puts on a picture), never patched into the written XHTML. A pass owns
 * the CSS its marks need ({@link #css}) and the writer choices it relies on ({@link #xhtml}); no
 * theme stylesheet has to know about them.
 *
 * <p>Implementations hold no state (one instance serves every render, on any thread): what a pass
 * learns for the layout goes into the context.
 */
interface AstPass {
    /** The document rewritten; the document itself when there is nothing to do. */
    Document apply(Document doc, PassContext ctx);

    /** CSS rules this pass's marks need, written before the theme's stylesheet (which may refine them). */
    default String css(PassContext ctx) {
        return "";
    }

    /** The XHTML writer's options as this pass needs them. */
    default XhtmlOptions xhtml(XhtmlOptions options) {
        return options;
    }
}
