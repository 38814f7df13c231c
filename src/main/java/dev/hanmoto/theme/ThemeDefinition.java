package dev.hanmoto.theme;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The top level of {@code theme.yaml} after {@code extends} merging: the schema that the
 * binder and the reference ({@code docs/themes.md}) walk.
 *
 * @param parent      the theme this one extends (followed, then dropped, before binding)
 * @param description one line shown by {@code hanmoto themes}
 * @param fonts       named font stacks
 * @param fontFallback fonts tried, in order, for a character the stack in use lacks
 * @param codeStyles  named code styles (token colours, weights, backgrounds) the outputs pick from
 * @param pdf         the print PDF section
 * @param epub        the EPUB section
 * @param card        the social card section
 */
public record ThemeDefinition(
        @KeyDoc(key = "extends", value = "Theme this one builds on: a built-in name (base, default, report), a theme under the project's"
                + " themes/, or a path relative to this file. Maps merge key by key, lists are replaced,"
                + " this file wins.") Optional<String> parent,
        @KeyDoc("One line shown by `hanmoto themes`.") String description,
        @KeyDoc("Named font stacks; the name is the CSS font-family the stylesheets use.")
        Map<String, List<FontSpec>> fonts,
        @KeyDoc("Fallback chain: fonts tried, in order, after the faces of whichever stack sets the text, for a character"
                + " that stack lacks (symbols, Hangul, hanzi, Arabic, Hebrew, Devanagari). A list, replaced as a whole by a"
                + " theme that sets it: to extend it, list your fonts with the bundled ones (docs/themes.md, Fallback fonts);"
                + " [] turns it off.")
        List<FallbackFontSpec> fontFallback,
        @KeyDoc(value = "Named code styles (token colours, weights and slants, backgrounds); pdf.code.style and epub.code.style pick one.",
                names = "[a-z][a-z0-9-]*") Map<String, CodeStyle> codeStyles,
        @KeyDoc("Print PDF settings.") PdfTheme pdf,
        @KeyDoc("EPUB settings.") EpubTheme epub,
        @KeyDoc("Social card settings.") CardTheme card) {}
