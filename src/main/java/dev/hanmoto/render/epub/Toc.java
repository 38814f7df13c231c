package dev.hanmoto.render.epub;

import static dev.hanmoto.render.xhtml.XhtmlWriter.escape;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Walk;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents as a tree, and its two serialisations: the EPUB 3 navigation document's
 * {@code <nav epub:type="toc">} and the NCX {@code navMap} read by EPUB 2 reading systems.
 */
final class Toc {
    /** One entry: heading level, label and package-relative href; children are deeper headings. */
    static final class Entry {
        final int level;
        final String label;
        final String href;
        final List<Entry> children = new ArrayList<>();

        Entry(int level, String label, String href) {
            this.level = level;
            this.label = label;
            this.href = href;
        }
    }

    private final List<Entry> roots = new ArrayList<>();
    private final List<Entry> stack = new ArrayList<>();

    /**
     * Adds a heading in document order. An entry nests under the nearest earlier entry of a smaller
     * level, so skipped levels and an h2 before the first h1 still give a valid tree.
     */
    void add(int level, String label, String href) {
        Entry e = new Entry(level, label, href);
        while (!stack.isEmpty() && stack.get(stack.size() - 1).level >= level) stack.remove(stack.size() - 1);
        if (stack.isEmpty()) roots.add(e);
        else stack.get(stack.size() - 1).children.add(e);
        stack.add(e);
    }

    /**
     * Adds the headings of a chapter file down to level {@code depth}, including those inside divs
     * (raw-HTML containers left open by the source, admonitions), but not those quoted or in lists;
     * {@code shift} levels deeper (a part's chapters sit below the part title). A heading of class
     * {@link BookClasses#UNLISTED} (pandoc's {@code .unlisted}) is left out.
     */
    void addHeadings(List<Block> blocks, int depth, int shift, String href) {
        for (Block b : blocks) {
            if (b instanceof Block.Heading h && h.level() <= depth && !h.attr().hasClass(BookClasses.UNLISTED)) {
                String label = Walk.plainText(h.inlines()).strip();
                if (!label.isEmpty()) add(h.level() + shift, label, href + "#" + h.attr().id());
            } else if (b instanceof Block.Div d) {
                addHeadings(d.blocks(), depth, shift, href);
            }
        }
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    List<Entry> roots() {
        return List.copyOf(roots);
    }

    int depth() {
        return depth(roots);
    }

    private static int depth(List<Entry> es) {
        int d = 0;
        for (Entry e : es) d = Math.max(d, 1 + depth(e.children));
        return d;
    }

    /** The nested {@code <ol>} of a nav element, hrefs made relative to {@code fromHref}. */
    String navList(String fromHref) {
        StringBuilder sb = new StringBuilder();
        navList(sb, roots, fromHref, 0);
        return sb.toString();
    }

    private static void navList(StringBuilder sb, List<Entry> es, String from, int indent) {
        String pad = "  ".repeat(indent);
        sb.append(pad).append("<ol>\n");
        for (Entry e : es) {
            sb.append(pad).append("  <li><a href=\"").append(escape(EpubLayout.relative(from, e.href))).append("\">")
              .append(escape(e.label)).append("</a>");
            if (!e.children.isEmpty()) {
                sb.append('\n');
                navList(sb, e.children, from, indent + 2);
                sb.append(pad).append("  ");
            }
            sb.append("</li>\n");
        }
        sb.append(pad).append("</ol>\n");
    }

    /** The NCX {@code navPoint}s, play order in document order. */
    String navPoints() {
        StringBuilder sb = new StringBuilder();
        navPoints(sb, roots, new int[] {0}, 1);
        return sb.toString();
    }

    private static void navPoints(StringBuilder sb, List<Entry> es, int[] order, int indent) {
        String pad = "  ".repeat(indent);
        for (Entry e : es) {
            int n = ++order[0];
            sb.append(pad).append("<navPoint id=\"np-").append(n).append("\" playOrder=\"").append(n).append("\">\n")
              .append(pad).append("  <navLabel><text>").append(escape(e.label)).append("</text></navLabel>\n")
              .append(pad).append("  <content src=\"").append(escape(e.href)).append("\"/>\n");
            navPoints(sb, e.children, order, indent + 1);
            sb.append(pad).append("</navPoint>\n");
        }
    }
}
