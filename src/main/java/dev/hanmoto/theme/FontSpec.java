package dev.hanmoto.theme;

import java.util.Optional;

/**
 * One entry of a font stack as written in {@code theme.yaml}, before its file is resolved. Entries are
 * list items, and lists are replaced as a whole by a child theme, so {@code base/theme.yaml} cannot
 * give their keys defaults: left out, weight and style take the CSS initial values ({@code 400},
 * {@code normal}; CSS Fonts 4 §2.2, §2.4), which {@link FontFace} applies.
 *
 * @param file   the .ttf file
 * @param weight CSS font-weight
 * @param style  CSS font-style
 * @param chars  the characters the face serves (all, or only Latin)
 */
public record FontSpec(
        @KeyDoc(value = "TrueType (.ttf) file, relative to the theme folder, the project or the Hanmoto installation;"
                + " must cover kana, kanji and Latin.", kind = ValueKind.FONT_FILE) String file,
        @KeyDoc(value = "CSS font-weight this file serves (400 regular, 700 bold); left out: 400.", min = 100, max = 900)
        Optional<Integer> weight,
        @KeyDoc("CSS font-style this file serves; left out: normal.") Optional<FontFace.Style> style,
        @KeyDoc("Characters this face serves: all, or latin (letters, digits and their punctuation only, so that a"
                + " proportional face can give the Latin of a stack whose next face sets the Japanese); left out: all.")
        Optional<FontFace.Chars> chars) {}
