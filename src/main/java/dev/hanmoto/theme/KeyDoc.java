package dev.hanmoto.theme;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a theme key means, kept on the record component that binds it. Javadoc is gone at run time, so
 * the validator (value checks) and the reference generator ({@code docs/themes.md}) read this instead.
 * A component without it is still bound and type-checked, and shows as undocumented in the reference.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface KeyDoc {
    /** One sentence: what the key does, with units and accepted values. */
    String value();

    /** How the value is checked beyond its Java type. */
    ValueKind kind() default ValueKind.TEXT;

    /**
     * For a closed set of words (e.g. {@code none}, {@code subset}); empty means any. With
     * {@link ValueKind#THEME_FILE}, the words are accepted besides a file name.
     */
    String[] oneOf() default {};

    /** Inclusive bounds for integer keys. */
    int min() default Integer.MIN_VALUE;

    int max() default Integer.MAX_VALUE;
}
