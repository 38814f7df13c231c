package dev.hanmoto.ast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identifier, classes and key/value attributes (pandoc's {@code Attr}): writers get extension data
 * without new node types. The attribute map keeps insertion order so outputs are deterministic.
 */
public record Attr(String id, List<String> classes, Map<String, String> attributes) {
    public static final Attr EMPTY = new Attr("", List.of(), Map.of());

    public Attr {
        id = id == null ? "" : id;
        classes = List.copyOf(classes);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static Attr id(String id) {
        return new Attr(id, List.of(), Map.of());
    }

    public static Attr classes(String... classes) {
        return new Attr("", List.of(classes), Map.of());
    }

    public boolean hasClass(String c) {
        return classes.contains(c);
    }

    public boolean isEmpty() {
        return id.isEmpty() && classes.isEmpty() && attributes.isEmpty();
    }

    public Attr withId(String newId) {
        return new Attr(newId, classes, attributes);
    }

    public Attr withClass(String c) {
        if (classes.contains(c)) return this;
        var list = new java.util.ArrayList<>(classes);
        list.add(c);
        return new Attr(id, list, attributes);
    }

    public Attr withAttribute(String key, String value) {
        var map = new LinkedHashMap<>(attributes);
        map.put(key, value);
        return new Attr(id, classes, map);
    }
}
