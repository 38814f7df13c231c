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
public record EpubTheme(
        @KeyDoc(value = "Heading level that starts a new chapter file.", min = 1, max = 6) int splitLevel,
        @KeyDoc(value = "Cover image: card (the social card), none, or an image file of the theme.",
                kind = ValueKind.THEME_FILE, oneOf = {"card", "none"}) String cover,
        @KeyDoc(value = "Embed the theme's fonts: none, or subset (only the glyphs used).", oneOf = {"none", "subset"})
        String embedFonts,
        @KeyDoc(value = "CSS writing mode of the book.", oneOf = {"horizontal-tb", "vertical-rl"}) String writingMode,
        @KeyDoc(value = "File layout inside the EPUB: default, or ebpaj (電書協 guide).", oneOf = {"default", "ebpaj"})
        String layout,
        @KeyDoc(value = "Thymeleaf template for one chapter document.", kind = ValueKind.THEME_FILE) String template,
        @KeyDoc(value = "CSS for the book.", kind = ValueKind.THEME_FILE) String stylesheet) {}
