package dev.hanmoto.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Outputs kept under {@code target/<folder>/} for people to look at after a test run; never compared as bytes. */
public final class KeptOutputs {
    private KeptOutputs() {}

    /** Writes {@code bytes} as {@code target/<folder>/<name>}; returns that path. */
    public static Path keep(String folder, String name, byte[] bytes) {
        try {
            Path dir = TestDocuments.REPO.resolve("target").resolve(folder);
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
