package dev.hanmoto.build;

import dev.hanmoto.book.BookLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Hanmoto project folder: {@code content/} (sources), {@code themes/}, {@code out/}. The CLI treats
 * the current directory as the project.
 */
public record Project(Path dir) {
    public Project {
        dir = dir.toAbsolutePath().normalize();
    }

    public Path content() {
        return dir.resolve("content");
    }

    public Path out() {
        return dir.resolve("out");
    }

    public Path themes() {
        return dir.resolve("themes");
    }

    /**
     * Every build input under a folder, in a stable order: each book folder (see
     * {@link BookLoader#isBook}; built as one book, its chapters are not built on their own) and every
     * other Markdown file.
     */
    public static List<Path> discover(Path folder) {
        List<Path> inputs = new ArrayList<>();
        walk(folder, inputs);
        return inputs;
    }

    private static void walk(Path folder, List<Path> inputs) {
        if (BookLoader.isBook(folder)) {
            inputs.add(folder);
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(folder)) {
            entries = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) continue;
            if (Files.isDirectory(p)) walk(p, inputs);
            else if (name.endsWith(".md") || name.endsWith(".markdown")) inputs.add(p);
        }
    }
}
