package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Figures;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of each cross-reference's target after it, as print books give it: 「図1（3ページ）」,
 * "Figure 1 (page 3)". The words are the locale table's ({@link Labels}, {@code page}); the number is
 * the layout's, by CSS {@code target-counter()} on a link to the target, as the table of contents
 * gets its page numbers. Body only: the other parts of the page hold no references.
 */
final class PageReferencePass implements AstPass {
    static final String CLASS = "page-ref";

    @Override
    public Document apply(Document doc, PassContext ctx) {
        if (ctx.part() != PassContext.Part.BODY) return doc;
        String[] words = Labels.of("page", doc.meta().lang()).split("\\{p}", 2);
        return doc.withBlocks(Walk.mapInlines(doc.blocks(), i -> {
            if (!(i instanceof Inline.Span s) || !s.attr().hasClass(Figures.XREF) || s.content().size() != 1
                    || !(s.content().get(0) instanceof Inline.Link l)) return List.of(i);
            List<Inline> page = new ArrayList<>();
            if (!words[0].isEmpty()) page.add(new Inline.Text(words[0], l.pos()));
            page.add(new Inline.Link(Attr.EMPTY, List.of(), l.target(), "", l.pos()));
            if (words.length > 1 && !words[1].isEmpty()) page.add(new Inline.Text(words[1], l.pos()));
            return List.of(new Inline.Span(s.attr(), List.of(l, new Inline.Span(Attr.classes(CLASS), page))));
        }));
    }

    @Override
    public String css(PassContext ctx) {
        return "." + CLASS + " a::after { content: target-counter(attr(href), page); }\n";
    }
}
