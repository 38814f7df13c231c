package dev.hanmoto.ast;

import java.util.List;
import java.util.Objects;

/** Block-level nodes. Every block knows where it came from ({@link SourcePos#NONE} if synthesised). */
public sealed interface Block {
    SourcePos pos();

    <R> R accept(BlockVisitor<R> v);

    /** The id in a block's attributes (heading, div, table, code block); "" when it has none or no attributes. */
    static String idOf(Block b) {
        if (b instanceof Heading h) return h.attr().id();
        if (b instanceof Div d) return d.attr().id();
        if (b instanceof Table t) return t.attr().id();
        if (b instanceof CodeBlock c) return c.attr().id();
        return "";
    }

    /** A paragraph. */
    record Para(List<Inline> inlines, SourcePos pos) implements Block {
        public Para { inlines = List.copyOf(inlines); Objects.requireNonNull(pos); }
        public <R> R accept(BlockVisitor<R> v) { return v.visitPara(this); }
    }

    /** Inline content without a paragraph around it (tight list items, table-like contexts). */
    record Plain(List<Inline> inlines, SourcePos pos) implements Block {
        public Plain { inlines = List.copyOf(inlines); Objects.requireNonNull(pos); }
        public <R> R accept(BlockVisitor<R> v) { return v.visitPlain(this); }
    }

    /** A heading, level 1–6; the id lives in {@code attr} once {@code AssignHeadingIds} ran. */
    record Heading(int level, Attr attr, List<Inline> inlines, SourcePos pos) implements Block {
        public Heading {
            if (level < 1 || level > 6) throw new IllegalArgumentException("heading level " + level);
            Objects.requireNonNull(attr);
            inlines = List.copyOf(inlines);
            Objects.requireNonNull(pos);
        }
        public <R> R accept(BlockVisitor<R> v) { return v.visitHeading(this); }
        public Heading withAttr(Attr a) { return new Heading(level, a, inlines, pos); }
        public Heading withInlines(List<Inline> is) { return new Heading(level, attr, is, pos); }
    }

    /** Literal code; the info-string language, if any, is the first class. */
    record CodeBlock(Attr attr, String text, SourcePos pos) implements Block {
        public CodeBlock { Objects.requireNonNull(attr); Objects.requireNonNull(text); Objects.requireNonNull(pos); }
        public <R> R accept(BlockVisitor<R> v) { return v.visitCodeBlock(this); }
    }

    /** A block quotation. */
    record BlockQuote(List<Block> blocks, SourcePos pos) implements Block {
        public BlockQuote { blocks = List.copyOf(blocks); Objects.requireNonNull(pos); }
        public <R> R accept(BlockVisitor<R> v) { return v.visitBlockQuote(this); }
    }

    /** A bullet list; each item is a list of blocks. */
    record BulletList(List<ListItem> items, SourcePos pos) implements Block {
        public BulletList { items = List.copyOf(items); Objects.requireNonNull(pos); }
        public <R> R accept(BlockVisitor<R> v) { return v.visitBulletList(this); }
    }

    /** An ordered list starting at {@code start}. */
    record OrderedList(int start, List<ListItem> items, SourcePos pos) implements Block {
        public OrderedList { items = List.copyOf(items); Objects.requireNonNull(pos); }
        public <R> R accept(BlockVisitor<R> v) { return v.visitOrderedList(this); }
    }

    /** One list item; {@code task} is null for a plain item, else whether its box is checked. */
    record ListItem(Boolean task, List<Block> blocks) {
        public ListItem { blocks = List.copyOf(blocks); }
    }

    /** A table: column alignments, header rows, body rows. Every row has {@code aligns.size()} cells. */
    record Table(Attr attr, List<Align> aligns, List<Row> head, List<Row> body, SourcePos pos) implements Block {
        public Table {
            Objects.requireNonNull(attr);
            aligns = List.copyOf(aligns);
            head = List.copyOf(head);
            body = List.copyOf(body);
            Objects.requireNonNull(pos);
        }
        public <R> R accept(BlockVisitor<R> v) { return v.visitTable(this); }
    }

    /** Column alignment; {@code DEFAULT} leaves it to the stylesheet. */
    enum Align { DEFAULT, LEFT, CENTER, RIGHT }

    /** A table row. */
    record Row(List<Cell> cells) {
        public Row { cells = List.copyOf(cells); }
    }

    /** A table cell holding inline content. */
    record Cell(List<Inline> inlines) {
        public Cell { inlines = List.copyOf(inlines); }
    }

    /** A thematic break ({@code ---}). */
    record ThematicBreak(SourcePos pos) implements Block {
        public ThematicBreak { Objects.requireNonNull(pos); }
        public <R> R accept(BlockVisitor<R> v) { return v.visitThematicBreak(this); }
    }

    /** A generic container: chapters, parts, sanitised raw HTML blocks, admonitions. */
    record Div(Attr attr, List<Block> blocks, SourcePos pos) implements Block {
        public Div { Objects.requireNonNull(attr); blocks = List.copyOf(blocks); Objects.requireNonNull(pos); }
        public <R> R accept(BlockVisitor<R> v) { return v.visitDiv(this); }
    }
}
