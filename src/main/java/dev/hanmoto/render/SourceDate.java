package dev.hanmoto.render;

import java.time.Instant;
import java.util.Optional;

/**
 * The one place renderers read the build date from: {@code SOURCE_DATE_EPOCH} (seconds since 1970,
 * reproducible-builds.org), so the same inputs give the same bytes. The system property
 * {@value #PROPERTY} is consulted first: a JVM cannot set its own environment, and tests (or an
 * embedding program) need to fix the date without one.
 */
public final class SourceDate {
    /** System property that, when set, takes the place of {@code SOURCE_DATE_EPOCH}. */
    public static final String PROPERTY = "hanmoto.sourceDateEpoch";

    private SourceDate() {}

    /** The property, else the environment variable, as an instant; empty if neither is a valid value. */
    public static Optional<Instant> fromEnvironment() {
        String v = System.getProperty(PROPERTY);
        return parse(v != null ? v : System.getenv("SOURCE_DATE_EPOCH"));
    }

    /** Seconds since 1970 as an instant; empty when null or not a plain non-negative integer. */
    public static Optional<Instant> parse(String value) {
        if (value == null || !value.strip().matches("\\d{1,12}")) return Optional.empty();
        return Optional.of(Instant.ofEpochSecond(Long.parseLong(value.strip())));
    }
}
