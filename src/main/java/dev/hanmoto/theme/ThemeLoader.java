package dev.hanmoto.theme;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads a theme by name ({@code themes/<name>/} under the project) or by folder, binds each section to
 * its record with unknown keys rejected, and resolves font files.
 */
public final class ThemeLoader {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Path projectDir;

    public ThemeLoader(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    /** A theme given as a name (a folder under {@code themes/}) or as a path to a folder or theme.yaml. */
    public Theme load(String nameOrPath) {
        Path candidate = projectDir.resolve(nameOrPath);
        Path dir;
        if (Files.isRegularFile(candidate)) dir = candidate.getParent();
        else if (Files.isDirectory(candidate) && Files.isRegularFile(candidate.resolve("theme.yaml"))) dir = candidate;
        else dir = projectDir.resolve("themes").resolve(nameOrPath);
        Path file = dir.resolve("theme.yaml");
        if (!Files.isRegularFile(file)) {
            throw new UserError(Diagnostic.error("theme-not-found",
                    "theme '" + nameOrPath + "' not found (looked for " + file + ")", null, 0, 0));
        }
        return loadFile(file.normalize());
    }

    private Theme loadFile(Path file) {
        JsonNode root;
        try {
            root = YAML.readTree(Files.readAllBytes(file));
        } catch (JsonMappingException e) {
            throw located(file, e, "theme-syntax", e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError(Diagnostic.error("theme-io", "cannot read theme: " + e.getMessage(), file, 0, 0));
        }
        try {
            var raw = YAML.readerFor(RawTheme.class).readValue(Files.readAllBytes(file), RawTheme.class);
            Path dir = file.getParent();
            return new Theme(dir.getFileName().toString(), raw.description(),
                    new ThemeFiles(List.of(new ThemeFiles.Root.Dir(dir))),
                    fonts(file, raw.fonts()), raw.pdf(), raw.epub(), raw.card());
        } catch (UnrecognizedPropertyException e) {
            throw located(file, e, "theme-unknown-key", "unknown key '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            throw located(file, e, "theme-type", e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserError(Diagnostic.error("theme-io", "cannot read theme: " + e.getMessage(), file, 0, 0));
        }
    }

    private FontStacks fonts(Path themeFile, Map<String, List<RawFace>> raw) {
        Map<String, List<FontFace>> stacks = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((name, faces) -> {
                List<FontFace> list = new ArrayList<>();
                for (RawFace f : faces) list.add(new FontFace(resolveFont(themeFile, f.file()), f.weight() == null ? 400 : f.weight(), f.style()));
                stacks.put(name, list);
            });
        }
        return new FontStacks(stacks);
    }

    /** A font path: relative to the theme folder, else to the project, else to the Hanmoto installation. */
    private Path resolveFont(Path themeFile, String name) {
        List<Path> bases = new ArrayList<>(List.of(themeFile.getParent(), projectDir));
        String home = System.getProperty("hanmoto.home");
        if (home != null) bases.add(Path.of(home));
        for (Path base : bases) {
            Path p = base.resolve(name).normalize();
            if (Files.isRegularFile(p)) return p;
        }
        throw new UserError(Diagnostic.error("theme-font-missing", "font file not found: " + name, themeFile, 0, 0));
    }

    private static UserError located(Path file, JsonMappingException e, String code, String message) {
        JsonLocation loc = e.getLocation();
        int line = loc == null ? 0 : loc.getLineNr();
        int col = loc == null ? 0 : loc.getColumnNr();
        return new UserError(Diagnostic.error(code, message, file, Math.max(line, 0), Math.max(col, 0)));
    }

    record RawFace(String file, Integer weight, String style) {}

    record RawTheme(String description, Map<String, List<RawFace>> fonts, PdfTheme pdf, EpubTheme epub, CardTheme card) {}
}
