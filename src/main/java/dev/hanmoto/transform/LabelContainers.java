package dev.hanmoto.transform;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Containers;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.text.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives each container ({@link Containers}) without a title its kind's label, in the language of the
 * text around it: the document's, or a book chapter's own ({@code lang} on its Div). The words come
 * from {@link Labels}, a locale table by primary language subtag; a language it does not list gets
 * the English words. A details' written summary, or a title written after a fenced div's name, is
 * kept. Runs on the whole document once it is assembled (a book's language is known only then);
 * idempotent.
 */
public final class LabelContainers implements Transform {
    /** The label of {@code kind} in {@code lang} (BCP 47), from the locale table {@link Labels}. */
    public static String label(String kind, String lang) {
        return Labels.of(kind, lang);
    }

    @Override
    public Document apply(Document d) {
        return d.withBlocks(top(d.blocks(), d.meta().lang()));
    }

    /** Chapter and part Divs may carry their own language: followed down to the first non-Div block. */
    private static List<Block> top(List<Block> blocks, String lang) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) {
            if (b instanceof Block.Div d && Containers.kind(d).isEmpty()) {
                String inner = d.attr().attributes().getOrDefault("lang", lang);
                out.add(new Block.Div(d.attr(), top(d.blocks(), inner), d.pos()));
            } else {
                out.addAll(Walk.mapBlocks(List.of(b), x -> List.of(labelled(x, lang))));
            }
        }
        return out;
    }

    private static Block labelled(Block b, String lang) {
        if (!(b instanceof Block.Div d)) return b;
        var kind = Containers.kind(d);
        if (kind.isEmpty() || Containers.titleOf(d).isPresent()) return b;
        List<Block> blocks = new ArrayList<>();
        blocks.add(Containers.title(List.of(new Inline.Text(label(kind.get(), lang), d.pos())), d.pos()));
        blocks.addAll(d.blocks());
        return new Block.Div(d.attr(), blocks, d.pos());
    }
}
