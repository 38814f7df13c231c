package dev.hanmoto.theme;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * Theme section {@code card:} — everything the social card renderer reads, and nothing else.
 *
 * @param sizes      named variants, e.g. {@code og: 1200x630}; the first is the default variant
 * @param title      title fitting: line limit and font size range
 * @param background background colour (CSS colour)
 * @param foreground text colour
 * @param accent     accent colour (tags, rules)
 * @param siteName   the site line shown on the card
 * @param template   Thymeleaf template (theme file)
 * @param stylesheet CSS (theme file)
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
        @KeyDoc(value = "CSS of the card.", kind = ValueKind.THEME_FILE) String stylesheet) {

    /** Title fitting: at most {@code maxLines} lines, size between {@code minSize} and {@code maxSize}. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Title(
            @KeyDoc(value = "Most lines the title may take.", min = 1, max = 10) int maxLines,
            @KeyDoc(value = "Largest title font size tried first.", kind = ValueKind.LENGTH) String maxSize,
            @KeyDoc(value = "Smallest title font size the fitting may use.",
                    kind = ValueKind.LENGTH) String minSize) {}
}
