package dev.hanmoto.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Traversal written once (pandoc's {@code walk}/{@code query}). Rewrites are bottom-up: children are
 * rewritten first, then the function sees the rebuilt parent. A function returns the list of nodes
 * that replace its argument (empty to delete, several to splice).
 */
public final class Walk {
    private Walk() {}

    /** Rewrites every inline, at every depth (inside notes and table cells too). */
    public static List<Block> mapInlines(List<Block> blocks, Function<Inline, List<Inline>> f) {
        return new Rewriter(b -> List.of(b), f).blocks(blocks);
    }

    /** Rewrites every block, at every depth (inside list items, quotes, divs and notes too). */
    public static List<Block> mapBlocks(List<Block> blocks, Function<Block, List<Block>> f) {
        return new Rewriter(f, i -> List.of(i)).blocks(blocks);
    }

    /** Rewrites blocks and inlines in one pass. */
    public static List<Block> map(List<Block> blocks, Function<Block, List<Block>> fb, Function<Inline, List<Inline>> fi) {
        return new Rewriter(fb, fi).blocks(blocks);
    }

    /**
     * Rewrites every inline sequence — a paragraph's or heading's inlines, a table cell's, the content
     * of an emphasis, link or span, at every depth — bottom-up: {@code f} sees each list after its
     * members were rewritten. For transforms that look at neighbours (e.g. a soft break between two
     * CJK characters).
     */
    public static List<Block> mapInlineSequences(List<Block> blocks, UnaryOperator<List<Inline>> f) {
        return new Rewriter(b -> List.of(b), i -> List.of(i), f).blocks(blocks);
    }

    /**
     * Rewrites each block's own inline list — a paragraph's, a plain block's, a heading's, each table
     * cell's — at every depth (inside lists, quotes, divs and notes too), leaving the inlines' insides
     * to {@code f}: for transforms that handle nesting themselves.
     */
    public static List<Block> mapOwnInlines(List<Block> blocks, UnaryOperator<List<Inline>> f) {
        return mapBlocks(blocks, b -> {
            if (b instanceof Block.Para p) return List.of(new Block.Para(f.apply(p.inlines()), p.pos()));
            if (b instanceof Block.Plain p) return List.of(new Block.Plain(f.apply(p.inlines()), p.pos()));
            if (b instanceof Block.Heading h) return List.of(h.withInlines(f.apply(h.inlines())));
            if (b instanceof Block.Table t) return List.of(new Block.Table(t.attr(), t.aligns(), rows(t.head(), f), rows(t.body(), f), t.pos()));
            return List.of(b);
        });
    }

    private static List<Block.Row> rows(List<Block.Row> rows, UnaryOperator<List<Inline>> f) {
        List<Block.Row> out = new ArrayList<>();
        for (Block.Row r : rows) {
            List<Block.Cell> cells = new ArrayList<>();
            for (Block.Cell c : r.cells()) cells.add(new Block.Cell(f.apply(c.inlines())));
            out.add(new Block.Row(cells));
        }
        return out;
    }

    /** Rewrites the inline lists inside one inline container (for transforms that work on sequences). */
    public static List<Inline> mapInlineList(List<Inline> inlines, Function<Inline, List<Inline>> f) {
        return new Rewriter(b -> List.of(b), f).inlines(inlines);
    }

    /** Visits every block and inline in document order (pre-order). */
    public static void forEach(List<Block> blocks, Consumer<Block> onBlock, Consumer<Inline> onInline) {
        for (Block b : blocks) visitBlock(b, onBlock, onInline);
    }

    /** Visits every inline in document order (pre-order), at every depth. */
    public static void forEachInline(List<Block> blocks, Consumer<Inline> onInline) {
        forEach(blocks, b -> {}, onInline);
    }

    /** Visits every block in document order (pre-order), at every depth. */
    public static void forEachBlock(List<Block> blocks, Consumer<Block> onBlock) {
        forEach(blocks, onBlock, i -> {});
    }

    /** The plain text of inlines: text, code and math (its TeX) as is, breaks as spaces, notes left out. */
    public static String plainText(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        appendText(inlines, sb);
        return sb.toString();
    }

    /** Children of a block that are blocks, in order. */
    public static List<Block> childBlocks(Block b) {
        return b.accept(new BlockVisitor<List<Block>>() {
            public List<Block> visitPara(Block.Para x) { return List.of(); }
            public List<Block> visitPlain(Block.Plain x) { return List.of(); }
            public List<Block> visitHeading(Block.Heading x) { return List.of(); }
            public List<Block> visitCodeBlock(Block.CodeBlock x) { return List.of(); }
            public List<Block> visitBlockQuote(Block.BlockQuote x) { return x.blocks(); }
            public List<Block> visitBulletList(Block.BulletList x) { return itemBlocks(x.items()); }
            public List<Block> visitOrderedList(Block.OrderedList x) { return itemBlocks(x.items()); }
            public List<Block> visitTable(Block.Table x) { return List.of(); }
            public List<Block> visitThematicBreak(Block.ThematicBreak x) { return List.of(); }
            public List<Block> visitDiv(Block.Div x) { return x.blocks(); }
        });
    }

    /** Inline children directly held by a block (paragraph text, heading text, table cells). */
    public static List<Inline> ownInlines(Block b) {
        return b.accept(new BlockVisitor<List<Inline>>() {
            public List<Inline> visitPara(Block.Para x) { return x.inlines(); }
            public List<Inline> visitPlain(Block.Plain x) { return x.inlines(); }
            public List<Inline> visitHeading(Block.Heading x) { return x.inlines(); }
            public List<Inline> visitCodeBlock(Block.CodeBlock x) { return List.of(); }
            public List<Inline> visitBlockQuote(Block.BlockQuote x) { return List.of(); }
            public List<Inline> visitBulletList(Block.BulletList x) { return List.of(); }
            public List<Inline> visitOrderedList(Block.OrderedList x) { return List.of(); }
            public List<Inline> visitTable(Block.Table x) {
                List<Inline> all = new ArrayList<>();
                for (Block.Row r : x.head()) for (Block.Cell c : r.cells()) all.addAll(c.inlines());
                for (Block.Row r : x.body()) for (Block.Cell c : r.cells()) all.addAll(c.inlines());
                return all;
            }
            public List<Inline> visitThematicBreak(Block.ThematicBreak x) { return List.of(); }
            public List<Inline> visitDiv(Block.Div x) { return List.of(); }
        });
    }

    /**
     * The same inline with other inline children: a container (emphasis, strong, strikeout,
     * superscript, subscript, link, span) with {@code children} as its content, an image with them as
     * its alt text; every other inline (text, code, math, breaks, notes) has no inline children and is
     * returned as it is. Attributes, targets and positions are kept: for passes that rebuild a
     * container after changing what is inside it.
     */
    public static Inline withChildren(Inline i, List<Inline> children) {
        if (i instanceof Inline.Emph) return new Inline.Emph(children);
        if (i instanceof Inline.Strong) return new Inline.Strong(children);
        if (i instanceof Inline.Strikeout) return new Inline.Strikeout(children);
        if (i instanceof Inline.Superscript) return new Inline.Superscript(children);
        if (i instanceof Inline.Subscript) return new Inline.Subscript(children);
        if (i instanceof Inline.Link x) return new Inline.Link(x.attr(), children, x.target(), x.title(), x.pos());
        if (i instanceof Inline.Image x) return new Inline.Image(x.attr(), children, x.src(), x.title(), x.pos());
        if (i instanceof Inline.Span x) return new Inline.Span(x.attr(), children);
        return i;
    }

    /**
     * True for the inlines whose children are part of the line's text: emphasis, strong, strikeout,
     * superscript, subscript, link and span (an image's alt text is not drawn, a note's blocks go to
     * the page foot).
     */
    public static boolean isContainer(Inline i) {
        return i instanceof Inline.Emph || i instanceof Inline.Strong || i instanceof Inline.Strikeout
                || i instanceof Inline.Superscript || i instanceof Inline.Subscript || i instanceof Inline.Link
                || i instanceof Inline.Span;
    }

    /** Inline children of an inline container; blocks of a note are not inlines and are left out. */
    public static List<Inline> childInlines(Inline i) {
        if (i instanceof Inline.Emph x) return x.content();
        if (i instanceof Inline.Strong x) return x.content();
        if (i instanceof Inline.Strikeout x) return x.content();
        if (i instanceof Inline.Superscript x) return x.content();
        if (i instanceof Inline.Subscript x) return x.content();
        if (i instanceof Inline.Link x) return x.content();
        if (i instanceof Inline.Image x) return x.alt();
        if (i instanceof Inline.Span x) return x.content();
        return List.of();
    }

    private static List<Block> itemBlocks(List<Block.ListItem> items) {
        List<Block> out = new ArrayList<>();
        for (Block.ListItem it : items) out.addAll(it.blocks());
        return out;
    }

    private static void visitBlock(Block b, Consumer<Block> onBlock, Consumer<Inline> onInline) {
        onBlock.accept(b);
        for (Inline i : ownInlines(b)) visitInline(i, onBlock, onInline);
        for (Block c : childBlocks(b)) visitBlock(c, onBlock, onInline);
    }

    private static void visitInline(Inline i, Consumer<Block> onBlock, Consumer<Inline> onInline) {
        onInline.accept(i);
        for (Inline c : childInlines(i)) visitInline(c, onBlock, onInline);
        if (i instanceof Inline.Note n) for (Block b : n.blocks()) visitBlock(b, onBlock, onInline);
    }

    private static void appendText(List<Inline> inlines, StringBuilder sb) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) sb.append(t.text());
            else if (i instanceof Inline.Code c) sb.append(c.text());
            else if (i instanceof Inline.Math m) sb.append(m.tex());
            else if (i instanceof Inline.Ruby r) sb.append(r.base());
            else if (i instanceof Inline.SoftBreak || i instanceof Inline.LineBreak) sb.append(' ');
            else if (!(i instanceof Inline.Note)) appendText(childInlines(i), sb);
        }
    }

    /** The bottom-up rewriter behind the {@code map*} methods. */
    private static final class Rewriter implements BlockVisitor<Block> {
        private final Function<Block, List<Block>> fb;
        private final Function<Inline, List<Inline>> fi;
        private final UnaryOperator<List<Inline>> fl;

        Rewriter(Function<Block, List<Block>> fb, Function<Inline, List<Inline>> fi) {
            this(fb, fi, l -> l);
        }

        Rewriter(Function<Block, List<Block>> fb, Function<Inline, List<Inline>> fi, UnaryOperator<List<Inline>> fl) {
            this.fb = fb;
            this.fi = fi;
            this.fl = fl;
        }

        List<Block> blocks(List<Block> in) {
            List<Block> out = new ArrayList<>(in.size());
            for (Block b : in) out.addAll(fb.apply(b.accept(this)));
            return out;
        }

        List<Inline> inlines(List<Inline> in) {
            List<Inline> out = new ArrayList<>(in.size());
            for (Inline i : in) out.addAll(fi.apply(rebuild(i)));
            return fl.apply(out);
        }

        private List<Block.ListItem> items(List<Block.ListItem> in) {
            List<Block.ListItem> out = new ArrayList<>(in.size());
            for (Block.ListItem it : in) out.add(new Block.ListItem(it.task(), blocks(it.blocks())));
            return out;
        }

        private List<Block.Row> rows(List<Block.Row> in) {
            List<Block.Row> out = new ArrayList<>(in.size());
            for (Block.Row r : in) {
                List<Block.Cell> cells = new ArrayList<>(r.cells().size());
                for (Block.Cell c : r.cells()) cells.add(new Block.Cell(inlines(c.inlines())));
                out.add(new Block.Row(cells));
            }
            return out;
        }

        private Inline rebuild(Inline i) {
            if (i instanceof Inline.Note x) return new Inline.Note(blocks(x.blocks()), x.pos());
            if (isContainer(i) || i instanceof Inline.Image) return withChildren(i, inlines(childInlines(i)));
            return i;
        }

        public Block visitPara(Block.Para b) { return new Block.Para(inlines(b.inlines()), b.pos()); }
        public Block visitPlain(Block.Plain b) { return new Block.Plain(inlines(b.inlines()), b.pos()); }
        public Block visitHeading(Block.Heading b) { return b.withInlines(inlines(b.inlines())); }
        public Block visitCodeBlock(Block.CodeBlock b) { return b; }
        public Block visitBlockQuote(Block.BlockQuote b) { return new Block.BlockQuote(blocks(b.blocks()), b.pos()); }
        public Block visitBulletList(Block.BulletList b) { return new Block.BulletList(items(b.items()), b.pos()); }
        public Block visitOrderedList(Block.OrderedList b) { return new Block.OrderedList(b.start(), items(b.items()), b.pos()); }
        public Block visitTable(Block.Table b) { return new Block.Table(b.attr(), b.aligns(), rows(b.head()), rows(b.body()), b.pos()); }
        public Block visitThematicBreak(Block.ThematicBreak b) { return b; }
        public Block visitDiv(Block.Div b) { return new Block.Div(b.attr(), blocks(b.blocks()), b.pos()); }
    }
}
