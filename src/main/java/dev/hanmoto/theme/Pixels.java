package dev.hanmoto.theme;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Raster dimensions {@code WIDTHxHEIGHT} in pixels, each 1–99999 (a card variant, e.g. {@code 1200x630}).
 *
 * @param width  width in px
 * @param height height in px
 */
public record Pixels(int width, int height) {
    private static final Pattern PIXELS = Pattern.compile("([1-9]\\d{0,4})x([1-9]\\d{0,4})");

    public Pixels {
        if (width < 1 || height < 1) throw new IllegalArgumentException(width + "x" + height);
    }

    /** The size, if {@code text} is {@code WIDTHxHEIGHT} with a lower-case x and no spaces inside. */
    public static Optional<Pixels> parse(String text) {
        if (text == null) return Optional.empty();
        Matcher m = PIXELS.matcher(text.strip());
        return m.matches() ? Optional.of(new Pixels(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))) : Optional.empty();
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
