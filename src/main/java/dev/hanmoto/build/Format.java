package dev.hanmoto.build;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The output formats, by their command-line names. */
public enum Format {
    PDF, EPUB, CARD;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Format> find(String name) {
        for (Format f : values()) if (f.cliName().equals(name.strip().toLowerCase(Locale.ROOT))) return Optional.of(f);
        return Optional.empty();
    }

    public static Set<Format> all() {
        return EnumSet.allOf(Format.class);
    }

    /**
     * The theme sections these formats render with, for {@code ThemeLoader.load(name, outputs)}: each
     * format's section bears its name (pdf, epub, card).
     */
    public static Set<String> themeSections(Set<Format> formats) {
        return formats.stream().map(Format::cliName).collect(Collectors.toUnmodifiableSet());
    }
}
