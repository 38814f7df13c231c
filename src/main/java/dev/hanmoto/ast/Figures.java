package dev.hanmoto.ast;

import java.util.List;
import java.util.Optional;

/**
 * Figures and captioned tables. A figure is a {@link Block.Div} with class {@value #FIGURE}: an image
 * alone in its paragraph (pandoc's implicit figures), its alt text as the caption; a captioned table
 * is a Div with class {@value #TABLE} around the {@link Block.Table}. Either holds its caption as a
 * Div with class {@value #CAPTION} (one Plain), first for a table, after the image for a figure; its
 * id ({@code fig:…}, {@code tbl:…}, pandoc-crossref's) is what {@code @fig:…} and {@code @tbl:…}
 * refer to. Once numbered, the caption starts with a Span of class {@value #NUMBER}.
 */
public final class Figures {
    private Figures() {}

    public static final String FIGURE = "figure";
    public static final String TABLE = "table-figure";
    public static final String CAPTION = "caption";
    /** The Span holding a caption's number ("図1"). */
    public static final String NUMBER = "caption-number";
    /** The Span around a cross-reference's link ("図1" pointing at the figure). */
    public static final String XREF = "xref";
    /** Id prefixes of pandoc-crossref, with the kind each names. */
    public static final String FIG_PREFIX = "fig:";
    public static final String TBL_PREFIX = "tbl:";

    /** A caption block. */
    public static Block.Div caption(List<Inline> inlines, SourcePos pos) {
        return new Block.Div(Attr.classes(CAPTION), List.of(new Block.Plain(inlines, pos)), pos);
    }

    /** The kind ({@value #FIGURE} or {@value #TABLE}) of a block, or empty. */
    public static Optional<String> kind(Block b) {
        if (!(b instanceof Block.Div d)) return Optional.empty();
        if (d.attr().hasClass(FIGURE)) return Optional.of(FIGURE);
        if (d.attr().hasClass(TABLE)) return Optional.of(TABLE);
        return Optional.empty();
    }

    /** The caption block of a figure or captioned table. */
    public static Optional<Block.Div> captionOf(Block.Div d) {
        for (Block b : d.blocks()) if (b instanceof Block.Div c && c.attr().hasClass(CAPTION)) return Optional.of(c);
        return Optional.empty();
    }
}
