package dev.hanmoto.render.epub;

import static dev.hanmoto.render.xhtml.XhtmlWriter.escape;

import dev.hanmoto.theme.EpubTheme;

/**
 * The book's navigation: the body of the EPUB 3 navigation document (the table of contents and the
 * landmarks, EPUB 3.3 §7) and the NCX (ANSI/NISO Z39.86-2005, as OPF 2.0.1 uses it) that EPUB 2 reading
 * systems read instead.
 */
final class Navigation {
    private Navigation() {}

    /**
     * The nav document's body: the {@code toc} nav, then hidden landmarks for the cover (if any), the
     * table of contents and the start of the body matter ({@code firstBodyHref}).
     */
    static String navBody(EpubTheme.Labels labels, EpubLayout layout, Toc toc, boolean hasCover, String firstBodyHref) {
        StringBuilder sb = new StringBuilder();
        sb.append("<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>").append(escape(labels.toc())).append("</h1>\n")
          .append(toc.navList(layout.nav())).append("</nav>\n");
        sb.append("<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
        if (hasCover) {
            sb.append("  <li><a epub:type=\"cover\" href=\"").append(escape(EpubLayout.relative(layout.nav(), layout.cover())))
              .append("\">").append(escape(labels.cover())).append("</a></li>\n");
        }
        sb.append("  <li><a epub:type=\"toc\" href=\"#toc\">").append(escape(labels.toc())).append("</a></li>\n");
        sb.append("  <li><a epub:type=\"bodymatter\" href=\"").append(escape(EpubLayout.relative(layout.nav(), firstBodyHref)))
          .append("\">").append(escape(labels.start())).append("</a></li>\n");
        return sb.append("</ol>\n</nav>\n").toString();
    }

    /** The NCX of the book: its identifier, depth and title, and the TOC as nav points. */
    static String ncx(BookMetadata meta, Toc toc) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"" + escape(meta.lang()) + "\">\n"
                + "<head>\n"
                + "  <meta name=\"dtb:uid\" content=\"" + escape(meta.identifier()) + "\"/>\n"
                + "  <meta name=\"dtb:depth\" content=\"" + toc.depth() + "\"/>\n"
                + "  <meta name=\"dtb:totalPageCount\" content=\"0\"/>\n"
                + "  <meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n"
                + "</head>\n"
                + "<docTitle><text>" + escape(meta.title()) + "</text></docTitle>\n"
                + "<navMap>\n" + toc.navPoints() + "</navMap>\n</ncx>\n";
    }
}
