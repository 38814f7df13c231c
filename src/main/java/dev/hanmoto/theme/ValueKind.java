package dev.hanmoto.theme;

/** How a theme value is checked beyond its Java type (see {@link KeyDoc#kind()}). */
public enum ValueKind {
    /** Free text. */
    TEXT("text"),
    /** A CSS length: a number with a unit (mm, cm, in, pt, pc, px, em, Q), or 0; Q is handed on as mm. */
    LENGTH("length"),
    /** A CSS colour: {@code #rgb}, {@code #rrggbb}, {@code rgb()}/{@code rgba()} or a CSS named colour. */
    COLOR("colour"),
    /** A named page size: A4, A5, B5 (JIS, 182×257 mm), B6 (JIS, 128×182 mm), Letter. */
    PAGE_SIZE("page size"),
    /** A length in CSS pixels, for raster outputs (the card): {@code 64px}, or a bare number meaning px. */
    PX_LENGTH("length in px"),
    /** Pixel dimensions {@code WIDTHxHEIGHT}, e.g. {@code 1200x630}. */
    PIXELS("pixels"),
    /** A file of the theme (template, CSS, image), found through the {@code extends} chain. */
    THEME_FILE("theme file"),
    /** A TrueType font file, relative to the theme folder, the project or the Hanmoto installation. */
    FONT_FILE("font file"),
    /** The name of a font stack under {@code fonts:} (after inheritance). */
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
