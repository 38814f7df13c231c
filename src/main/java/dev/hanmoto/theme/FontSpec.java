package dev.hanmoto.theme;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * One entry of a font stack as written in {@code theme.yaml}, before its file is resolved.
 *
 * @param file   the .ttf file
 * @param weight CSS font-weight
 * @param style  CSS font-style
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record FontSpec(
        @KeyDoc(value = "TrueType (.ttf) file, relative to the theme folder, the project or the Hanmoto installation;"
                + " must cover kana, kanji and Latin.", kind = ValueKind.FONT_FILE) String file,
        @KeyDoc(value = "CSS font-weight this file serves (400 regular, 700 bold).", min = 100, max = 900) Integer weight,
        @KeyDoc(value = "CSS font-style this file serves.", oneOf = {"normal", "italic"}) String style) {}
