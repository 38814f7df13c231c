package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits the flattened book into chapter files: at headings of level ≤ {@code epub.split-level} and
 * where a book chapter starts; content before the first such heading is a file of its own. A file
 * longer than {@code epub.max-file-kb} is split again between top-level blocks (some reading systems
 * fail on content documents above 256 KB), never leaving a heading alone at the end of a file.
 */
final class ChapterSplitter {
    /** Bytes kept free in each file for the head, the template around the body and the footnotes. */
    private static final int PAGE_OVERHEAD = 4096;

    private final EpubLayout layout;
    private final int splitLevel;
    private final long budget;
    private final XhtmlOptions probe = XhtmlOptions.of(XhtmlOptions.FootnoteStyle.EPUB_ASIDE);

    ChapterSplitter(EpubLayout layout, int splitLevel, int maxFileKb) {
        this.layout = layout;
        this.splitLevel = splitLevel;
        this.budget = maxFileKb * 1024L - PAGE_OVERHEAD;
    }

    /**
     * The chapter files, named in order ({@code text/ch-001.xhtml}, …). A file's title is its first
     * non-blank heading, else the previous file's title, else {@code bookTitle}; a file without blocks
     * (an empty book) has the book's language and is body matter.
     */
    List<Chapter> split(List<Located> blocks, String bookTitle, String lang) {
        List<Chapter> out = new ArrayList<>();
        String lastTitle = bookTitle;
        for (List<Located> part : bySize(atHeadings(blocks))) {
            String title = lastTitle;
            for (Located l : part) {
                if (l.block() instanceof Block.Heading h && !Walk.plainText(h.inlines()).isBlank()) {
                    title = Walk.plainText(h.inlines()).strip();
                    break;
                }
            }
            lastTitle = title;
            String href = layout.text() + layout.chapter() + String.format(Locale.ROOT, "%03d.xhtml", out.size() + 1);
            String chLang = part.isEmpty() ? lang : part.get(0).lang();
            String matter = part.isEmpty() ? Located.BODY : part.get(0).matter();
            out.add(new Chapter(href, title, part, chLang, matter));
        }
        return out;
    }

    private List<List<Located>> atHeadings(List<Located> blocks) {
        List<List<Located>> parts = new ArrayList<>();
        List<Located> current = new ArrayList<>();
        for (Located l : blocks) {
            boolean heading = l.block() instanceof Block.Heading h && h.level() <= splitLevel;
            if ((heading || l.starts()) && !current.isEmpty()) {
                parts.add(current);
                current = new ArrayList<>();
            }
            current.add(l);
        }
        if (!current.isEmpty() || parts.isEmpty()) parts.add(current);
        return parts;
    }

    private List<List<Located>> bySize(List<List<Located>> parts) {
        List<List<Located>> sized = new ArrayList<>();
        for (List<Located> part : parts) {
            List<Located> chunk = new ArrayList<>();
            long size = 0;
            for (Located l : part) {
                long s = probeSize(l.block());
                if (!chunk.isEmpty() && size + s > budget) {
                    // A heading stays with what follows it, never alone at the end of a file.
                    List<Located> carried = new ArrayList<>();
                    while (!chunk.isEmpty() && chunk.get(chunk.size() - 1).block() instanceof Block.Heading) {
                        carried.add(0, chunk.remove(chunk.size() - 1));
                    }
                    if (!chunk.isEmpty()) sized.add(chunk);
                    chunk = carried;
                    size = 0;
                    for (Located c : carried) size += probeSize(c.block());
                }
                chunk.add(l);
                size += s;
            }
            sized.add(chunk);
        }
        return sized;
    }

    /** The XHTML size of one block with its footnotes, in UTF-8 bytes. */
    private long probeSize(Block b) {
        XhtmlWriter w = new XhtmlWriter(probe);
        return (w.blocks(List.of(b)) + w.footnotes()).getBytes(StandardCharsets.UTF_8).length;
    }
}
