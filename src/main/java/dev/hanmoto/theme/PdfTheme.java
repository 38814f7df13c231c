package dev.hanmoto.theme;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Theme section {@code pdf:} — everything the print PDF renderer reads, and nothing else.
 *
 * @param page        page box and margins
 * @param toc         table of contents
 * @param runningHead what the running head shows: {@code title}, {@code chapter} or {@code none}
 * @param runningHeadMax longest running head in full-width characters (half-width count half); a
 *                    longer one is cut with … (0: no limit)
 * @param lastLineMin fewest characters on a paragraph's last line, closing punctuation not counted
 *                    (default 2; 1 allows a one-character last line)
 * @param jaLatinSpace 和欧間: the space between kana/kanji and Latin letters or digits (JLREQ: a
 *                    quarter em), dropped at line ends and next to punctuation; 0 turns it off
 * @param template    Thymeleaf template (theme file) wrapping the body
 * @param stylesheet  CSS (theme file) for print
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record PdfTheme(
        @KeyDoc("Page box and margins.") Page page,
        @KeyDoc("Table of contents.") Toc toc,
        @KeyDoc(value = "What the running head shows.", oneOf = {"title", "chapter", "none"}) String runningHead,
        @KeyDoc(value = "Longest running head in full-width characters (half-width ones count half); a longer title is cut with … (front matter short-title avoids it); 0 = no limit.",
                min = 0, max = 200) Integer runningHeadMax,
        @KeyDoc(value = "Fewest characters on a paragraph's last line, closing punctuation not counted (default 2).",
                min = 1, max = 10) Integer lastLineMin,
        @KeyDoc(value = "和欧間: space between kana/kanji and Latin letters or digits (JLREQ: 0.25em), none at a line's start or end or next to punctuation; a space typed there becomes the same; 0 turns it off. Not a character: nothing is added to copied text.",
                kind = ValueKind.LENGTH) String jaLatinSpace,
        @KeyDoc(value = "Thymeleaf template wrapping the body.", kind = ValueKind.THEME_FILE) String template,
        @KeyDoc(value = "CSS for print.", kind = ValueKind.THEME_FILE) String stylesheet) {

    /** Page box: a named size (A4, A5, B5 = JIS B5, B6, Letter) or explicit width/height; margins. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Page(
            @KeyDoc(value = "Named page size (JIS B sizes); ignored when both width and height are set.",
                    kind = ValueKind.PAGE_SIZE) String size,
            @KeyDoc(value = "Page width; with height, overrides size.", kind = ValueKind.LENGTH) String width,
            @KeyDoc(value = "Page height; with width, overrides size.", kind = ValueKind.LENGTH) String height,
            @KeyDoc("Page margins.") Margin margin,
            @KeyDoc(value = "Bleed around the trim box for the print shop (e.g. 3mm); above 0 the PDF gets TrimBox/BleedBox and crop marks (トンボ).",
                    kind = ValueKind.LENGTH) String bleed) {}

    /** Margins; {@code inner}/{@code outer} mirror on left and right pages. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Margin(
            @KeyDoc(value = "Top margin.", kind = ValueKind.LENGTH) String top,
            @KeyDoc(value = "Bottom margin.", kind = ValueKind.LENGTH) String bottom,
            @KeyDoc(value = "Margin on the binding side (left on recto pages in left-to-right books).",
                    kind = ValueKind.LENGTH) String inner,
            @KeyDoc(value = "Margin on the fore-edge side.", kind = ValueKind.LENGTH) String outer) {}

    /** Table of contents: heading depth (0 = none) and its title. */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Toc(
            @KeyDoc(value = "Deepest heading level listed; 0 turns the table of contents off.", min = 0, max = 6) int depth,
            @KeyDoc("Heading of the table of contents.") String title) {}
}
