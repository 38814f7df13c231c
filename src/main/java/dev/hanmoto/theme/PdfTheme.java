package dev.hanmoto.theme;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Theme section {@code pdf:} — everything the print PDF renderer reads, and nothing else.
 *
 * @param page        page box and margins
 * @param toc         table of contents
 * @param runningHead what the running head shows: {@code title}, {@code chapter} or {@code none}
 * @param template    Thymeleaf template (theme file) wrapping the body
 * @param stylesheet  CSS (theme file) for print
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record PdfTheme(Page page, Toc toc, String runningHead, String template, String stylesheet) {

    /** Page box: a named size (A4, A5, B5 = JIS B5, B6, Letter) or explicit width/height; margins. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Page(String size, String width, String height, Margin margin, String bleed) {}

    /** Margins; {@code inner}/{@code outer} mirror on left and right pages. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Margin(String top, String bottom, String inner, String outer) {}

    /** Table of contents: heading depth (0 = none) and its title. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Toc(int depth, String title) {}
}
