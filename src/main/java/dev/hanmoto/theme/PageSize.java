package dev.hanmoto.theme;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A named page size in millimetres, portrait. B sizes are JIS B (B5 = 182×257 mm, the Japanese
 * book and report size), not ISO B (B5 = 176×250 mm).
 *
 * @param name     the canonical name, e.g. {@code B5}
 * @param widthMm  trim width in mm
 * @param heightMm trim height in mm
 */
public record PageSize(String name, double widthMm, double heightMm) {
    private static final Map<String, PageSize> NAMED = new LinkedHashMap<>();

    static {
        for (PageSize p : new PageSize[] {
                // The PDF renderer's page geometry reads this table: a size added here works there too.
                new PageSize("A4", 210, 297), new PageSize("A5", 148, 210), new PageSize("B5", 182, 257),
                new PageSize("B6", 128, 182), new PageSize("Letter", 215.9, 279.4)}) {
            NAMED.put(p.name().toLowerCase(Locale.ROOT), p);
        }
    }

    /** A named size, case-insensitively ({@code b5} and {@code B5} are the same). */
    public static Optional<PageSize> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(NAMED.get(name.trim().toLowerCase(Locale.ROOT)));
    }

    /** The names this theme system knows, in a stable order, for messages and docs. */
    public static String names() {
        return String.join(", ", NAMED.values().stream().map(PageSize::name).toList());
    }

    /** The CSS {@code size} value, e.g. {@code 182mm 257mm}. */
    public String css() {
        return CssValues.mm(widthMm) + " " + CssValues.mm(heightMm);
    }
}
