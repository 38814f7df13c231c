package dev.hanmoto.theme;

import java.util.Optional;

/**
 * One entry of the fallback chain ({@code font-fallback}) as written in {@code theme.yaml}: a font tried,
 * after every face of the stack in use, for a character that stack lacks. Unlike a stack's font it need
 * not cover Japanese: a fallback face covers a script or a block of symbols.
 *
 * @param file   the .ttf file
 * @param weight CSS font-weight
 * @param style  CSS font-style
 */
public record FallbackFontSpec(
        @KeyDoc(value = "TrueType (.ttf) file, relative to the theme folder, the project or the Hanmoto installation;"
                + " any script (it need not cover Japanese).", kind = ValueKind.FALLBACK_FONT_FILE) String file,
        @KeyDoc(value = "CSS font-weight this file serves (400 regular, 700 bold); left out: 400.", min = 100, max = 900)
        Optional<Integer> weight,
        @KeyDoc("CSS font-style this file serves; left out: normal.") Optional<FontFace.Style> style) {}
