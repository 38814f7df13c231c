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
 * @param chars  the characters this face is used for: all it has, or only Latin ({@link FontFiles#bytes(FontFace)}
 *               derives a face holding only those)
 */
public record FontFace(Path file, int weight, Style style, Chars chars) {
    /** CSS font-weight's initial value ({@code normal}), for an entry that does not say. */
    public static final int NORMAL_WEIGHT = 400;

    /** CSS {@code font-style} (CSS Fonts 4 §2.4); oblique is not offered, no bundled font has one. */
    public enum Style implements Keyword { NORMAL, ITALIC }

    /**
     * Which characters of the file a face serves. {@code latin}: Latin letters, digits and their
     * punctuation (Basic Latin, Latin-1, Latin Extended-A and -B, the hyphens and the en dash) and
     * nothing else, so that the face can stand first in a CSS font-family list — Latin from a
     * proportional face, kana, kanji and full-width punctuation from the next (JLREQ 3.2: solid setting
     * of the Japanese, proportional Latin). openhtmltopdf picks a face glyph by glyph along the
     * font-family list but has no {@code unicode-range}: a face without the other characters is how
     * the choice is made.
     */
    public enum Chars implements Keyword { ALL, LATIN }

    public FontFace {
        Objects.requireNonNull(file);
        Objects.requireNonNull(style);
        Objects.requireNonNull(chars);
    }

    /** A face serving every character of its file. */
    public FontFace(Path file, int weight, Style style) {
        this(file, weight, style, Chars.ALL);
    }

    /** The face of a stack entry: weight and style as written, else CSS's initial values. */
    static FontFace of(Path file, FontSpec spec) {
        return new FontFace(file, spec.weight().orElse(NORMAL_WEIGHT), spec.style().orElse(Style.NORMAL),
                spec.chars().orElse(Chars.ALL));
    }

    /** The face of a fallback entry, as {@link #of(Path, FontSpec)}. */
    static FontFace of(Path file, FallbackFontSpec spec) {
        return new FontFace(file, spec.weight().orElse(NORMAL_WEIGHT), spec.style().orElse(Style.NORMAL));
    }
}
