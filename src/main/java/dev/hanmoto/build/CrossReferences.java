package dev.hanmoto.build;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Figures;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.text.Labels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers figures and captioned tables ({@link Figures}) in document order, across a book's chapters
 * (図1, 図2 …; 表1 …; "Figure 1" in English), and turns pandoc-crossref references in the text,
 * {@code @fig:label} and {@code @tbl:label}, into links to them reading the number ("図1"). The PDF
 * adds the page ({@code PageReferencePass}); the EPUB's chapter links take the reader across files.
 * A reference to no figure or table is a located warning, its text kept.
 *
 * <p>Runs once the whole document is assembled, so a reference may point into another chapter.
 */
final class CrossReferences {
    /**
     * {@code @fig:label}, {@code @tbl:label}: the label in ASCII letters, digits and {@code - _ . :}
     * (so that Japanese running on, 「@fig:flowに」, is not part of it), ending in a letter, digit or
     * {@code _}; not inside an e-mail address (an ASCII letter, digit or {@code . _ + -} before).
     */
    static final Pattern REFERENCE = Pattern.compile("(?<![A-Za-z0-9_.+@-])@((?:fig|tbl):[A-Za-z0-9_.:-]*[A-Za-z0-9_])");

    Document apply(Document doc, Diagnostics diags) {
        String lang = doc.meta().lang();
        Map<String, String> numbers = new HashMap<>();
        int[] count = new int[2];
        List<Block> numbered = Walk.mapBlocks(doc.blocks(), b -> {
            var kind = Figures.kind(b);
            if (kind.isEmpty()) return List.of(b);
            Block.Div d = (Block.Div) b;
            if (Figures.captionOf(d).isEmpty()) return List.of(b);
            boolean figure = kind.get().equals(Figures.FIGURE);
            String label = Labels.numbered(figure ? "figure" : "table", ++count[figure ? 0 : 1], lang);
            if (!d.attr().id().isEmpty()) numbers.put(d.attr().id(), label);
            return List.of(withNumber(d, label));
        });
        List<Block> linked = Walk.mapInlines(numbered, i -> i instanceof Inline.Text t ? references(t, numbers, doc, diags) : List.of(i));
        return doc.withBlocks(linked);
    }

    private static Block.Div withNumber(Block.Div d, String label) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : d.blocks()) {
            if (b instanceof Block.Div c && c.attr().hasClass(Figures.CAPTION) && c.blocks().size() == 1
                    && c.blocks().get(0) instanceof Block.Plain p) {
                List<Inline> in = new ArrayList<>();
                in.add(new Inline.Span(Attr.classes(Figures.NUMBER), List.of(new Inline.Text(label, p.pos()))));
                in.add(new Inline.Text(" ", p.pos()));
                in.addAll(p.inlines());
                blocks.add(new Block.Div(c.attr(), List.of(new Block.Plain(in, p.pos())), c.pos()));
            } else {
                blocks.add(b);
            }
        }
        return new Block.Div(d.attr(), blocks, d.pos());
    }

    private static List<Inline> references(Inline.Text t, Map<String, String> numbers, Document doc, Diagnostics diags) {
        Matcher m = REFERENCE.matcher(t.text());
        List<Inline> out = new ArrayList<>();
        int at = 0;
        while (m.find()) {
            String id = m.group(1);
            String label = numbers.get(id);
            SourcePos p = t.pos().plusColumns(m.start());
            if (label == null) {
                diags.report(Diagnostic.warning("xref-unresolved", "@" + id + " refers to no "
                        + (id.startsWith(Figures.FIG_PREFIX) ? "figure" : "table") + " with the id {#" + id
                        + "}; kept as text", p.fileOr(doc.source()), p.line(), p.col()));
                continue;
            }
            if (m.start() > at) out.add(new Inline.Text(t.text().substring(at, m.start()), t.pos().plusColumns(at)));
            Inline.Link link = new Inline.Link(Attr.EMPTY, List.of(new Inline.Text(label, p)), "#" + id, "", p);
            out.add(new Inline.Span(new Attr("", List.of(Figures.XREF), Map.of("data-ref", id)), List.of(link)));
            at = m.end();
        }
        if (at == 0) return List.of(t);
        if (at < t.text().length()) out.add(new Inline.Text(t.text().substring(at), t.pos().plusColumns(at)));
        return out;
    }
}
