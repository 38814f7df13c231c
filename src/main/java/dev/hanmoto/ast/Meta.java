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
    /** A shorter title for running heads (the print PDF's 柱), when the title is too long for one. */
    public static final String SHORT_TITLE = "short-title";
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

    /**
     * The metadata vocabulary every source format shares (Markdown front matter, book manifests):
     * keys taking one text value, by the name written → canonical key. Lower case; other names are
     * kept as written.
     */
    public static final Map<String, String> SCALAR_ALIASES = scalarAliases();
    /** Keys naming the description, in the order the first present one is taken. */
    public static final List<String> DESCRIPTION_ALIASES = List.of("description", "meta_description", "summary");
    /** Keys whose values are merged into {@link #SUBJECTS} (de-duplicated, order kept). */
    public static final List<String> SUBJECT_ALIASES = List.of("subjects", "keywords", "tags");
    /** Keys whose values become {@link #AUTHOR}. */
    public static final List<String> AUTHOR_ALIASES = List.of("author", "authors");

    private static Map<String, String> scalarAliases() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("title", TITLE);
        m.put("subtitle", SUBTITLE);
        m.put("short-title", SHORT_TITLE);
        m.put("short_title", SHORT_TITLE);
        m.put("shorttitle", SHORT_TITLE);
        m.put("running-title", SHORT_TITLE);
        m.put("slug", SLUG);
        m.put("category", CATEGORY);
        m.put("date", DATE);
        m.put("lang", LANG);
        m.put("language", LANG);
        m.put("publisher", PUBLISHER);
        m.put("identifier", IDENTIFIER);
        m.put("thumbnail", THUMBNAIL);
        m.put("cover-image", COVER_IMAGE);
        m.put("cover_image", COVER_IMAGE);
        m.put("cover", COVER_IMAGE);
        return Collections.unmodifiableMap(m);
    }

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
