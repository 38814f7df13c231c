package dev.hanmoto.theme;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One TrueType font file of a stack, with the CSS weight and style it serves.
 *
 * @param file   absolute path of the .ttf file (checked by the theme binder: a whole TrueType font
 *               with kana, kanji and Latin)
 * @param weight CSS font-weight, 100–900 (400 regular, 700 bold)
 * @param style  CSS font-style
 */
public record FontFace(Path file, int weight, Style style) {
    /** CSS font-weight's initial value ({@code normal}), for an entry that does not say. */
    public static final int NORMAL_WEIGHT = 400;

    /** CSS {@code font-style} (CSS Fonts 4 §2.4); oblique is not offered, no bundled font has one. */
    public enum Style implements Keyword { NORMAL, ITALIC }

    public FontFace {
        Objects.requireNonNull(file);
        Objects.requireNonNull(style);
    }

    /** The face of a stack entry: weight and style as written, else CSS's initial values. */
    static FontFace of(Path file, FontSpec spec) {
        return new FontFace(file, spec.weight().orElse(NORMAL_WEIGHT), spec.style().orElse(Style.NORMAL));
    }

    /** The face of a fallback entry, as {@link #of(Path, FontSpec)}. */
    static FontFace of(Path file, FallbackFontSpec spec) {
        return new FontFace(file, spec.weight().orElse(NORMAL_WEIGHT), spec.style().orElse(Style.NORMAL));
    }
}
