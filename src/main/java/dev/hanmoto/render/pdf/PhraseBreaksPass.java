package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;

/**
 * Tells the line breaker which texts break between phrases ({@link PhraseKeeping}): the body's
 * headings (and so the table of contents, which repeats them) and table cells, the title and the
 * subtitle. It only looks: the document goes on as it is.
 */
final class PhraseBreaksPass implements AstPass {
    /**
     * The em a table's column share is measured in: the default stylesheet's body size. Tables are
     * set smaller (7.5pt), so a column holds more than this says and a kept phrase always fits.
     */
    static final double BODY_EM_PT = 9;

    @Override
    public Document apply(Document doc, PassContext ctx) {
        switch (ctx.part()) {
            case BODY -> ctx.phrases().headings(doc.blocks())
                    .tables(doc.blocks(), PageGeometry.textWidthPt(ctx.pdf().page(), BODY_EM_PT) / BODY_EM_PT, doc.meta().lang());
            case TITLE, SUBTITLE -> doc.blocks().forEach(b -> ctx.phrases().inlines(Walk.ownInlines(b)));
            default -> { }
        }
        return doc;
    }
}
