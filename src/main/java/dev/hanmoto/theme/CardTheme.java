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
public record CardTheme(Map<String, String> sizes, Title title, String background, String foreground,
                        String accent, String siteName, String template, String stylesheet) {

    /** Title fitting: at most {@code maxLines} lines, size between {@code minSize} and {@code maxSize}. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Title(int maxLines, String maxSize, String minSize) {}
}
