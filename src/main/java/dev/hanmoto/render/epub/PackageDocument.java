package dev.hanmoto.render.epub;

import static dev.hanmoto.render.xhtml.XhtmlWriter.escape;

import java.util.List;

/** Writes the package document (EPUB 3.3 §5, OPF version 3.0) of one book. */
final class PackageDocument {
    /** Apple's vocabulary for Apple Books package metadata. */
    static final String IBOOKS = "http://vocabulary.itunes.apple.com/rdf/ibooks/vocabulary-extensions-1.0/";

    /** The {@code dcterms:conformsTo} value of EPUB Accessibility 1.1 §2.1 for WCAG 2.1 AA. */
    static final String A11Y_CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

    /** One manifest entry; {@code properties} may be null. */
    record Item(String id, String href, String mediaType, String properties) {}

    private PackageDocument() {}

    /**
     * @param manifest  every file of the publication but the OPF, container and mimetype
     * @param spine     manifest ids in reading order
     * @param vertical  right-to-left page progression (縦書き)
     * @param hasCover  whether a {@code cover-image} item exists (adds the EPUB 2 cover meta)
     * @param hasImages whether the content has images (visual access mode, alternative text)
     * @param embeddedFonts whether the book carries its own fonts
     */
    static String write(BookMetadata m, EpubLayout layout, List<Item> manifest, List<String> spine,
                        boolean vertical, boolean hasCover, boolean hasImages, boolean embeddedFonts, String a11ySummary) {
        String uid = layout.ebpaj() ? "unique-id" : "bookid";
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"").append(uid)
          .append("\" xml:lang=\"").append(escape(m.lang())).append('"');
        List<String> prefixes = new java.util.ArrayList<>();
        if (layout.ebpaj()) prefixes.add("ebpaj: http://www.ebpaj.jp/");
        if (embeddedFonts) prefixes.add("ibooks: " + IBOOKS);
        if (!prefixes.isEmpty()) sb.append(" prefix=\"").append(String.join(" ", prefixes)).append('"');
        sb.append(">\n<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        sb.append("  <dc:identifier id=\"").append(uid).append("\">").append(escape(m.identifier())).append("</dc:identifier>\n");
        sb.append("  <dc:title id=\"title\">").append(escape(m.title())).append("</dc:title>\n");
        sb.append("  <dc:language>").append(escape(m.lang())).append("</dc:language>\n");
        int n = 0;
        for (BookMetadata.Creator c : m.creators()) {
            String id = String.format(java.util.Locale.ROOT, "creator%02d", ++n);
            sb.append("  <dc:creator id=\"").append(id).append("\">").append(escape(c.name())).append("</dc:creator>\n");
            sb.append("  <meta refines=\"#").append(id).append("\" property=\"role\" scheme=\"marc:relators\">")
              .append(escape(c.role())).append("</meta>\n");
            c.fileAs().ifPresent(f -> sb.append("  <meta refines=\"#").append(id).append("\" property=\"file-as\">")
                    .append(escape(f)).append("</meta>\n"));
            sb.append("  <meta refines=\"#").append(id).append("\" property=\"display-seq\">").append(n).append("</meta>\n");
        }
        m.publisher().ifPresent(p -> sb.append("  <dc:publisher>").append(escape(p)).append("</dc:publisher>\n"));
        m.date().ifPresent(d -> sb.append("  <dc:date>").append(escape(d)).append("</dc:date>\n"));
        m.description().ifPresent(d -> sb.append("  <dc:description>").append(escape(d)).append("</dc:description>\n"));
        for (String s : m.subjects()) sb.append("  <dc:subject>").append(escape(s)).append("</dc:subject>\n");
        sb.append("  <meta property=\"dcterms:modified\">").append(m.modified()).append("</meta>\n");

        // Accessibility (EPUB Accessibility 1.1 §2, schema.org properties; reserved prefixes).
        sb.append("  <meta property=\"schema:accessMode\">textual</meta>\n");
        if (hasImages || hasCover) sb.append("  <meta property=\"schema:accessMode\">visual</meta>\n");
        sb.append("  <meta property=\"schema:accessModeSufficient\">textual</meta>\n");
        for (String f : hasImages ? List.of("structuralNavigation", "tableOfContents", "readingOrder", "alternativeText", "displayTransformability")
                                  : List.of("structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability")) {
            sb.append("  <meta property=\"schema:accessibilityFeature\">").append(f).append("</meta>\n");
        }
        sb.append("  <meta property=\"schema:accessibilityHazard\">none</meta>\n");
        sb.append("  <meta property=\"schema:accessibilitySummary\">").append(escape(a11ySummary)).append("</meta>\n");
        sb.append("  <meta property=\"dcterms:conformsTo\" id=\"conformance\">").append(A11Y_CONFORMANCE).append("</meta>\n");
        sb.append("  <meta property=\"a11y:certifiedBy\" refines=\"#conformance\">")
          .append(escape(m.publisher().orElse("Hanmoto"))).append("</meta>\n");

        if (layout.ebpaj()) {
            sb.append("  <meta property=\"ebpaj:guide-version\">").append(EpubLayout.EBPAJ_GUIDE_VERSION).append("</meta>\n");
        }
        sb.append("  <meta property=\"rendition:layout\">reflowable</meta>\n");
        // Apple Books uses a book's own fonts only when the package asks for them.
        if (embeddedFonts) sb.append("  <meta property=\"ibooks:specified-fonts\">true</meta>\n");
        // EPUB 2 reading systems (and Kindle) find the cover through this legacy meta.
        if (hasCover) sb.append("  <meta name=\"cover\" content=\"cover-image\"/>\n");
        if (vertical) sb.append("  <meta name=\"primary-writing-mode\" content=\"vertical-rl\"/>\n");
        sb.append("</metadata>\n<manifest>\n");
        for (Item it : manifest) {
            sb.append("  <item id=\"").append(escape(it.id())).append("\" href=\"").append(escape(it.href()))
              .append("\" media-type=\"").append(it.mediaType()).append('"');
            if (it.properties() != null) sb.append(" properties=\"").append(it.properties()).append('"');
            sb.append("/>\n");
        }
        sb.append("</manifest>\n<spine toc=\"ncx\"");
        if (vertical) sb.append(" page-progression-direction=\"rtl\"");
        sb.append(">\n");
        for (String id : spine) sb.append("  <itemref idref=\"").append(id).append("\"/>\n");
        return sb.append("</spine>\n</package>\n").toString();
    }
}
