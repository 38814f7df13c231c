package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;

/**
 * Tells the line breaker which texts are display lines, broken between phrases ({@link
 * PhraseKeeping}): the body's headings (and so the table of contents, which repeats them), the title
 * and the subtitle. It only looks: the document goes on as it is.
 */
final class PhraseBreaksPass implements AstPass {
    @Override
    public Document apply(Document doc, PassContext ctx) {
        switch (ctx.part()) {
            case BODY -> ctx.phrases().headings(doc.blocks());
            case TITLE, SUBTITLE -> doc.blocks().forEach(b -> ctx.phrases().inlines(Walk.ownInlines(b)));
            default -> { }
        }
        return doc;
    }
}
