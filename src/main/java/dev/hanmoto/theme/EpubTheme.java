package dev.hanmoto.theme;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Theme section {@code epub:} — everything the EPUB renderer reads, and nothing else. Keys left out
 * take the default given here.
 *
 * @param splitLevel    heading level that starts a new chapter file, 1–6 (default 2); content before the
 *                      first such heading becomes a file of its own, and a file that would exceed
 *                      {@code maxFileKb} is split further between blocks
 * @param cover         {@code card} (the social card, rendered at cover size), {@code none}, or a
 *                      theme file name of a PNG/JPEG image (default {@code card}); a front-matter
 *                      {@code cover-image} takes precedence
 * @param embedFonts    {@code none} (reading system fonts) or {@code subset} (the theme's TrueType
 *                      font stacks, subset to the characters the book uses; default {@code none})
 * @param writingMode   {@code horizontal-tb} or {@code vertical-rl} (縦書き: right-to-left page
 *                      progression, upright two-digit numbers); default {@code horizontal-tb}
 * @param layout        {@code default} ({@code OEBPS/…}) or {@code ebpaj} (電書協 EPUB 3 制作ガイド:
 *                      {@code item/standard.opf}, {@code item/xhtml/}, …); default {@code default}
 * @param template      Thymeleaf template (theme file) for a chapter document (default
 *                      {@code epub-chapter.html})
 * @param stylesheet    CSS (theme file) for the book (default {@code epub.css})
 * @param tocDepth      deepest heading level listed in the table of contents, 1–6 (default 3)
 * @param maxFileKb     upper bound for one chapter file in KiB, 16–250 (default 200; reading
 *                      systems such as older Kobo and Kindle slow down or fail above 256 KB)
 * @param labels        words the book shows for navigation, in the book's language
 * @param accessibilitySummary the {@code schema:accessibilitySummary} sentence of the package
 *                      (default: an English summary of what Hanmoto guarantees)
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record EpubTheme(
        @KeyDoc(value = "Heading level that starts a new chapter file; content before the first such heading is a file of its own.",
                min = 1, max = 6) Integer splitLevel,
        @KeyDoc(value = "Cover image: card (the social card), none, or an image file of the theme; front matter cover-image wins.",
                kind = ValueKind.THEME_FILE, oneOf = {"card", "none"}) String cover,
        @KeyDoc(value = "Embed the theme's fonts: none, or subset (only the glyphs used, with vertical alternates for vertical-rl).",
                oneOf = {"none", "subset"}) String embedFonts,
        @KeyDoc(value = "CSS writing mode of the book; vertical-rl also sets right-to-left page progression and upright two-digit numbers.",
                oneOf = {"horizontal-tb", "vertical-rl"}) String writingMode,
        @KeyDoc(value = "File layout inside the EPUB: default (OEBPS/), or ebpaj (item/, 電書協 EPUB 3 制作ガイド).",
                oneOf = {"default", "ebpaj"}) String layout,
        @KeyDoc(value = "Thymeleaf template for one content document (chapter, cover page, table of contents).",
                kind = ValueKind.THEME_FILE) String template,
        @KeyDoc(value = "CSS for the book.", kind = ValueKind.THEME_FILE) String stylesheet,
        @KeyDoc(value = "Deepest heading level listed in the table of contents.", min = 1, max = 6) Integer tocDepth,
        @KeyDoc(value = "Upper bound of one chapter file in KiB; longer chapters are split between blocks.", min = 16, max = 250)
        Integer maxFileKb,
        @KeyDoc("Navigation words in the book's language: toc (目次), cover (表紙), start (本文).") Labels labels,
        @KeyDoc("The schema:accessibilitySummary sentence of the package document.") String accessibilitySummary) {

    public static final String DEFAULT_SUMMARY = "Reflowable text with a navigable table of contents, "
            + "headings in reading order, alternative text for images, and footnotes linked both ways. "
            + "No content depends on colour, sound or motion.";

    public EpubTheme {
        splitLevel = splitLevel == null ? 2 : splitLevel;
        cover = cover == null ? "card" : cover;
        embedFonts = embedFonts == null ? "none" : embedFonts;
        writingMode = writingMode == null ? "horizontal-tb" : writingMode;
        layout = layout == null ? "default" : layout;
        template = template == null ? "epub-chapter.html" : template;
        stylesheet = stylesheet == null ? "epub.css" : stylesheet;
        tocDepth = tocDepth == null ? 3 : tocDepth;
        maxFileKb = maxFileKb == null ? 200 : maxFileKb;
        labels = labels == null ? Labels.DEFAULT : labels;
        accessibilitySummary = accessibilitySummary == null ? DEFAULT_SUMMARY : accessibilitySummary;
    }

    /** The same section with the given writing mode (variants in tests and on the command line). */
    public EpubTheme withWritingMode(String mode) {
        return new EpubTheme(splitLevel, cover, embedFonts, mode, layout, template, stylesheet, tocDepth, maxFileKb, labels, accessibilitySummary);
    }

    /** The same section with the given font embedding. */
    public EpubTheme withEmbedFonts(String mode) {
        return new EpubTheme(splitLevel, cover, mode, writingMode, layout, template, stylesheet, tocDepth, maxFileKb, labels, accessibilitySummary);
    }

    /** The same section with the given file layout. */
    public EpubTheme withLayout(String newLayout) {
        return new EpubTheme(splitLevel, cover, embedFonts, writingMode, newLayout, template, stylesheet, tocDepth, maxFileKb, labels, accessibilitySummary);
    }

    /** The same section with the given split level and file size bound. */
    public EpubTheme withSplit(int level, int kb) {
        return new EpubTheme(level, cover, embedFonts, writingMode, layout, template, stylesheet, tocDepth, kb, labels, accessibilitySummary);
    }

    /** The same section with the given cover setting. */
    public EpubTheme withCover(String newCover) {
        return new EpubTheme(splitLevel, newCover, embedFonts, writingMode, layout, template, stylesheet, tocDepth, maxFileKb, labels, accessibilitySummary);
    }

    /**
     * Navigation words (nav document heading, landmark and cover labels).
     *
     * @param toc   title of the table of contents (default {@code 目次})
     * @param cover label of the cover page (default {@code 表紙})
     * @param start label of the first body page in the landmarks (default {@code 本文})
     */
    @JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
    public record Labels(@KeyDoc("Title of the table of contents.") String toc,
                         @KeyDoc("Label of the cover page.") String cover,
                         @KeyDoc("Label of the first body page in the landmarks.") String start) {
        public static final Labels DEFAULT = new Labels("目次", "表紙", "本文");

        public Labels {
            toc = toc == null ? "目次" : toc;
            cover = cover == null ? "表紙" : cover;
            start = start == null ? "本文" : start;
        }
    }
}
