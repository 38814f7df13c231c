package dev.hanmoto.source;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Figures;
import dev.hanmoto.ast.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Figures and table captions, as pandoc reads them, over the blocks of one container:
 * <ul>
 *   <li>a paragraph holding only an image with alt text is a figure captioned by the alt text;
 *       an attribute block right after the image ({@code ![猫](cat.png){#fig:cat}}) gives the figure
 *       its id and classes;</li>
 *   <li>a paragraph starting {@code Table: } or {@code : } next to a table (a blank line between) is
 *       that table's caption, the one before it if it has none yet, else the one after; an attribute
 *       block at its end ({@code {#tbl:sales}}) gives the table its id.</li>
 * </ul>
 */
final class FigureReader {
    private FigureReader() {}

    static List<Block> apply(List<Block> blocks) {
        List<Block> out = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Optional<Block.Div> figure = figure(b);
            if (figure.isPresent()) {
                out.add(figure.get());
                continue;
            }
            Optional<Caption> caption = b instanceof Block.Para p ? caption(p) : Optional.empty();
            if (caption.isPresent()) {
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Block.Table t) {
                    out.set(out.size() - 1, captioned(t, caption.get()));
                    continue;
                }
                if (i + 1 < blocks.size() && blocks.get(i + 1) instanceof Block.Table t) {
                    out.add(captioned(t, caption.get()));
                    i++;
                    continue;
                }
            }
            out.add(b);
        }
        return out;
    }

    private record Caption(Attr attr, List<Inline> inlines, Block.Para para) {}

    private static Block.Div captioned(Block.Table t, Caption c) {
        List<String> classes = new ArrayList<>(List.of(Figures.TABLE));
        classes.addAll(c.attr().classes());
        return new Block.Div(new Attr(c.attr().id(), classes, c.attr().attributes()),
                List.of(Figures.caption(c.inlines(), c.para().pos()), t), t.pos());
    }

    private static Optional<Block.Div> figure(Block b) {
        if (!(b instanceof Block.Para p)) return Optional.empty();
        List<Inline> in = p.inlines();
        if (in.isEmpty() || !(in.get(0) instanceof Inline.Image img) || img.alt().isEmpty()) return Optional.empty();
        Attr attr = Attr.id(img.attr().id());
        if (in.size() == 2) {
            if (!(in.get(1) instanceof Inline.Text t)) return Optional.empty();
            Optional<Attr> a = wholeBlock(t.text().strip());
            if (t.text().isBlank()) a = Optional.of(Attr.EMPTY);
            if (a.isEmpty()) return Optional.empty();
            attr = merge(attr, a.get());
        } else if (in.size() > 2) {
            return Optional.empty();
        }
        List<String> classes = new ArrayList<>(List.of(Figures.FIGURE));
        classes.addAll(attr.classes());
        Inline.Image bare = new Inline.Image(img.attr().withId(""), img.alt(), img.src(), img.title(), img.pos());
        return Optional.of(new Block.Div(new Attr(attr.id(), classes, attr.attributes()),
                List.of(new Block.Plain(List.of(bare), p.pos()), Figures.caption(img.alt(), p.pos())), p.pos()));
    }

    private static Attr merge(Attr a, Attr b) {
        Attr out = a.id().isEmpty() ? a.withId(b.id()) : a;
        for (String c : b.classes()) out = out.withClass(c);
        for (var e : b.attributes().entrySet()) out = out.withAttribute(e.getKey(), e.getValue());
        return out;
    }

    private static Optional<Caption> caption(Block.Para p) {
        List<Inline> in = new ArrayList<>(p.inlines());
        if (in.isEmpty() || !(in.get(0) instanceof Inline.Text first)) return Optional.empty();
        String s = first.text();
        int cut = s.startsWith("Table: ") ? 7 : s.startsWith(": ") ? 2 : -1;
        if (cut < 0) return Optional.empty();
        String rest = s.substring(cut).stripLeading();
        int lead = s.length() - rest.length();
        if (rest.isEmpty()) in.remove(0);
        else in.set(0, new Inline.Text(rest, first.pos().plusColumns(lead)));
        Attr attr = Attr.EMPTY;
        if (!in.isEmpty() && in.get(in.size() - 1) instanceof Inline.Text last) {
            String t = last.text().stripTrailing();
            int open = t.lastIndexOf('{');
            if (open >= 0) {
                Optional<Attr> a = wholeBlock(t.substring(open));
                if (a.isPresent()) {
                    attr = a.get();
                    String before = t.substring(0, open).stripTrailing();
                    if (before.isEmpty()) in.remove(in.size() - 1);
                    else in.set(in.size() - 1, new Inline.Text(before, last.pos()));
                }
            }
        }
        if (in.isEmpty()) return Optional.empty();
        return Optional.of(new Caption(attr, in, p));
    }

    /** {@code s} as one whole attribute block, or empty. */
    private static Optional<Attr> wholeBlock(String s) {
        if (!s.startsWith("{")) return Optional.empty();
        AttributeBlock.Result r = AttributeBlock.parse(s, 0);
        if (r.parsed().isEmpty() || r.parsed().get().end() != s.length()) return Optional.empty();
        return Optional.of(r.parsed().get().attr());
    }
}
