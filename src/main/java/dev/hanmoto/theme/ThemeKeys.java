package dev.hanmoto.theme;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The keys a theme section accepts, computed from its record class by reflection — the record
 * components in declaration order, named in kebab case ({@code runningHeadMax} → {@code running-head-max})
 * unless {@link KeyDoc#key()} says otherwise — so that the binder and {@code docs/themes.md} cannot
 * drift from the records the renderers read.
 */
final class ThemeKeys {
    private ThemeKeys() {}

    /**
     * One key of a record.
     *
     * @param name      the YAML key, e.g. {@code running-head}
     * @param component the record component it binds to
     * @param type      the component's generic type, {@code Optional<T>} unwrapped to {@code T}
     * @param optional  whether the component is an {@code Optional}: the key may be left unset
     * @param doc       its documentation, if the component carries {@link KeyDoc}
     */
    record Key(String name, RecordComponent component, Type type, boolean optional, Optional<KeyDoc> doc) {}

    static List<Key> of(Class<?> record) {
        if (!record.isRecord()) throw new IllegalArgumentException(record + " is not a record");
        List<Key> keys = new ArrayList<>();
        for (RecordComponent c : record.getRecordComponents()) {
            Optional<KeyDoc> doc = Optional.ofNullable(c.getAnnotation(KeyDoc.class));
            String name = doc.map(KeyDoc::key).filter(k -> !k.isEmpty()).orElseGet(() -> kebab(c.getName()));
            Type type = c.getGenericType();
            boolean optional = type instanceof ParameterizedType p && p.getRawType() == Optional.class;
            if (optional) type = ((ParameterizedType) type).getActualTypeArguments()[0];
            keys.add(new Key(name, c, type, optional, doc));
        }
        return keys;
    }

    /** Records that are one value written as one scalar ({@code 18mm}, {@code #fff}, {@code 1200x630}, {@code B5}), not a section of keys. */
    private static final Set<Class<?>> VALUES = Set.of(Length.class, Colour.class, Pixels.class, PageSize.class);

    /** Whether a key of this type holds a mapping of keys of its own (a record such as {@code PdfTheme.Page}). */
    static boolean isSection(Type type) {
        return type instanceof Class<?> c && c.isRecord() && !VALUES.contains(c);
    }

    /** {@code maxFileKb} → {@code max-file-kb}. */
    static String kebab(String javaName) {
        StringBuilder sb = new StringBuilder();
        for (char ch : javaName.toCharArray()) {
            if (Character.isUpperCase(ch)) sb.append('-').append(Character.toLowerCase(ch));
            else sb.append(ch);
        }
        return sb.toString();
    }
}
