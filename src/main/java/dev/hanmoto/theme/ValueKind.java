package dev.hanmoto.theme;

/** How a theme value is checked beyond its Java type (see {@link KeyDoc#kind()}). */
public enum ValueKind {
    /** Free text, a number, or a word of a {@link Keyword} enum: the Java type says which. */
    TEXT("text"),
    /** A {@link Length}: a number with a unit (mm, cm, in, pt, pc, px, em, Q), or 0; never negative; Q is handed on as mm. */
    LENGTH("length"),
    /** A {@link Length} in a unit of its own (mm, cm, in, pt, pc, px, Q; not em), for print-shop geometry. */
    ABSOLUTE_LENGTH("absolute length"),
    /** A {@link Length} in CSS pixels, for raster outputs (the card): {@code 64px}, or a bare number meaning px. */
    PX_LENGTH("length in px"),
    /** A {@link Colour}: {@code #rgb}, {@code #rrggbb}, {@code rgb()}/{@code rgba()} or a CSS named colour. */
    COLOR("colour"),
    /** A named {@link PageSize}: A4, A5, B5 (JIS, 182×257 mm), B6 (JIS, 128×182 mm), Letter. */
    PAGE_SIZE("page size"),
    /** {@link Pixels} {@code WIDTHxHEIGHT}, e.g. {@code 1200x630}. */
    PIXELS("pixels"),
    /** A file of the theme (template, CSS, image), found through the {@code extends} chain. */
    THEME_FILE("theme file"),
    /** A theme file that is a PNG, JPEG or SVG image, by its name. */
    IMAGE_FILE("image file (PNG, JPEG or SVG)"),
    /** A TrueType font file, relative to the theme folder, the project or the Hanmoto installation. */
    FONT_FILE("font file"),
    /** A TrueType font file, found as a {@link #FONT_FILE}, that need not cover Japanese: a fallback face. */
    FALLBACK_FONT_FILE("fallback font file"),
    /** The name of a font stack under {@code fonts:} (after inheritance) that has at least one font. */
    FONT_STACK("font stack name");

    private final String label;

    ValueKind(String label) {
        this.label = label;
    }

    /** The word used for this kind in messages and in {@code docs/themes.md}. */
    public String label() {
        return label;
    }
}
