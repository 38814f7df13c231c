package dev.hanmoto.theme;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Theme section {@code epub:} — everything the EPUB renderer reads, and nothing else.
 *
 * @param splitLevel  heading level that starts a new chapter file (1–6)
 * @param cover       {@code card} (the social card), {@code none}, or a theme/project image path
 * @param embedFonts  {@code none} or {@code subset}
 * @param writingMode {@code horizontal-tb} or {@code vertical-rl}
 * @param layout      {@code default} or {@code ebpaj} (電書協 file layout)
 * @param template    Thymeleaf template (theme file) for a chapter document
 * @param stylesheet  CSS (theme file) for the book
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record EpubTheme(int splitLevel, String cover, String embedFonts, String writingMode, String layout,
                        String template, String stylesheet) {}
