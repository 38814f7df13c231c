package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Unwraps a book's chapter and part divs into one list of top-level blocks: each chapter starts a file,
 * and its headings split files like any other. What the div carried (its source file, language and
 * matter, a part's TOC level) is kept with its blocks (see {@link Located}); its id stays in the book as
 * an empty anchor at the start of its first block, so links to the chapter still land. An article has no
 * such divs and comes out as it went in.
 */
final class BookFlattener {
    private final Path bookDir;

    private BookFlattener(Document doc) {
        this.bookDir = doc.source().toAbsolutePath().getParent();
    }

    /** The document's blocks, flattened; {@code lang} is the book's (checked) language. */
    static List<Located> flatten(Document doc, String lang) {
        List<Located> out = new ArrayList<>();
        new BookFlattener(doc).flatten(doc.blocks(), doc.source(), lang, Located.BODY, 0, false, out);
        return out;
    }

    private void flatten(List<Block> blocks, Path source, String lang, String matter, int shift, boolean starts,
                         List<Located> out) {
        for (Block b : blocks) {
            boolean chapter = b instanceof Block.Div d0 && d0.attr().hasClass(BookClasses.CHAPTER);
            boolean part = b instanceof Block.Div d1 && d1.attr().hasClass(BookClasses.PART);
            if (b instanceof Block.Div d && (chapter || part)) {
                String ds = d.attr().attributes().get(Document.SOURCE_ATTR);
                Path src = ds == null || ds.isBlank() || bookDir == null ? source : bookDir.resolve(ds).normalize();
                String l = d.attr().attributes().getOrDefault("lang", lang);
                if (!BookMetadata.isLanguageTag(l)) l = lang;
                String m = d.attr().hasClass(BookClasses.FRONT_MATTER) ? Located.FRONT
                        : d.attr().hasClass(BookClasses.APPENDIX) || d.attr().hasClass(BookClasses.BACK_MATTER) ? Located.BACK : matter;
                List<Block> inner = anchored(d.blocks(), d.attr().id());
                for (int i = 0; i < inner.size(); i++) {
                    Block x = inner.get(i);
                    // A part's chapters sit one level below the part title in the TOC.
                    int s = part && x instanceof Block.Div ? shift + 1 : shift;
                    flatten(List.of(x), src, l, m, s, i == 0, out);
                }
            } else {
                out.add(new Located(b, source, lang, matter, shift, starts));
            }
        }
    }

    /** The blocks with an empty element carrying {@code id} at their start, so links to it still land. */
    private static List<Block> anchored(List<Block> blocks, String id) {
        if (id.isEmpty() || !HeadingIds.usableId(id)) return blocks;
        Inline anchor = new Inline.Span(Attr.id(id), List.of());
        List<Block> out = new ArrayList<>(blocks);
        if (!out.isEmpty() && out.get(0) instanceof Block.Heading h) {
            if (h.attr().id().equals(id)) return blocks;
            List<Inline> is = new ArrayList<>();
            is.add(anchor);
            is.addAll(h.inlines());
            out.set(0, h.withInlines(is));
        } else {
            out.add(0, new Block.Plain(List.of(anchor), SourcePos.NONE));
        }
        return out;
    }
}
