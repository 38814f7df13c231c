package dev.hanmoto.theme;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The keys a theme section accepts, computed from its record class by reflection — the record
 * components, named as Jackson names them ({@code @JsonProperty}, else the class's
 * {@code @JsonNaming} strategy) — so validation and {@code docs/themes.md} cannot drift from the
 * code that binds them.
 */
final class ThemeKeys {
    private ThemeKeys() {}

    /**
     * One key of a record.
     *
     * @param name      the YAML key, e.g. {@code running-head}
     * @param component the record component it binds to
     * @param type      the component's generic type
     * @param doc       its documentation, if the component carries {@link KeyDoc}
     */
    record Key(String name, RecordComponent component, Type type, Optional<KeyDoc> doc) {}

    static List<Key> of(Class<?> record) {
        if (!record.isRecord()) throw new IllegalArgumentException(record + " is not a record");
        PropertyNamingStrategy naming = naming(record);
        List<Key> keys = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            JsonProperty explicit = c.getAnnotation(JsonProperty.class);
            if (explicit == null && c.getAccessor() != null) explicit = c.getAccessor().getAnnotation(JsonProperty.class);
            String name;
            if (explicit != null && !explicit.value().isEmpty()) name = explicit.value();
            else if (naming instanceof PropertyNamingStrategies.NamingBase base) name = base.translate(c.getName());
            else name = c.getName();
            keys.add(new Key(name, c, c.getGenericType(), Optional.ofNullable(c.getAnnotation(KeyDoc.class))));
        }
        return keys;
    }

    private static PropertyNamingStrategy naming(Class<?> record) {
        JsonNaming n = record.getAnnotation(JsonNaming.class);
        if (n == null) return null;
        try {
            return n.value().getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create naming strategy of " + record, e);
        }
    }
}
