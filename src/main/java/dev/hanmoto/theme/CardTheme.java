package dev.hanmoto.theme;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * Theme section {@code card:} — everything the social card renderer reads, and nothing else. Keys left
 * out take the default given here. Lengths are CSS pixels ({@code 64px}; a bare number means px).
 *
 * @param sizes           named variants {@code WIDTHxHEIGHT} in px, e.g. {@code og: 1200x630}; the first
 *                        is the default variant, written as {@code <name>.png}, the others as
 *                        {@code <name>-<variant>.png} (default {@code og: 1200x630})
 * @param title           title fitting: line limit, size range, line height, font
 * @param background      background colour (CSS colour; default {@code #10243e})
 * @param foreground      text colour (default {@code #ffffff})
 * @param accent          accent colour for tags and rules (default {@code #f2b705})
 * @param siteName        the site line shown on the card (default {@code Hanmoto})
 * @param template        Thymeleaf template (theme file; default {@code card.html})
 * @param stylesheet      CSS (theme file; default {@code card.css})
 * @param margin          safe margin on every edge in px: nothing but the background is drawn there
 *                        (default {@code 64px})
 * @param headerHeight    band in px between the top margin and the title box, where the tags go
 *                        (default {@code 56px})
 * @param footerHeight    band in px between the title box and the bottom margin, for the site line,
 *                        logo, author and date (default {@code 64px})
 * @param font            font stack (a name under {@code fonts:}) for everything but the title
 *                        (default {@code sans-ja})
 * @param muted           colour of secondary text: author, date (default {@code #b8c4d6})
 * @param logo            optional logo image (PNG, JPEG or SVG theme file) drawn in the footer
 * @param backgroundImage optional background image (PNG or JPEG theme file) covering the card
 * @param fileName        where the card is written: {@code slug} ({@code <slug>.png}, default) or
 *                        {@code thumbnail} (the front-matter {@code thumbnail} path, e.g.
 *                        {@code /static/img/a.png} → {@code static/img/a.png} under the output folder;
 *                        {@code ..} is refused; documents without one fall back to the slug)
 * @param maxTags         most tags shown, 0–10 (default 4)
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record CardTheme(
        @KeyDoc(value = "Named variants WIDTHxHEIGHT in pixels; the first is the default variant.", kind = ValueKind.PIXELS)
        Map<String, String> sizes,
        @KeyDoc("Title fitting.") Title title,
        @KeyDoc(value = "Background colour.", kind = ValueKind.COLOR) String background,
        @KeyDoc(value = "Text colour.", kind = ValueKind.COLOR) String foreground,
        @KeyDoc(value = "Accent colour (tags, rules).", kind = ValueKind.COLOR) String accent,
        @KeyDoc("The site line shown on the card.") String siteName,
        @KeyDoc(value = "Thymeleaf template of the card.", kind = ValueKind.THEME_FILE) String template,
        @KeyDoc(value = "CSS of the card.", kind = ValueKind.THEME_FILE) String stylesheet,
        @KeyDoc(value = "Safe margin on every edge; nothing but the background is drawn there.", kind = ValueKind.PX_LENGTH)
        String margin,
        @KeyDoc(value = "Band between the top margin and the title box, where the tags go.", kind = ValueKind.PX_LENGTH)
        String headerHeight,
        @KeyDoc(value = "Band between the title box and the bottom margin: site line, logo, author, date.",
                kind = ValueKind.PX_LENGTH) String footerHeight,
        @KeyDoc(value = "Font stack for everything but the title.", kind = ValueKind.FONT_STACK) String font,
        @KeyDoc(value = "Colour of secondary text (author, date).", kind = ValueKind.COLOR) String muted,
        @KeyDoc(value = "Optional logo image (PNG, JPEG or SVG) drawn in the footer.", kind = ValueKind.THEME_FILE) String logo,
        @KeyDoc(value = "Optional background image (PNG or JPEG) covering the card.", kind = ValueKind.THEME_FILE)
        String backgroundImage,
        @KeyDoc(value = "Where the card is written: slug (<slug>.png) or thumbnail (the front-matter thumbnail path).",
                oneOf = {"slug", "thumbnail"}) String fileName,
        @KeyDoc(value = "Most tags shown.", min = 0, max = 10) Integer maxTags) {

    public CardTheme {
        sizes = sizes == null || sizes.isEmpty() ? Map.of("og", "1200x630") : sizes;
        title = title == null ? new Title(null, null, null, null, null, null, null) : title;
        background = background == null ? "#10243e" : background;
        foreground = foreground == null ? "#ffffff" : foreground;
        accent = accent == null ? "#f2b705" : accent;
        siteName = siteName == null ? "Hanmoto" : siteName;
        template = template == null ? "card.html" : template;
        stylesheet = stylesheet == null ? "card.css" : stylesheet;
        margin = margin == null ? "64px" : margin;
        headerHeight = headerHeight == null ? "56px" : headerHeight;
        footerHeight = footerHeight == null ? "64px" : footerHeight;
        font = font == null ? "sans-ja" : font;
        muted = muted == null ? "#b8c4d6" : muted;
        fileName = fileName == null ? "slug" : fileName;
        maxTags = maxTags == null ? 4 : maxTags;
    }

    /**
     * Title fitting: the largest size from {@code maxSize} down to {@code minSize} (whole px) at which the
     * title takes at most {@code maxLines} lines in the title box.
     *
     * @param maxLines   most lines the title may take, 1–10 (default 3)
     * @param maxSize    largest font size tried first (default {@code 72px})
     * @param minSize    smallest font size; below it the title is shortened with an ellipsis and a
     *                   warning (default {@code 40px})
     * @param lineHeight line height as a multiple of the font size (default 1.3)
     * @param font       font stack of the title (default {@code sans-ja})
     * @param weight     CSS font weight of the title; the stack's face of that weight is used for both
     *                   measuring and drawing (default 700)
     * @param portraitMaxLines most lines on a card taller than wide, such as an EPUB cover, 1–10 (default 6)
     */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Title(
            @KeyDoc(value = "Most lines the title may take.", min = 1, max = 10) Integer maxLines,
            @KeyDoc(value = "Largest title font size tried first.", kind = ValueKind.PX_LENGTH) String maxSize,
            @KeyDoc(value = "Smallest title font size the fitting may use; below it the title is shortened with an ellipsis.",
                    kind = ValueKind.PX_LENGTH) String minSize,
            @KeyDoc("Line height as a multiple of the font size.") Double lineHeight,
            @KeyDoc(value = "Font stack of the title.", kind = ValueKind.FONT_STACK) String font,
            @KeyDoc(value = "CSS font weight of the title (the stack's face of that weight).", min = 100, max = 900) Integer weight,
            @KeyDoc(value = "Most lines on a card taller than wide, such as an EPUB cover.", min = 1, max = 10)
            Integer portraitMaxLines) {
        public Title {
            maxLines = maxLines == null ? 3 : maxLines;
            maxSize = maxSize == null ? "72px" : maxSize;
            minSize = minSize == null ? "40px" : minSize;
            lineHeight = lineHeight == null ? 1.3 : lineHeight;
            font = font == null ? "sans-ja" : font;
            weight = weight == null ? 700 : weight;
            portraitMaxLines = portraitMaxLines == null ? 6 : portraitMaxLines;
        }
    }
}
