package dev.hanmoto.ast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A typed front-matter value (pandoc's {@code MetaValue}). */
public sealed interface MetaValue {
    /** A scalar kept as text (numbers and dates too, as written). */
    record Str(String value) implements MetaValue {
        public Str { java.util.Objects.requireNonNull(value); }
    }

    /** A boolean. */
    record Bool(boolean value) implements MetaValue {}

    /** A list of values. */
    record Lst(List<MetaValue> values) implements MetaValue {
        public Lst { values = List.copyOf(values); }
    }

    /** A map of values, in source order. */
    record Obj(Map<String, MetaValue> values) implements MetaValue {
        public Obj { values = Collections.unmodifiableMap(new LinkedHashMap<>(values)); }
    }

    /** This value as text: a scalar's text, a list's items joined by ", ". */
    default String asText() {
        if (this instanceof Str s) return s.value();
        if (this instanceof Bool b) return Boolean.toString(b.value());
        if (this instanceof Lst l) {
            StringBuilder sb = new StringBuilder();
            for (MetaValue v : l.values()) {
                if (sb.length() > 0) sb.append(", ");
                sb.append(v.asText());
            }
            return sb.toString();
        }
        return "";
    }

    /** This value as a list of texts: a list's items, or a single scalar. */
    default List<String> asTextList() {
        if (this instanceof Lst l) {
            return l.values().stream().map(MetaValue::asText).filter(s -> !s.isEmpty()).toList();
        }
        String s = asText();
        return s.isEmpty() ? List.of() : List.of(s);
    }
}
