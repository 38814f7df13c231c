package dev.hanmoto.ast;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Document metadata: a map of typed values under canonical keys. The source reader maps front-matter
 * aliases onto these keys (e.g. {@code meta_description} → {@code description}); other keys are kept
 * as written so themes and templates can use them.
 */
public record Meta(Map<String, MetaValue> values) {
    public static final String TITLE = "title";
    public static final String SUBTITLE = "subtitle";
    public static final String DESCRIPTION = "description";
    public static final String AUTHOR = "author";
    public static final String SUBJECTS = "subjects";
    public static final String LANG = "lang";
    public static final String SLUG = "slug";
    public static final String DATE = "date";
    public static final String PUBLISHER = "publisher";
    public static final String IDENTIFIER = "identifier";
    public static final String CATEGORY = "category";
    public static final String THUMBNAIL = "thumbnail";
    public static final String COVER_IMAGE = "cover-image";

    /** Default document language (BCP 47). */
    public static final String DEFAULT_LANG = "ja";

    public static final Meta EMPTY = new Meta(Map.of());

    public Meta {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Optional<MetaValue> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The value's text, if present and non-blank. */
    public Optional<String> findText(String key) {
        return find(key).map(MetaValue::asText).map(String::strip).filter(s -> !s.isEmpty());
    }

    public List<String> textList(String key) {
        return find(key).map(MetaValue::asTextList).orElse(List.of());
    }

    public Optional<String> title() { return findText(TITLE); }
    public Optional<String> description() { return findText(DESCRIPTION); }
    public List<String> authors() { return textList(AUTHOR); }
    public List<String> subjects() { return textList(SUBJECTS); }
    public Optional<String> slug() { return findText(SLUG); }
    public Optional<String> date() { return findText(DATE); }

    /** The document language, {@value #DEFAULT_LANG} unless set. */
    public String lang() {
        return findText(LANG).orElse(DEFAULT_LANG);
    }

    public Meta with(String key, MetaValue value) {
        var map = new LinkedHashMap<>(values);
        map.put(key, value);
        return new Meta(map);
    }
}
