package dev.hanmoto.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Containers (admonitions and collapsible details): a {@link Block.Div} with class {@value #CLASS}
 * and one kind class, from GFM alerts ({@code > [!NOTE]}), Zenn ({@code :::message},
 * {@code :::details タイトル}) and pandoc/VFM fenced divs ({@code ::: warning}). Its first block may be
 * its title, a Div with class {@value #TITLE} holding one Plain: a details' summary as written, or
 * the kind's label in the document's language once the labelling transform ran. Renderers style the
 * box by the kind class and never invent the words.
 */
public final class Containers {
    private Containers() {}

    /** The class every container carries. */
    public static final String CLASS = "container";
    /** The class of a container's title (its first block). */
    public static final String TITLE = "container-title";

    public static final String NOTE = "note";
    public static final String TIP = "tip";
    public static final String IMPORTANT = "important";
    public static final String WARNING = "warning";
    public static final String CAUTION = "caution";
    /** Collapsible content with a summary: open in print, a {@code details} element in the EPUB. */
    public static final String DETAILS = "details";

    /** Every kind, in the order the documentation lists them. */
    public static final List<String> KINDS = List.of(NOTE, TIP, IMPORTANT, WARNING, CAUTION, DETAILS);

    /**
     * A container of {@code kind}; {@code title} (may be empty: the label comes later) becomes its
     * title block; {@code extra} are further classes the author gave ({@code ::: {.note .wide}}).
     */
    public static Block.Div of(String kind, Attr extra, List<Inline> title, List<Block> content, SourcePos pos) {
        if (!KINDS.contains(kind)) throw new IllegalArgumentException("container kind " + kind);
        List<String> classes = new ArrayList<>(List.of(CLASS, kind));
        for (String c : extra.classes()) if (!classes.contains(c)) classes.add(c);
        List<Block> blocks = new ArrayList<>();
        if (!title.isEmpty()) blocks.add(title(title, pos));
        blocks.addAll(content);
        return new Block.Div(new Attr(extra.id(), classes, extra.attributes()), blocks, pos);
    }

    /** A title block holding {@code inlines}. */
    public static Block.Div title(List<Inline> inlines, SourcePos pos) {
        return new Block.Div(Attr.classes(TITLE), List.of(new Block.Plain(inlines, pos)), pos);
    }

    /** The kind of a container, or empty for any other block. */
    public static Optional<String> kind(Block b) {
        if (!(b instanceof Block.Div d) || !d.attr().hasClass(CLASS)) return Optional.empty();
        return KINDS.stream().filter(d.attr()::hasClass).findFirst();
    }

    /** The title block of a container, if it has one. */
    public static Optional<Block.Div> titleOf(Block.Div container) {
        if (!container.blocks().isEmpty() && container.blocks().get(0) instanceof Block.Div t && t.attr().hasClass(TITLE)) {
            return Optional.of(t);
        }
        return Optional.empty();
    }
}
