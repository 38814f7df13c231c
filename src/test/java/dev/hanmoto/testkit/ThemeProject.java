package dev.hanmoto.testkit;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A throw-away project folder to write themes into and load them from; fonts come from the repository's
 * fonts/. As a field, {@code @RegisterExtension final ThemeProject project = new ThemeProject();}, each
 * test gets a fresh, empty project in a temporary folder, deleted after the test; {@link #outside()} is
 * a folder beside it, for files a theme must not reach.
 */
public final class ThemeProject implements BeforeEachCallback, AfterEachCallback {
    /** Template and stylesheet names that the built-in base theme refers to but does not hold. */
    public static final List<String> BASE_FILES = List.of("pdf.html", "pdf.css", "epub-chapter.html", "epub.css", "card.html", "card.css");

    private final boolean perTest;
    private Path dir;

    /** A project made afresh for each test (register it as an extension). */
    public ThemeProject() {
        this.perTest = true;
    }

    /** A project in {@code dir}, which the caller owns. */
    public ThemeProject(Path dir) {
        this.perTest = false;
        this.dir = dir;
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (perTest) dir = Files.createDirectories(Files.createTempDirectory("hanmoto-theme-test").resolve("project"));
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (!perTest || dir == null) return;
        try (Stream<Path> files = Files.walk(dir.getParent())) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
        dir = null;
    }

    /** The project folder. */
    public Path dir() {
        if (dir == null) throw new IllegalStateException("register the ThemeProject with @RegisterExtension, or give it a folder");
        return dir;
    }

    /** A folder beside the project (created on demand): what is here is outside the project. */
    public Path outside() {
        try {
            return Files.createDirectories(dir().toAbsolutePath().getParent().resolve("outside"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes {@code themes/<name>/theme.yaml}; returns its path. */
    public Path theme(String name, String yaml) {
        return write("themes/" + name + "/theme.yaml", yaml);
    }

    /**
     * A theme that extends the built-in base and holds the files base refers to, plus {@code yaml}; its
     * stylesheets set text in base's serif-ja stack (a PDF stylesheet must name a stack of the theme).
     */
    public Path themeOnBase(String name, String yaml) {
        return themeWithFiles(name, "extends: base\n" + yaml);
    }

    /** A theme of exactly {@code yaml} that holds the files base refers to (as {@link #themeOnBase} writes them). */
    public Path themeWithFiles(String name, String yaml) {
        for (String f : BASE_FILES) write("themes/" + name + "/" + f, f.endsWith(".css") ? "body { font-family: serif-ja; }\n" : "<html/>\n");
        return theme(name, yaml);
    }

    /**
     * The two themes inheritance tests start from — {@code parent}, on base with base's files, and
     * {@code child}, which only extends it — with {@code files} (project-relative path → text) written
     * into them; returns {@code child} loaded.
     */
    public Theme parentAndChild(Map<String, String> files) {
        themeOnBase("parent", "");
        theme("child", "extends: parent\n");
        files.forEach(this::write);
        return load("child");
    }

    public Path write(String rel, String text) {
        try {
            Path p = dir().resolve(rel).normalize();
            Files.createDirectories(p.getParent());
            Files.writeString(p, text, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path writeBytes(String rel, byte[] bytes) {
        try {
            Path p = dir().resolve(rel).normalize();
            Files.createDirectories(p.getParent());
            return Files.write(p, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ThemeLoader loader() {
        return new ThemeLoader(dir(), Optional.of(TestDocuments.REPO));
    }

    public Theme load(String name) {
        return loader().load(name);
    }

    public List<Diagnostic> errors(String name) {
        return assertThrows(UserError.class, () -> load(name)).diagnostics();
    }

    public static List<String> formatted(List<Diagnostic> ds) {
        return ds.stream().map(Diagnostic::format).toList();
    }

    /**
     * The diagnostics, formatted, with paths inside the project written relative to it
     * ({@code themes/mine/theme.yaml:2:1: …}) and the project folder itself as {@code <project>}.
     */
    public List<String> relative(List<Diagnostic> ds) {
        String project = dir().toAbsolutePath().toString();
        String prefix = project + dir().getFileSystem().getSeparator();
        return ds.stream().map(d -> d.format().replace(prefix, "").replace(project, "<project>")).toList();
    }
}
