package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertThrows;

/** A throw-away project folder for theme tests; fonts come from the repository's fonts/. */
final class ThemeProject {
    /** The repository (surefire runs in it): the installation that bundles fonts/. */
    static final Path REPO = Path.of("").toAbsolutePath();

    /** Template and stylesheet names that the built-in base theme refers to but does not hold. */
    static final List<String> BASE_FILES = List.of("pdf.html", "pdf.css", "epub-chapter.html", "epub.css", "card.html", "card.css");

    final Path dir;

    ThemeProject(Path dir) {
        this.dir = dir;
    }

    /** Writes {@code themes/<name>/theme.yaml}; returns its path. */
    Path theme(String name, String yaml) {
        return write("themes/" + name + "/theme.yaml", yaml);
    }

    /**
     * A theme that extends the built-in base and holds the files base refers to, plus {@code yaml}; its
     * stylesheets set text in base's serif-ja stack (a PDF stylesheet must name a stack of the theme).
     */
    Path themeOnBase(String name, String yaml) {
        return themeWithFiles(name, "extends: base\n" + yaml);
    }

    /** A theme of exactly {@code yaml} that holds the files base refers to (as {@link #themeOnBase} writes them). */
    Path themeWithFiles(String name, String yaml) {
        for (String f : BASE_FILES) write("themes/" + name + "/" + f, f.endsWith(".css") ? "body { font-family: serif-ja; }\n" : "<html/>\n");
        return theme(name, yaml);
    }

    Path write(String rel, String text) {
        try {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path writeBytes(String rel, byte[] bytes) {
        try {
            Path p = dir.resolve(rel);
            Files.createDirectories(p.getParent());
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ThemeLoader loader() {
        return new ThemeLoader(dir, Optional.of(REPO));
    }

    Theme load(String name) {
        return loader().load(name);
    }

    List<Diagnostic> errors(String name) {
        return assertThrows(UserError.class, () -> load(name)).diagnostics();
    }

    static List<String> formatted(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::format).toList();
    }
}
