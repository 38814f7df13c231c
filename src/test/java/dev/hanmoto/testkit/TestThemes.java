package dev.hanmoto.testkit;

import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/**
 * Themes as a user's build loads them: the shipped ones by name, and variants of the default theme
 * written as child theme folders ({@code extends: default}) under {@code target/test-themes/}, bound
 * and checked by the theme loader like any other. For themes a test writes and breaks itself, see
 * {@link ThemeProject}.
 */
public final class TestThemes {
    private TestThemes() {}

    private static final Map<String, Theme> LOADED = new HashMap<>();

    /** The default theme. */
    public static Theme defaultTheme() {
        return named("default");
    }

    /** A shipped theme by name ({@code default}, {@code report}, or the built-in {@code base}). */
    public static synchronized Theme named(String name) {
        return LOADED.computeIfAbsent(name, n -> new ThemeLoader(TestDocuments.REPO).load(n));
    }

    /** The default theme with {@code yaml} over it, e.g. {@code pdf: { running-head: chapter }}. */
    public static Theme with(String yaml) {
        return with(yaml, Map.of());
    }

    /** The default theme with {@code css} after its print stylesheet. */
    public static Theme withCss(String css) {
        return withCss("", css);
    }

    /** The default theme with {@code yaml} over it and {@code css} after its print stylesheet. */
    public static Theme withCss(String yaml, String css) {
        Theme base = defaultTheme();
        String sheet = base.pdf().stylesheet();
        return with(yaml, Map.of(sheet, base.files().requireText(sheet) + "\n" + css + "\n"));
    }

    /**
     * The default theme with {@code yaml} over it and {@code files} (name → text) in its folder, which
     * take the place of the default's files of the same name.
     */
    public static synchronized Theme with(String yaml, Map<String, String> files) {
        String key = yaml + "\n" + new TreeMap<>(files);
        Theme cached = LOADED.get(key);
        if (cached != null) return cached;
        try {
            Path dir = TestDocuments.REPO.resolve("target/test-themes/" + Integer.toHexString(key.hashCode()));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("theme.yaml"), "extends: default\n" + yaml + "\n", StandardCharsets.UTF_8);
            for (var f : files.entrySet()) Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
            Theme theme = new ThemeLoader(TestDocuments.REPO).load(dir.toString());
            LOADED.put(key, theme);
            return theme;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The theme with its {@code epub} section changed through the section's own {@code with…} methods,
     * e.g. {@code withEpub(t, e -> e.withWritingMode(VERTICAL_RL))}: for trying every EPUB setting
     * without a theme folder per combination.
     */
    public static Theme withEpub(Theme t, UnaryOperator<EpubTheme> change) {
        return new Theme(t.name(), t.description(), t.files(), t.fonts(), t.codeStyles(), t.pdf(), change.apply(t.epub()), t.card());
    }
}
