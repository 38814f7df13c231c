package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The checks of a theme that relate several keys, run by {@link ThemeBinder} on the bound sections
 * (a section that did not bind has had its problems reported already). Each problem is reported at
 * the key that has to change, with its key path.
 */
final class ThemeChecks {
    private final ThemeNode.MapNode root;
    private final ThemeFiles files;
    private final List<String> stacks;
    private final List<Diagnostic> problems;

    ThemeChecks(ThemeNode.MapNode root, ThemeFiles files, List<String> stacks, List<Diagnostic> problems) {
        this.root = root;
        this.files = files;
        this.stacks = stacks;
        this.problems = problems;
    }

    /** Runs the checks of each section given; null means the section did not bind. */
    void check(PdfTheme pdf, PdfTheme.Page page, CardTheme card) {
        if (page != null) pageBox(page);
        if (pdf != null) pdfFonts(pdf);
        if (card != null) cardBoxes(card);
    }

    /** {@code pdf.code.style} and {@code epub.code.style} name a style of {@code code-styles}; code sizes and line heights are sane. */
    void codeStyles(ThemeDefinition def) {
        codeStyle(def, "pdf", def.pdf().code());
        codeStyle(def, "epub", def.epub().code());
    }

    private void codeStyle(ThemeDefinition def, String section, CodeTheme code) {
        if (!def.codeStyles().containsKey(code.style())) {
            report("theme-value", section + ".code.style: '" + code.style() + "' is not a code style (code-styles has "
                    + String.join(", ", def.codeStyles().keySet()) + ")", section, "code", "style");
        }
        if (code.lineHeight() < 1 || code.lineHeight() > 3) {
            report("theme-value", section + ".code.line-height: " + fmt(code.lineHeight())
                    + " is out of range (1–3, a multiple of the code's font size)", section, "code", "line-height");
        }
    }

    /** {@code pdf.page.width} and {@code height} replace {@code size} only together; one alone would be ignored. */
    private void pageBox(PdfTheme.Page page) {
        if (page.width().isPresent() != page.height().isPresent()) {
            String set = page.width().isPresent() ? "width" : "height";
            String missing = page.width().isPresent() ? "height" : "width";
            report("theme-value", "pdf.page." + set + ": set pdf.page." + missing + " as well (width and height together replace size)",
                    "pdf", "page", set);
            return;
        }
        if (page.width().filter(Length::isZero).isPresent()) {
            report("theme-value", "pdf.page.width: a page needs a width above 0", "pdf", "page", "width");
        }
        if (page.height().filter(Length::isZero).isPresent()) {
            report("theme-value", "pdf.page.height: a page needs a height above 0", "pdf", "page", "height");
        }
    }

    /** The print stylesheet must set text in a theme font: openhtmltopdf would fall back to the PDF base fonts, which have no Japanese. */
    private void pdfFonts(PdfTheme pdf) {
        Optional<String> css = files.findText(pdf.stylesheet());
        if (css.isEmpty() || !FontStacks.namedIn(stacks, css.get()).isEmpty()) return;
        report("theme-pdf-no-font", "pdf.stylesheet: " + pdf.stylesheet() + " uses none of the theme's font stacks " + stacks
                + "; text would fall back to non-embedded fonts", "pdf", "stylesheet");
    }

    /**
     * The card's sizes: at least one, and each leaves a title box, after margins, header and footer, that
     * holds a title of {@code title.min-size} (two characters wide, one line high); min-size itself lies
     * between {@value CardTheme#SMALLEST_TITLE_PX}px and max-size.
     */
    private void cardBoxes(CardTheme card) {
        if (card.sizes().isEmpty()) report("theme-value", "card.sizes: needs at least one size, e.g. og: 1200x630", "card", "sizes");
        int min = card.title().minPx();
        int max = card.title().maxPx();
        if (min < CardTheme.SMALLEST_TITLE_PX) {
            report("theme-value", "card.title.min-size: " + min + "px is below " + CardTheme.SMALLEST_TITLE_PX
                    + "px, the smallest title the card sets", "card", "title", "min-size");
        } else if (min > max) {
            report("theme-value", "card.title.min-size: " + min + "px is larger than card.title.max-size (" + max + "px)",
                    "card", "title", "min-size");
        }
        for (var e : card.sizes().entrySet()) {
            Pixels size = e.getValue();
            CardBoxes boxes = CardBoxes.of(card, size.width(), size.height());
            if (!boxes.holdsTitle(card.title())) {
                report("theme-value", "card.sizes." + e.getKey() + ": " + size + " leaves a title box of " + fmt(boxes.title().width())
                        + "x" + fmt(boxes.title().height()) + "px after margin, header and footer; too small for min-size " + min + "px",
                        "card", "sizes", e.getKey());
            }
        }
    }

    /** Reports at the value of the key path given, or at the nearest enclosing key the theme has. */
    private void report(String code, String message, String... keys) {
        ThemeNode at = root;
        for (String k : keys) {
            if (!(at instanceof ThemeNode.MapNode m) || m.find(k).isEmpty()) break;
            at = m.find(k).get();
        }
        problems.add(at.origin().error(code, message));
    }

    private static String fmt(double v) {
        if (v == Math.rint(v)) return String.valueOf((long) v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
