package dev.hanmoto.render.pdf;

import dev.hanmoto.theme.PageSize;
import dev.hanmoto.theme.PdfTheme;

/**
 * The page box from the theme's {@code pdf.page}, written as CSS Paged Media {@code @page} rules that
 * precede the theme stylesheet (which styles margin boxes, footnotes and the rest). Named sizes are the
 * theme's {@link PageSize}s (ISO 216 A sizes, JIS P 0138 B sizes: B5 = 182×257 mm, not ISO B; Letter).
 * Inner/outer margins mirror: on a right (recto) page the inner margin is on the left.
 */
record PageGeometry(String width, String height, PdfTheme.Margin margin) {
    /** Defaults when the theme leaves a margin out, in the spirit of an A5 handbook. */
    private static final PdfTheme.Margin DEFAULT_MARGIN = new PdfTheme.Margin("18mm", "20mm", "20mm", "14mm");

    static PageGeometry of(PdfTheme.Page page) {
        if (page == null) return new PageGeometry("148mm", "210mm", DEFAULT_MARGIN);
        String w;
        String h;
        if (page.width() != null && page.height() != null) {
            w = page.width();
            h = page.height();
        } else {
            // The theme validated the name; the size table is the theme package's (one list of names).
            String[] wh = PageSize.find(page.size() == null ? "A5" : page.size())
                    .orElseThrow(() -> new IllegalArgumentException("unknown page size " + page.size())).css().split(" ");
            w = wh[0];
            h = wh[1];
        }
        PdfTheme.Margin m = page.margin() == null ? DEFAULT_MARGIN : page.margin();
        m = new PdfTheme.Margin(or(m.top(), DEFAULT_MARGIN.top()), or(m.bottom(), DEFAULT_MARGIN.bottom()),
                or(m.inner(), DEFAULT_MARGIN.inner()), or(m.outer(), DEFAULT_MARGIN.outer()));
        return new PageGeometry(w, h, m);
    }

    private static String or(String v, String fallback) {
        return v == null || v.isBlank() ? fallback : v;
    }

    /** The {@code @page} rules: size and top/bottom on every page, inner/outer mirrored. */
    String css() {
        return "@page { size: " + width + " " + height + "; margin-top: " + margin.top()
                + "; margin-bottom: " + margin.bottom() + "; }\n"
                + "@page :right { margin-left: " + margin.inner() + "; margin-right: " + margin.outer() + "; }\n"
                + "@page :left { margin-left: " + margin.outer() + "; margin-right: " + margin.inner() + "; }\n";
    }
}
