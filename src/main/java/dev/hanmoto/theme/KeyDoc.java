package dev.hanmoto.theme;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a theme key means, kept on the record component that binds it. Javadoc is gone at run time, so
 * the binder (value checks) and the reference generator ({@code docs/themes.md}) read this instead.
 * Every component must carry it ({@code ThemeContractTest}).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface KeyDoc {
    /** One sentence: what the key does, with units and accepted values. */
    String value();

    /** The YAML key, when it is not the component's name in kebab case ({@code maxFileKb} → {@code max-file-kb}). */
    String key() default "";

    /** How the value is checked beyond its Java type. */
    ValueKind kind() default ValueKind.TEXT;

    /**
     * Words accepted besides a file name, with {@link ValueKind#THEME_FILE} (e.g. {@code epub.cover:
     * card | none | cover.png}). Keys with a closed set of words are Java enums implementing
     * {@link Keyword} instead.
     */
    String[] oneOf() default {};

    /** Inclusive bounds for integer keys. */
    int min() default Integer.MIN_VALUE;

    int max() default Integer.MAX_VALUE;

    /** For a map, the pattern its names must match; empty means any. */
    String names() default "";

    /**
     * For a template: it may hold no active content — scripts, frames, plug-ins, event handlers,
     * {@code javascript:} URLs (issue 8: themes are copied from the internet; an EPUB never carries them).
     */
    boolean noActiveContent() default false;
}
