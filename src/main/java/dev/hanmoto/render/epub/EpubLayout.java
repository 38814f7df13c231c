package dev.hanmoto.render.epub;

import dev.hanmoto.theme.EpubTheme;

/**
 * Where the files of an EPUB go. All names but {@link #root} are relative to the folder of the
 * package document, which is where manifest {@code href}s start.
 *
 * @param root       folder of the package document inside the zip, with a trailing slash
 * @param opf        package document file name
 * @param nav        navigation document
 * @param ncx        NCX (EPUB 2 table of contents)
 * @param text       folder of the content documents
 * @param style      folder of stylesheets
 * @param image      folder of images
 * @param font       folder of embedded fonts
 * @param chapter    file name prefix of chapter documents
 * @param cover      cover page document
 * @param ebpaj      whether this is the 電書協 layout (adds its guide-version metadata)
 */
record EpubLayout(String root, String opf, String nav, String ncx, String text, String style, String image,
                  String font, String chapter, String cover, boolean ebpaj) {

    /** Hanmoto's own layout: {@code OEBPS/package.opf}, {@code OEBPS/text/ch-001.xhtml}, … */
    static final EpubLayout DEFAULT = new EpubLayout("OEBPS/", "package.opf", "nav.xhtml", "toc.ncx", "text/",
            "style/", "image/", "font/", "ch-", "text/cover.xhtml", false);

    /**
     * 電書協 EPUB 3 制作ガイド ver.1.1.3 §2: {@code item/standard.opf}, {@code item/navigation-documents.xhtml},
     * {@code item/xhtml/p-*.xhtml}, {@code item/style/}, {@code item/image/}.
     */
    static final EpubLayout EBPAJ = new EpubLayout("item/", "standard.opf", "navigation-documents.xhtml", "toc.ncx",
            "xhtml/", "style/", "image/", "font/", "p-", "xhtml/p-cover.xhtml", true);

    /** Version of the 電書協 guide whose layout {@link #EBPAJ} follows. */
    static final String EBPAJ_GUIDE_VERSION = "1.1.3";

    static EpubLayout of(EpubTheme.Layout layout) {
        return switch (layout) {
            case DEFAULT -> DEFAULT;
            case EBPAJ -> EBPAJ;
        };
    }

    /** The path of a package-relative file inside the zip. */
    String inZip(String href) {
        return root + href;
    }

    /** An href from one package-relative file to another (both without {@code ..}). */
    static String relative(String from, String to) {
        String[] f = from.split("/");
        String[] t = to.split("/");
        int common = 0;
        while (common < f.length - 1 && common < t.length - 1 && f[common].equals(t[common])) common++;
        StringBuilder sb = new StringBuilder();
        for (int i = common; i < f.length - 1; i++) sb.append("../");
        for (int i = common; i < t.length; i++) {
            if (i > common) sb.append('/');
            sb.append(t[i]);
        }
        return sb.toString();
    }
}
