package dev.hanmoto.testkit;

import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** What an EPUB 2-era reading system (epub4j: OPF spine + NCX) sees in a book. */
public record ReadBack(String title, List<String> spine, List<String> toc, List<String> tocHrefs, String coverImageHref) {

    public static ReadBack of(byte[] epub) throws IOException {
        Book book = new EpubReader().readEpub(new ByteArrayInputStream(epub));
        List<String> spine = new ArrayList<>();
        for (SpineReference r : book.getSpine().getSpineReferences()) spine.add(r.getResource().getHref());
        List<String> toc = new ArrayList<>();
        List<String> hrefs = new ArrayList<>();
        flatten(book.getTableOfContents().getTocReferences(), "", toc, hrefs);
        String cover = book.getCoverImage() == null ? null : book.getCoverImage().getHref();
        return new ReadBack(book.getTitle(), spine, toc, hrefs, cover);
    }

    /** TOC titles depth-first, each indented by two spaces per level. */
    private static void flatten(List<TOCReference> refs, String indent, List<String> out, List<String> hrefs) {
        for (TOCReference r : refs) {
            out.add(indent + r.getTitle());
            hrefs.add(r.getCompleteHref());
            flatten(r.getChildren(), indent + "  ", out, hrefs);
        }
    }
}
