package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The document's headings, in order: the source of the PDF outline (bookmarks) and of the table of
 * contents. On a copy of the tree that only this renderer sees, the heading that is the document's
 * title ({@link BookClasses#DOCUMENT_TITLE}) is left out, since the title page shows it (an empty
 * element keeps its id for links), headings without an id (when no id transform ran) get
 * {@code sec-N}, and a heading that skips levels downwards is set one level below the previous one
 * (PDF/UA needs a strict descending sequence).
 */
final class Outline {
    /** One heading: level 1–6, its element id and its plain text. */
    record Entry(int level, String id, String text) {}

    private final List<Block> blocks;
    private final List<Entry> entries;

    private Outline(List<Block> blocks, List<Entry> entries) {
        this.blocks = blocks;
        this.entries = entries;
    }

    static Outline of(List<Block> blocks) {
        blocks = Walk.mapBlocks(blocks, b -> {
            if (!(b instanceof Block.Heading h) || !h.attr().hasClass(BookClasses.DOCUMENT_TITLE)) return List.of(b);
            return h.attr().id().isEmpty() ? List.of() : List.of(new Block.Div(Attr.id(h.attr().id()), List.of(), h.pos()));
        });
        Set<String> taken = new HashSet<>();
        Walk.forEachBlock(blocks, b -> {
            if (b instanceof Block.Heading h && !h.attr().id().isEmpty()) taken.add(h.attr().id());
        });
        int[] n = {0};
        List<Block> withIds = Walk.mapBlocks(blocks, b -> {
            if (b instanceof Block.Heading h && h.attr().id().isEmpty()) {
                String id;
                do {
                    id = "sec-" + (++n[0]);
                } while (!taken.add(id));
                return List.of(h.withAttr(h.attr().withId(id)));
            }
            return List.of(b);
        });
        // PDF/UA-1 7.4.2: headings descend one level at a time, starting under the title page's H1.
        // A skipped level (H1 then H4) is set one level below the previous heading in this copy.
        int[] previous = {1};
        withIds = Walk.mapBlocks(withIds, b -> {
            if (b instanceof Block.Heading h) {
                int level = Math.min(h.level(), previous[0] + 1);
                previous[0] = level;
                if (level != h.level()) return List.of(new Block.Heading(level, h.attr(), h.inlines(), h.pos()));
            }
            return List.of(b);
        });
        List<Entry> entries = new ArrayList<>();
        Walk.forEachBlock(withIds, b -> {
            if (b instanceof Block.Heading h) {
                entries.add(new Entry(h.level(), h.attr().id(), Walk.plainText(h.inlines()).strip()));
            }
        });
        return new Outline(withIds, List.copyOf(entries));
    }

    /** The blocks with every heading carrying an id. */
    List<Block> blocks() {
        return blocks;
    }

    List<Entry> entries() {
        return entries;
    }

    /** Entries for a table of contents: headings of level {@code depth} and above (theme {@code pdf.toc.depth}). */
    List<Entry> toc(int depth) {
        return entries.stream().filter(e -> e.level() <= depth).toList();
    }

    /**
     * openhtmltopdf's {@code <bookmarks>} element for the head. Nesting follows the levels even when a
     * level is skipped or a deeper heading comes before a shallower one: a heading becomes the child of
     * the nearest earlier heading with a smaller level, else a top-level entry.
     */
    String bookmarksXml() {
        if (entries.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("<bookmarks>\n");
        Deque<Integer> open = new ArrayDeque<>();
        for (Entry e : entries) {
            while (!open.isEmpty() && open.peek() >= e.level()) {
                sb.append("</bookmark>\n");
                open.pop();
            }
            sb.append("<bookmark name=\"").append(XhtmlWriter.escape(e.text().isEmpty() ? e.id() : e.text()))
              .append("\" href=\"#").append(XhtmlWriter.escape(e.id())).append("\">");
            open.push(e.level());
        }
        while (!open.isEmpty()) {
            sb.append("</bookmark>\n");
            open.pop();
        }
        return sb.append("</bookmarks>\n").toString();
    }
}
