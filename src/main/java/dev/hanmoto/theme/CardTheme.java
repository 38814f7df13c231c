package dev.hanmoto.theme;

import java.util.Map;
import java.util.Optional;

/**
 * Theme section {@code card:} — everything the social card renderer reads, and nothing else. Every
 * value is bound and checked by the theme binder, including how the lengths fit together (each size
 * leaves a title box for {@code title.min-size}); defaults live in {@code themes/base/theme.yaml} only.
 * Lengths are CSS pixels ({@code 64px}; a bare number means px).
 *
 * @param sizes           named variants in px, e.g. {@code og: 1200x630}; the first is the default
 *                        variant, written as {@code <name>.png}, the others as {@code <name>-<variant>.png}
 * @param title           title fitting: line limit, size range, line height, font
 * @param background      background colour
 * @param foreground      text colour
 * @param accent          accent colour for tags and rules
 * @param siteName        the site line shown on the card
 * @param template        Thymeleaf template (theme file)
 * @param stylesheet      CSS (theme file)
 * @param margin          safe margin on every edge: nothing but the background is drawn there
 * @param headerHeight    band between the top margin and the title box, where the tags go
 * @param footerHeight    band between the title box and the bottom margin, for the site line, logo,
 *                        author and date
 * @param font            font stack (a name under {@code fonts:}) for everything but the title
 * @param muted           colour of secondary text: author, date
 * @param logo            optional logo image (PNG, JPEG or SVG theme file) drawn in the footer
 * @param backgroundImage optional background image (PNG, JPEG or SVG theme file) covering the card
 * @param fileName        where the card is written: {@code slug} ({@code <slug>.png}) or
 *                        {@code thumbnail} (the front-matter {@code thumbnail} path, e.g.
 *                        {@code /static/img/a.png} → {@code static/img/a.png} under the output folder;
 *                        {@code ..} is refused; documents without one fall back to the slug)
 * @param maxTags         most tags shown, 0–10
 */
public record CardTheme(
        @KeyDoc(value = "Named variants WIDTHxHEIGHT in pixels; the first is the default variant. Names: lower-case letters, digits and -.",
                kind = ValueKind.PIXELS, names = "[a-z0-9][a-z0-9-]*") Map<String, Pixels> sizes,
        @KeyDoc("Title fitting.") Title title,
        @KeyDoc(value = "Background colour.", kind = ValueKind.COLOR) Colour background,
        @KeyDoc(value = "Text colour.", kind = ValueKind.COLOR) Colour foreground,
        @KeyDoc(value = "Accent colour (tags, rules).", kind = ValueKind.COLOR) Colour accent,
        @KeyDoc("The site line shown on the card.") String siteName,
        @KeyDoc(value = "Thymeleaf template of the card.", kind = ValueKind.THEME_FILE) String template,
        @KeyDoc(value = "CSS of the card.", kind = ValueKind.THEME_FILE) String stylesheet,
        @KeyDoc(value = "Safe margin on every edge; nothing but the background is drawn there.", kind = ValueKind.PX_LENGTH)
        Length margin,
        @KeyDoc(value = "Band between the top margin and the title box, where the tags go.", kind = ValueKind.PX_LENGTH)
        Length headerHeight,
        @KeyDoc(value = "Band between the title box and the bottom margin: site line, logo, author, date.",
                kind = ValueKind.PX_LENGTH) Length footerHeight,
        @KeyDoc(value = "Font stack for everything but the title.", kind = ValueKind.FONT_STACK) String font,
        @KeyDoc(value = "Colour of secondary text (author, date).", kind = ValueKind.COLOR) Colour muted,
        @KeyDoc(value = "Optional logo image (PNG, JPEG or SVG) drawn in the footer.", kind = ValueKind.IMAGE_FILE)
        Optional<String> logo,
        @KeyDoc(value = "Optional background image (PNG, JPEG or SVG) covering the card.", kind = ValueKind.IMAGE_FILE)
        Optional<String> backgroundImage,
        @KeyDoc("Where the card is written: slug (<slug>.png) or thumbnail (the front-matter thumbnail path).") FileName fileName,
        @KeyDoc(value = "Most tags shown.", min = 0, max = 10) int maxTags) {

    /** Smallest title size the fitting may go down to, in px: below it Japanese text is not legible on a card. */
    public static final int SMALLEST_TITLE_PX = 8;

    /** {@code card.file-name}: where the card of a document is written. */
    public enum FileName implements Keyword { SLUG, THUMBNAIL }

    /**
     * Title fitting: the largest size from {@code maxSize} down to {@code minSize} (whole px) at which the
     * title takes at most {@code maxLines} lines in the title box.
     *
     * @param maxLines   most lines the title may take, 1–10
     * @param maxSize    largest font size tried first
     * @param minSize    smallest font size, at least {@value CardTheme#SMALLEST_TITLE_PX}px and at most
     *                   {@code maxSize}; below it the title is shortened with an ellipsis and a warning
     * @param lineHeight line height as a multiple of the font size
     * @param font       font stack of the title
     * @param weight     CSS font weight of the title; the stack's face of that weight is used for both
     *                   measuring and drawing
     * @param portraitMaxLines most lines on a card taller than wide, such as an EPUB cover, 1–10
     */
    public record Title(
            @KeyDoc(value = "Most lines the title may take.", min = 1, max = 10) int maxLines,
            @KeyDoc(value = "Largest title font size tried first.", kind = ValueKind.PX_LENGTH) Length maxSize,
            @KeyDoc(value = "Smallest title font size the fitting may use (8px to max-size); below it the title is shortened with an ellipsis.",
                    kind = ValueKind.PX_LENGTH) Length minSize,
            @KeyDoc("Line height as a multiple of the font size.") double lineHeight,
            @KeyDoc(value = "Font stack of the title.", kind = ValueKind.FONT_STACK) String font,
            @KeyDoc(value = "CSS font weight of the title (the stack's face of that weight).", min = 100, max = 900) int weight,
            @KeyDoc(value = "Most lines on a card taller than wide, such as an EPUB cover.", min = 1, max = 10)
            int portraitMaxLines) {

        /** {@link #maxSize} in whole px, as the fitting steps through sizes. */
        public int maxPx() {
            return (int) Math.round(maxSize.px());
        }

        /** {@link #minSize} in whole px. */
        public int minPx() {
            return (int) Math.round(minSize.px());
        }
    }
}
