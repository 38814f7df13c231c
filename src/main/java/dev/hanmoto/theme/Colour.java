package dev.hanmoto.theme;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A CSS colour from a theme (CSS Color 4), checked by the theme binder: {@code #rgb}, {@code #rrggbb},
 * {@code rgb()}/{@code rgba()} or a named colour that openhtmltopdf knows.
 *
 * @param css the colour as written, handed to stylesheets unchanged
 */
public record Colour(String css) {
    public Colour {
        Objects.requireNonNull(css);
    }

    /** The colour, if {@code text} is one a theme may use. */
    public static Optional<Colour> parse(String text) {
        return CssValues.isColour(text) ? Optional.of(new Colour(text.strip())) : Optional.empty();
    }

    /**
     * The 24-bit sRGB value of a colour written in hex ({@code #rgb} expanded to {@code #rrggbb});
     * empty for functional and named forms, which only the stylesheets interpret.
     */
    public OptionalInt hexRgb() {
        if (!css.startsWith("#")) return OptionalInt.empty();
        String h = css.substring(1);
        if (h.length() == 3) h = "" + h.charAt(0) + h.charAt(0) + h.charAt(1) + h.charAt(1) + h.charAt(2) + h.charAt(2);
        return OptionalInt.of(Integer.parseInt(h, 16));
    }

    @Override
    public String toString() {
        return css;
    }
}
