package dev.hanmoto.theme;

import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The themes a project can use, for {@code hanmoto themes}: the built-in themes, then the project's
 * {@code themes/} folders. A project theme with a built-in's name takes its place (it is the one a
 * build would load). Reads only each theme's own file; a theme that does not parse is still listed.
 */
public final class ThemeCatalog {
    /**
     * One theme.
     *
     * @param name        what {@code --theme} and {@code extends:} accept
     * @param description the theme's own {@code description}, or empty
     * @param parent      what it extends, if anything
     * @param builtin     true if it comes from the jar rather than the project
     * @param location    its theme file: a path, or {@code builtin:/themes/<name>/theme.yaml}
     * @param problem     why its file cannot be read, if so (the full check happens when it is loaded)
     */
    public record Entry(String name, String description, Optional<String> parent, boolean builtin, String location,
                        Optional<String> problem) {}

    private final Path projectDir;

    public ThemeCatalog(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /** Built-in themes in their shipped order, then project-only themes by name. */
    public List<Entry> list() {
        Map<String, Entry> out = new LinkedHashMap<>();
        for (String name : ThemeLoader.builtinNames()) {
            String location = "builtin:/themes/" + name + "/theme.yaml";
            try (InputStream in = ThemeCatalog.class.getResourceAsStream("/themes/" + name + "/theme.yaml")) {
                if (in == null) continue;
                out.put(name, entry(name, new String(in.readAllBytes(), StandardCharsets.UTF_8), true, location));
            } catch (IOException e) {
                out.put(name, new Entry(name, "", Optional.empty(), true, location, Optional.of(e.getMessage())));
            }
        }
        Path themes = projectDir.resolve("themes");
        if (Files.isDirectory(themes)) {
            List<Path> files;
            try (Stream<Path> dirs = Files.list(themes)) {
                files = dirs.map(d -> d.resolve("theme.yaml")).filter(Files::isRegularFile).sorted().toList();
            } catch (IOException e) {
                files = List.of();
            }
            for (Path f : files) {
                String name = f.getParent().getFileName().toString();
                Entry e;
                try {
                    e = entry(name, Files.readString(f, StandardCharsets.UTF_8), false, f.toString());
                } catch (IOException ex) {
                    e = new Entry(name, "", Optional.empty(), false, f.toString(), Optional.of(ex.getMessage()));
                }
                out.put(name, e);
            }
        }
        return List.copyOf(new ArrayList<>(out.values()));
    }

    /** The entry for one name, if the project or the jar has a theme of that name. */
    public Optional<Entry> find(String name) {
        return list().stream().filter(e -> e.name().equals(name)).findFirst();
    }

    private static Entry entry(String name, String yaml, boolean builtin, String location) {
        try {
            ThemeNode.MapNode root = ThemeNode.parse(yaml, Path.of(location));
            return new Entry(name, text(root, "description").orElse(""), text(root, "extends"), builtin, location, Optional.empty());
        } catch (UserError e) {
            return new Entry(name, "", Optional.empty(), builtin, location, Optional.of(e.diagnostics().get(0).format()));
        }
    }

    private static Optional<String> text(ThemeNode.MapNode root, String key) {
        return root.find(key).filter(n -> n instanceof ThemeNode.Scalar s && !s.isNull())
                .map(n -> ((ThemeNode.Scalar) n).value());
    }
}
