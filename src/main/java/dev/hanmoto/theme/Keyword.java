package dev.hanmoto.theme;

import java.util.Locale;

/**
 * An enum whose constants are the words a theme key accepts: {@code HORIZONTAL_TB} is written
 * {@code horizontal-tb}. The binder matches the words exactly (lower case) and the reference lists them.
 */
public interface Keyword {
    /** This constant as a theme writes it. */
    default String word() {
        return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
