package dev.hanmoto.theme;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One TrueType font file of a stack, with the CSS weight and style it serves.
 *
 * @param file   absolute path of the .ttf file
 * @param weight CSS font-weight, 100–900 (400 regular, 700 bold)
 * @param style  CSS font-style: {@code normal} or {@code italic}
 */
public record FontFace(Path file, int weight, String style) {
    public FontFace {
        Objects.requireNonNull(file);
        style = style == null ? "normal" : style;
    }
}
