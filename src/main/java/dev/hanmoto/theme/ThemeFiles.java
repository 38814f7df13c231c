package dev.hanmoto.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Files of a theme and its ancestors: a name is looked up in the child's folder first, then in each
 * parent's, so a theme overrides a parent's template, stylesheet or image by holding a file of the
 * same name. Built-in themes live on the class path under {@code /themes/<name>/}.
 */
public final class ThemeFiles {
    /** One place a theme's files live: a folder on disk or a class-path prefix. */
    public sealed interface Root {
        record Dir(Path dir) implements Root {}
        record Classpath(String prefix) implements Root {}
    }

    private final List<Root> roots;

    public ThemeFiles(List<Root> roots) {
        this.roots = List.copyOf(roots);
    }

    public List<Root> roots() {
        return roots;
    }

    /** A human-readable location of the file, for diagnostics, if it exists. */
    public Optional<String> describe(String name) {
        for (Root r : roots) {
            if (r instanceof Root.Dir d) {
                Path p = d.dir().resolve(name).normalize();
                if (p.startsWith(d.dir()) && Files.isRegularFile(p)) return Optional.of(p.toString());
            } else if (r instanceof Root.Classpath c) {
                if (ThemeFiles.class.getResource(c.prefix() + name) != null) return Optional.of("builtin:" + c.prefix() + name);
            }
        }
        return Optional.empty();
    }

    /** The file on disk, if the first theme that has it keeps it on disk. */
    public Optional<Path> findPath(String name) {
        for (Root r : roots) {
            if (r instanceof Root.Dir d) {
                Path p = d.dir().resolve(name).normalize();
                if (p.startsWith(d.dir()) && Files.isRegularFile(p)) return Optional.of(p);
            } else if (r instanceof Root.Classpath c) {
                if (ThemeFiles.class.getResource(c.prefix() + name) != null) return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The bytes of the first match, if any theme in the chain has the file. */
    public Optional<byte[]> findBytes(String name) {
        for (Root r : roots) {
            try {
                if (r instanceof Root.Dir d) {
                    Path p = d.dir().resolve(name).normalize();
                    if (p.startsWith(d.dir()) && Files.isRegularFile(p)) return Optional.of(Files.readAllBytes(p));
                } else if (r instanceof Root.Classpath c) {
                    URL u = ThemeFiles.class.getResource(c.prefix() + name);
                    if (u != null) {
                        try (InputStream in = u.openStream()) {
                            return Optional.of(in.readAllBytes());
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }

    public Optional<String> findText(String name) {
        return findBytes(name).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The text of a file the theme must have; validation ensures it exists before rendering. */
    public String requireText(String name) {
        return findText(name).orElseThrow(() -> new IllegalStateException("theme file missing: " + name));
    }
}
