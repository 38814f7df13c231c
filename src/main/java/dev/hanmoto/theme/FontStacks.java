package dev.hanmoto.theme;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Named font stacks shared by all outputs (theme key {@code fonts}). The stack name is the CSS
 * {@code font-family} name the theme's stylesheets use (e.g. {@code serif-ja}).
 */
public record FontStacks(Map<String, List<FontFace>> stacks) {
    public FontStacks {
        var copy = new LinkedHashMap<String, List<FontFace>>();
        stacks.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        stacks = Collections.unmodifiableMap(copy);
    }

    public Optional<List<FontFace>> find(String name) {
        return Optional.ofNullable(stacks.get(name));
    }

    /** The file of the first face of stack {@code name}, else of the first stack; empty if there is none. */
    public Optional<java.nio.file.Path> firstFile(String name) {
        List<FontFace> faces = stacks.get(name);
        if (faces == null || faces.isEmpty()) faces = stacks.values().stream().filter(f -> !f.isEmpty()).findFirst().orElse(List.of());
        return faces.isEmpty() ? Optional.empty() : Optional.of(faces.get(0).file());
    }
}
