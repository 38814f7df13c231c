package dev.hanmoto.testkit;

import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/** Themes for tests, loaded, bound and checked as a user's are. */
public final class TestThemes {
    /** The repository (surefire runs in it): the project whose {@code themes/} hold the shipped themes, and the installation whose {@code fonts/} they name. */
    public static final Path REPO = Path.of("").toAbsolutePath();

    private static final Map<String, Theme> SHIPPED = new ConcurrentHashMap<>();
    private static final Map<String, Theme> CHILDREN = new ConcurrentHashMap<>();

    private TestThemes() {}

    /** A shipped theme ({@code default}, {@code report}, or the built-in {@code base}), loaded once per test run. */
    public static Theme shipped(String name) {
        return SHIPPED.computeIfAbsent(name, n -> new ThemeLoader(REPO, Optional.of(REPO)).load(n));
    }

    /** The shipped default theme. */
    public static Theme defaultTheme() {
        return shipped("default");
    }

    /**
     * A child of a shipped theme holding {@code yaml} (e.g. {@code card: { file-name: thumbnail }}): its
     * {@code theme.yaml} is {@code extends: <parent>} and the YAML, in a folder of its own under
     * {@code target/test-themes/}. Loaded once per parent and YAML.
     */
    public static Theme child(String parent, String yaml) {
        return CHILDREN.computeIfAbsent(parent + "\n" + yaml, key -> {
            try {
                Path dir = REPO.resolve("target/test-themes/" + parent + "-" + Integer.toHexString(yaml.hashCode()));
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("theme.yaml"), "extends: " + parent + "\n" + yaml + "\n", StandardCharsets.UTF_8);
                return new ThemeLoader(REPO, Optional.of(REPO)).load(dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The theme with its {@code epub} section changed, e.g. {@code withEpub(t, e -> e.withWritingMode(VERTICAL_RL))}. */
    public static Theme withEpub(Theme t, UnaryOperator<EpubTheme> change) {
        return new Theme(t.name(), t.description(), t.files(), t.fonts(), t.pdf(), change.apply(t.epub()), t.card());
    }
}
