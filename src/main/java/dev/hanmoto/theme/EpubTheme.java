package dev.hanmoto.theme;

/**
 * Theme section {@code epub:} — everything the EPUB renderer reads, and nothing else. Every value is
 * bound and checked by the theme binder; defaults live in {@code themes/base/theme.yaml} only.
 *
 * @param splitLevel    heading level that starts a new chapter file, 1–6; content before the first
 *                      such heading becomes a file of its own, and a file that would exceed
 *                      {@code maxFileKb} is split further between blocks
 * @param cover         the social card (rendered at cover size), none, or a PNG/JPEG image of the
 *                      theme; a front-matter {@code cover-image} takes precedence
 * @param embedFonts    whether the theme's TrueType font stacks are embedded (subset to the characters
 *                      the book uses) or left to the reading system
 * @param writingMode   the book's writing mode; {@code vertical-rl} (縦書き) also sets right-to-left page
 *                      progression and upright two-digit numbers
 * @param layout        the file layout inside the zip
 * @param template      Thymeleaf template (theme file) for a content document; it may hold no
 *                      active content (scripts, frames, event handlers)
 * @param stylesheet    CSS (theme file) for the book
 * @param tocDepth      deepest heading level listed in the table of contents, 1–6
 * @param maxFileKb     upper bound for one chapter file in KiB, 16–250 (reading systems such as older
 *                      Kobo and Kindle slow down or fail above 256 KB)
 * @param labels        words the book shows for navigation, in the book's language
 * @param accessibilitySummary the {@code schema:accessibilitySummary} sentence of the package
 * @param code          how code blocks are set
 */
public record EpubTheme(
        @KeyDoc(value = "Heading level that starts a new chapter file; content before the first such heading is a file of its own.",
                min = 1, max = 6) int splitLevel,
        @KeyDoc(value = "Cover image: card (the social card), none, or an image file of the theme; front matter cover-image wins.",
                kind = ValueKind.THEME_FILE, oneOf = {"card", "none"}) Cover cover,
        @KeyDoc("Embed the theme's fonts: none, or subset (only the glyphs used, with vertical alternates for vertical-rl).")
        EmbedFonts embedFonts,
        @KeyDoc("CSS writing mode of the book; vertical-rl also sets right-to-left page progression and upright two-digit numbers.")
        WritingMode writingMode,
        @KeyDoc("File layout inside the EPUB: default (OEBPS/), or ebpaj (item/, 電書協 EPUB 3 制作ガイド).") Layout layout,
        @KeyDoc(value = "Thymeleaf template for one content document (chapter, cover page, table of contents); no scripts, frames or event handlers.",
                kind = ValueKind.THEME_FILE, noActiveContent = true) String template,
        @KeyDoc(value = "CSS for the book.", kind = ValueKind.THEME_FILE) String stylesheet,
        @KeyDoc(value = "Deepest heading level listed in the table of contents.", min = 1, max = 6) int tocDepth,
        @KeyDoc(value = "Upper bound of one chapter file in KiB; longer chapters are split between blocks.", min = 16, max = 250)
        int maxFileKb,
        @KeyDoc("Navigation words in the book's language: toc (目次), cover (表紙), start (本文).") Labels labels,
        @KeyDoc("The schema:accessibilitySummary sentence of the package document.") String accessibilitySummary,
        @KeyDoc("Code blocks: code style, size, line height, line numbers.") CodeTheme code) {

    /** {@code epub.embed-fonts}: the reading system's fonts, or the theme's subset to the book's characters. */
    public enum EmbedFonts implements Keyword { NONE, SUBSET }

    /** {@code epub.writing-mode} (CSS Writing Modes 3). */
    public enum WritingMode implements Keyword { HORIZONTAL_TB, VERTICAL_RL }

    /** {@code epub.layout}: Hanmoto's {@code OEBPS/} or the 電書協 (EBPAJ) {@code item/} layout. */
    public enum Layout implements Keyword { DEFAULT, EBPAJ }

    /** {@code epub.cover}: the word {@code card} or {@code none}, or the name of an image file of the theme. */
    public sealed interface Cover {
        /** The social card, rendered at cover size. */
        Cover CARD = new Card();
        /** No cover. */
        Cover NONE = new None();

        /** The cover a word of {@code epub.cover} stands for: {@code card} or {@code none}. */
        static Cover ofWord(String word) {
            return switch (word) {
                case "card" -> CARD;
                case "none" -> NONE;
                default -> throw new IllegalArgumentException("not a cover word: " + word);
            };
        }

        record Card() implements Cover {}

        record None() implements Cover {}

        /** @param file a theme file (the binder checked that the chain has it) */
        record Image(String file) implements Cover {}
    }

    /** The same section with the given writing mode (variants in tests). */
    public EpubTheme withWritingMode(WritingMode mode) {
        return new EpubTheme(splitLevel, cover, embedFonts, mode, layout, template, stylesheet, tocDepth, maxFileKb, labels, accessibilitySummary, code);
    }

    /** The same section with the given font embedding. */
    public EpubTheme withEmbedFonts(EmbedFonts mode) {
        return new EpubTheme(splitLevel, cover, mode, writingMode, layout, template, stylesheet, tocDepth, maxFileKb, labels, accessibilitySummary, code);
    }

    /** The same section with the given file layout. */
    public EpubTheme withLayout(Layout newLayout) {
        return new EpubTheme(splitLevel, cover, embedFonts, writingMode, newLayout, template, stylesheet, tocDepth, maxFileKb, labels, accessibilitySummary, code);
    }

    /** The same section with the given split level and file size bound. */
    public EpubTheme withSplit(int level, int kb) {
        return new EpubTheme(level, cover, embedFonts, writingMode, layout, template, stylesheet, tocDepth, kb, labels, accessibilitySummary, code);
    }

    /**
     * Navigation words (nav document heading, landmark and cover labels).
     *
     * @param toc   title of the table of contents
     * @param cover label of the cover page
     * @param start label of the first body page in the landmarks
     */
    public record Labels(@KeyDoc("Title of the table of contents.") String toc,
                         @KeyDoc("Label of the cover page.") String cover,
                         @KeyDoc("Label of the first body page in the landmarks.") String start) {}
}
