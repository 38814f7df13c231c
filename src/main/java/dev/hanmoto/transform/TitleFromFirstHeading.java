package dev.hanmoto.transform;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.ast.Walk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Titles an article by its first heading when its front matter gives no title, as GitHub, Zenn and
 * Qiita show a README or an article headed by {@code # タイトル}: if the first heading of the document
 * is a level-1 one, its plain text (attributes and footnotes are not text) becomes the {@code title}
 * metadata, which the PDF's title page, running heads and metadata, the EPUB's metadata and the card
 * use. The heading is marked {@link BookClasses#DOCUMENT_TITLE}, so that an output printing the
 * title on a page of its own leaves it out of the body; so is a first level-1 heading whose text is
 * the front-matter title. Articles only: a book's chapters are titled by the book loader.
 */
public final class TitleFromFirstHeading implements Transform {
    @Override
    public Document apply(Document d) {
        Optional<String> title = d.meta().title();
        List<Block> blocks = new ArrayList<>(d.blocks());
        for (int k = 0; k < blocks.size(); k++) {
            if (!(blocks.get(k) instanceof Block.Heading h)) continue;
            if (h.level() != 1) return d;
            String text = Walk.plainText(h.inlines()).strip().replaceAll("\\s+", " ");
            if (text.isEmpty() || title.isPresent() && !title.get().equals(text)) return d;
            blocks.set(k, h.withAttr(h.attr().withClass(BookClasses.DOCUMENT_TITLE)));
            Meta meta = title.isPresent() ? d.meta() : d.meta().with(Meta.TITLE, new MetaValue.Str(text));
            return new Document(meta, blocks, d.source());
        }
        return d;
    }
}
