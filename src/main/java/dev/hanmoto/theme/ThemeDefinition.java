package dev.hanmoto.theme;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * The top level of {@code theme.yaml} after {@code extends} merging: the schema that the
 * validator and the reference ({@code docs/themes.md}) walk.
 *
 * @param parent      the theme this one extends
 * @param description one line shown by {@code hanmoto themes}
 * @param fonts       named font stacks
 * @param pdf         the print PDF section
 * @param epub        the EPUB section
 * @param card        the social card section
 */
@JsonNaming(PropertyNamingStrategies.KebabCaseStrategy.class)
public record ThemeDefinition(
        @JsonProperty("extends")
        @KeyDoc("Theme this one builds on: a built-in name (base, default, report), a theme under the project's"
                + " themes/, or a path relative to this file. Maps merge key by key, lists are replaced,"
                + " this file wins.") String parent,
        @KeyDoc("One line shown by `hanmoto themes`.") String description,
        @KeyDoc("Named font stacks; the name is the CSS font-family the stylesheets use.")
        Map<String, List<FontSpec>> fonts,
        @KeyDoc("Print PDF settings.") PdfTheme pdf,
        @KeyDoc("EPUB settings.") EpubTheme epub,
        @KeyDoc("Social card settings.") CardTheme card) {}
