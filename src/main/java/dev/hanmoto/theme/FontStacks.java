package dev.hanmoto.theme;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Named font stacks shared by all outputs (theme key {@code fonts}), and the fallback chain behind them
 * (theme key {@code font-fallback}). The stack name is the CSS {@code font-family} name the theme's
 * stylesheets use (e.g. {@code serif-ja}).
 *
 * @param stacks   the stacks by name, in theme order
 * @param fallback the faces tried, in order, for a character the faces of the stack in use lack
 */
public record FontStacks(Map<String, List<FontFace>> stacks, List<FontFace> fallback) {
    public FontStacks {
        var copy = new LinkedHashMap<String, List<FontFace>>();
        stacks.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        stacks = Collections.unmodifiableMap(copy);
        fallback = List.copyOf(fallback);
    }

    /** Stacks without a fallback chain. */
    public FontStacks(Map<String, List<FontFace>> stacks) {
        this(stacks, List.of());
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

    /** The stacks a stylesheet names, in theme order (the binder made sure a PDF stylesheet names one). */
    public List<String> namedIn(String css) {
        return namedIn(stacks.keySet(), css);
    }

    /** Of {@code names}, those that {@code css} mentions as a whole word (a font-family name), in order. */
    static List<String> namedIn(Collection<String> names, String css) {
        List<String> used = new ArrayList<>();
        for (String name : names) {
            if (Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(css).find()) used.add(name);
        }
        return used;
    }
}
