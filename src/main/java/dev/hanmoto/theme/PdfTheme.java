package dev.hanmoto.theme;

import java.util.Optional;

/**
 * Theme section {@code pdf:} — everything the print PDF renderer reads, and nothing else. Every value
 * is bound and checked by the theme binder; defaults live in {@code themes/base/theme.yaml} only.
 *
 * @param page        page box and margins
 * @param toc         table of contents
 * @param runningHead what the running head shows
 * @param runningHeadMax longest running head in full-width characters (half-width count half); a
 *                    longer one is cut with … (0: no limit)
 * @param lastLineMin fewest characters on a paragraph's last line, closing punctuation not counted
 *                    (1 allows a one-character last line)
 * @param jaLatinSpace 和欧間: the space between kana/kanji and Latin letters or digits (JLREQ: a
 *                    quarter em), dropped at line ends and next to punctuation; 0 turns it off
 * @param code        how code blocks are set
 * @param template    Thymeleaf template (theme file) wrapping the body
 * @param stylesheet  CSS (theme file) for print
 */
public record PdfTheme(
        @KeyDoc("Page box and margins.") Page page,
        @KeyDoc("How the Japanese of the body and of the headings is set: solid or proportional.") Setting setting,
        @KeyDoc("Table of contents.") Toc toc,
        @KeyDoc("What the running head shows.") RunningHead runningHead,
        @KeyDoc(value = "Longest running head in full-width characters (half-width ones count half); a longer title is cut with … (front matter short-title avoids it); 0 = no limit.",
                min = 0, max = 200) int runningHeadMax,
        @KeyDoc(value = "Fewest characters on a paragraph's last line, closing punctuation not counted.",
                min = 1, max = 10) int lastLineMin,
        @KeyDoc(value = "和欧間: space between kana/kanji and Latin letters or digits (JLREQ: 0.25em), none at a line's start or end or next to punctuation; a space typed there becomes the same; 0 turns it off. Not a character: nothing is added to copied text.",
                kind = ValueKind.LENGTH) Length jaLatinSpace,
        @KeyDoc("Code blocks: code style, size, line height, line numbers.") CodeTheme code,
        @KeyDoc(value = "Thymeleaf template wrapping the body.", kind = ValueKind.THEME_FILE) String template,
        @KeyDoc(value = "CSS for print; it must name at least one font stack of the theme.", kind = ValueKind.THEME_FILE)
        String stylesheet) {

    /**
     * How Japanese text is set (JLREQ 3.1): {@code solid} (ベタ組み) sets every kana, kanji and
     * full-width punctuation on the one-em grid, with the punctuation's blank halves taken out where
     * JLREQ 3.1.2–3.1.6 says (two in a row, a line's end); {@code proportional} (ツメ組み) uses the
     * faces' own proportional widths and adjusts nothing.
     */
    public enum Typesetting implements Keyword { SOLID, PROPORTIONAL }

    /** The setting of the running text and of the headings ({@code pdf.setting}). */
    public record Setting(
            @KeyDoc("Paragraphs, lists, tables, notes: solid (JLREQ's norm) or proportional.") Typesetting body,
            @KeyDoc("Headings and the title: solid or proportional (a style some publishers choose for display type).")
            Typesetting headings,
            @KeyDoc("An opening bracket that starts an indented paragraph of solid body text (JLREQ 3.1.5): its ink 1.5 em in (em-and-half: the indent, then the bracket's own blank half), 1 em (em: the blank half taken from the indent) or half an em (half).")
            ParagraphBracket paragraphBracket,
            @KeyDoc("An opening bracket that starts a line inside a paragraph of solid body text (JLREQ 3.1.5): its ink at the line head (flush, 天付き) or half an em in (half: the bracket keeps its blank half).")
            LineStartBracket lineStartBracket,
            @KeyDoc("A closing bracket, comma or full stop that ends a line of solid body text (JLREQ 3.1.6): half an em wide, the line justified without its blank half (half), or a full em (full).")
            LineEnd lineEnd,
            @KeyDoc("A closing bracket followed by an opening one in solid body text (」「, ）（): half an em between the glyphs as JLREQ 3.1.4 sets it (half: 1.5 em for the two), or none (none: 1 em, the house style some publishers keep; the two are then never parted at a line's end, and the stylesheet sets span.jp-half-form, the opening bracket, in the proportional twin of the em face, as the default theme does).")
            ClosingOpening closingOpening) {}

    /** The space between a closing and an opening bracket (JLREQ 3.1.4, 」「). */
    public enum ClosingOpening implements Keyword { HALF, NONE }

    /** Where an opening bracket that starts a line inside a paragraph sets its ink (JLREQ 3.1.5, 折り返し行頭). */
    public enum LineStartBracket implements Keyword { FLUSH, HALF }

    /** How wide closing punctuation at a line's end is set (JLREQ 3.1.6, 行末の句読点・終わり括弧). */
    public enum LineEnd implements Keyword { HALF, FULL }

    /**
     * Where an opening bracket starting a paragraph sets its ink (JLREQ 3.1.5, 段落先頭の起こしの括弧):
     * after the one-em indent and its own blank half (全角二分下がり), one em in (全角下がり), or half an
     * em in (二分下がり).
     */
    public enum ParagraphBracket implements Keyword { EM_AND_HALF, EM, HALF }

    /** What the running head of each page shows ({@code pdf.running-head}). */
    public enum RunningHead implements Keyword {
        /** The document's short title, else its title. */
        TITLE,
        /** The title of the chapter the page is in. */
        CHAPTER,
        /** No running head. */
        NONE
    }

    /**
     * Page box: a named size (A4, A5, B5 = JIS B5, B6, Letter) or explicit width and height; margins.
     * Width and height are set together or not at all (the binder checks).
     */
    public record Page(
            @KeyDoc(value = "Named page size (JIS B sizes); ignored when both width and height are set.",
                    kind = ValueKind.PAGE_SIZE) PageSize size,
            @KeyDoc(value = "Page width; with height, overrides size.", kind = ValueKind.LENGTH) Optional<Length> width,
            @KeyDoc(value = "Page height; with width, overrides size.", kind = ValueKind.LENGTH) Optional<Length> height,
            @KeyDoc("Page margins.") Margin margin,
            @KeyDoc(value = "Bleed around the trim box for the print shop (e.g. 3mm); above 0 the PDF gets TrimBox/BleedBox and crop marks (トンボ).",
                    kind = ValueKind.ABSOLUTE_LENGTH) Length bleed,
            @KeyDoc(value = "Line length of the text block in characters of the body size (字詰め): the text block is that many ems wide, centred between the margins, so that a line of solid Japanese fills it exactly; 0: as wide as the margins leave.",
                    min = 0, max = 200) int charsPerLine) {}

    /** Margins; {@code inner}/{@code outer} mirror on left and right pages. */
    public record Margin(
            @KeyDoc(value = "Top margin.", kind = ValueKind.LENGTH) Length top,
            @KeyDoc(value = "Bottom margin.", kind = ValueKind.LENGTH) Length bottom,
            @KeyDoc(value = "Margin on the binding side (left on recto pages in left-to-right books).",
                    kind = ValueKind.LENGTH) Length inner,
            @KeyDoc(value = "Margin on the fore-edge side.", kind = ValueKind.LENGTH) Length outer) {}

    /** Table of contents: heading depth (0 = none) and its title. */
    public record Toc(
            @KeyDoc(value = "Deepest heading level listed; 0 turns the table of contents off.", min = 0, max = 6) int depth,
            @KeyDoc("Heading of the table of contents.") String title) {}
}
