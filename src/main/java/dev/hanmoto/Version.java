package dev.hanmoto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Hanmoto's version: written once, as the project version in {@code pom.xml}, and copied by the build
 * into {@code version.properties} beside this class, so that the jar and a test run from
 * {@code target/classes} report the same.
 */
public final class Version {
    private Version() {}

    /** The version, e.g. {@code 0.1.0}. */
    public static final String NUMBER = load();

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in == null) throw new IllegalStateException("dev/hanmoto/version.properties is missing from the class path");
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.contains("${")) throw new IllegalStateException("version.properties was not filled in by the build: '" + v + "'");
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dev/hanmoto/version.properties", e);
        }
    }
}
