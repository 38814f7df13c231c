package dev.hanmoto.render.pdf;

import dev.hanmoto.theme.Length;
import dev.hanmoto.theme.PageSize;
import dev.hanmoto.theme.PdfTheme;

/**
 * The page box from the theme's {@code pdf.page}, written as CSS Paged Media {@code @page} rules that
 * precede the theme stylesheet (which styles margin boxes, footnotes and the rest). Named sizes are the
 * theme's {@link PageSize}s (ISO 216 A sizes, JIS P 0138 B sizes: B5 = 182×257 mm, not ISO B; Letter).
 * Inner/outer margins mirror: on a right (recto) page the inner margin is on the left.
 */
record PageGeometry(String width, String height, PdfTheme.Margin margin, int charsPerLine) {
    static PageGeometry of(PdfTheme.Page page) {
        // The theme binder made sure width and height come together.
        if (page.width().isPresent() && page.height().isPresent()) {
            return new PageGeometry(page.width().get().css(), page.height().get().css(), page.margin(), page.charsPerLine());
        }
        String[] wh = page.size().css().split(" ");
        return new PageGeometry(wh[0], wh[1], page.margin(), page.charsPerLine());
    }

    /**
     * Width of the text block in points: the page's width less the inner and outer margins. A margin
     * given in em is taken at {@code emPt}.
     */
    static double textWidthPt(PdfTheme.Page page, double emPt) {
        double width = page.width().isPresent() && page.height().isPresent()
                ? page.width().get().points() : page.size().widthMm() / 25.4 * 72;
        return width - points(page.margin().inner(), emPt) - points(page.margin().outer(), emPt);
    }

    private static double points(Length l, double emPt) {
        return l.unit() == Length.Unit.EM ? l.value().doubleValue() * emPt : l.points();
    }

    /**
     * The {@code @page} rules: size and top/bottom on every page, inner/outer mirrored; with
     * {@code chars-per-line}, the body that many of its ems wide (JLREQ 2.4.2: the line length of
     * the text block is a whole number of characters), centred in what the margins leave.
     * {@code html > body} outweighs a theme's plain {@code body} rule; never wider than the margins
     * leave (a larger body size than the count was made for).
     */
    String css() {
        String measure = charsPerLine == 0 ? ""
                : "html > body { width: " + charsPerLine + "em; max-width: 100%; margin-left: auto; margin-right: auto; }\n";
        return measure + "@page { size: " + width + " " + height + "; margin-top: " + margin.top().css()
                + "; margin-bottom: " + margin.bottom().css() + "; }\n"
                + "@page :right { margin-left: " + margin.inner().css() + "; margin-right: " + margin.outer().css() + "; }\n"
                + "@page :left { margin-left: " + margin.outer().css() + "; margin-right: " + margin.inner().css() + "; }\n";
    }
}
