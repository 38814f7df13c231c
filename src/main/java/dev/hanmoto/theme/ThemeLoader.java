package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.files.InsideFolder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a theme: finds its {@code theme.yaml}, follows {@code extends:} up to a root (usually the
 * built-in {@code base}), merges the files (maps key by key, lists replaced, the child wins),
 * validates the result as a whole — every problem reported at once, each at its file, line and key
 * path — and only then binds each output's section to its record.
 *
 * <p>Where a theme name is looked up: {@code themes/<name>/} in the project, then the built-in
 * themes on the class path ({@code /themes/<name>/}: {@code base}, {@code default}, {@code report}).
 * An {@code extends} value with a {@code /}, or starting with {@code .}, is a path relative to the
 * theme file instead, and must stay inside the project.
 */
public final class ThemeLoader {
    /** Longest {@code extends} chain followed before giving up (a cycle is reported earlier). */
    private static final int MAX_DEPTH = 16;

    private final Path projectDir;
    private final Optional<Path> installDir;

    /** A loader for the project in {@code projectDir}; the installation is found from {@code hanmoto.home} or the jar. */
    public ThemeLoader(Path projectDir) {
        this(projectDir, findInstallDir());
    }

    /** A loader with an explicit installation folder (where the bundled {@code fonts/} live), for tests and embedding. */
    public ThemeLoader(Path projectDir, Optional<Path> installDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.installDir = installDir.map(p -> p.toAbsolutePath().normalize());
    }

    /** One theme file of a chain: on disk, or built in (on the class path). */
    record Source(String name, Path file, boolean builtin) {
        /** What identifies the file for cycle detection. */
        String id() {
            return builtin ? "builtin:" + name : file.toString();
        }

        ThemeFiles.Root root() {
            return builtin ? new ThemeFiles.Root.Classpath("/themes/" + name + "/") : new ThemeFiles.Root.Dir(file.getParent());
        }
    }

    /**
     * A theme given as a name (a folder under {@code themes/}, else a built-in theme) or as a path to a
     * folder holding {@code theme.yaml} or to the YAML file itself.
     *
     * @throws UserError with every problem found, when the theme cannot be used
     */
    public Theme load(String nameOrPath) {
        return load(locate(nameOrPath), ALL_OUTPUTS);
    }

    /** The output sections of a theme: a build renders some of them, {@code hanmoto check} checks for all. */
    public static final Set<String> ALL_OUTPUTS = Set.of("pdf", "epub", "card");

    /**
     * The theme, as {@link #load(String)}, for a build of {@code outputs} only (section names: pdf, epub,
     * card): every key is checked all the same, but only the fonts those outputs may set text with are
     * parsed; another font is checked as a file (a whole TrueType font, see {@code ThemeBinder}). A
     * card-only build thus never parses the PDF's faces.
     *
     * @throws UserError with every problem found, when the theme cannot be used
     */
    public Theme load(String nameOrPath, Set<String> outputs) {
        if (outputs.isEmpty() || !ALL_OUTPUTS.containsAll(outputs)) throw new IllegalArgumentException("outputs: " + outputs);
        return load(locate(nameOrPath), outputs);
    }

    /** The built-in or project theme names this loader can find, in the order {@code hanmoto themes} lists them. */
    static List<String> builtinNames() {
        try (InputStream in = ThemeLoader.class.getResourceAsStream("/themes/index.txt")) {
            if (in == null) return List.of();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    Source locate(String nameOrPath) {
        if (nameOrPath.isBlank() || ThemeFiles.hasControlCharacter(nameOrPath)) {
            throw new UserError(Diagnostic.error("theme-not-found", "not a theme name or folder: '"
                    + nameOrPath.replaceAll("\\p{Cntrl}", "?") + "'", null, 0, 0));
        }
        Path candidate = projectDir.resolve(nameOrPath).normalize();
        if (Files.isRegularFile(candidate)) return disk(candidate);
        if (Files.isRegularFile(candidate.resolve("theme.yaml"))) return disk(candidate.resolve("theme.yaml"));
        if (isName(nameOrPath)) {
            Path project = projectDir.resolve("themes").resolve(nameOrPath).resolve("theme.yaml");
            if (Files.isRegularFile(project)) return disk(project);
            if (builtinExists(nameOrPath)) return new Source(nameOrPath, Path.of("builtin:/themes/" + nameOrPath + "/theme.yaml"), true);
        }
        throw new UserError(Diagnostic.error("theme-not-found", "theme '" + nameOrPath + "' not found (looked for "
                + projectDir.resolve("themes").resolve(nameOrPath).resolve("theme.yaml") + " and the built-in themes "
                + String.join(", ", builtinNames()) + ")" + suggestion(nameOrPath), null, 0, 0));
    }

    private Theme load(Source start, Set<String> outputs) {
        List<Source> chain = new ArrayList<>();
        List<ThemeNode.MapNode> trees = new ArrayList<>();
        Source current = start;
        while (true) {
            chain.add(current);
            ThemeNode.MapNode tree = ThemeNode.parse(read(current), current.file());
            trees.add(tree);
            Optional<ThemeNode.Entry> ext = Optional.ofNullable(tree.entries().get("extends"));
            if (ext.isEmpty()) break;
            ThemeNode value = ext.get().value();
            if (!(value instanceof ThemeNode.Scalar s) || s.isNull() || s.value().isBlank()) {
                throw new UserError(value.origin().error("theme-type", "extends: expected a theme name or path, found "
                        + ThemeNode.describe(value)));
            }
            Source next = resolveExtends(current, s);
            for (Source seen : chain) {
                if (seen.id().equals(next.id())) {
                    List<String> names = new ArrayList<>(chain.stream().map(Source::name).toList());
                    names.add(next.name());
                    throw new UserError(s.origin().error("theme-extends-cycle", "extends cycle: " + String.join(" → ", names)));
                }
            }
            if (chain.size() >= MAX_DEPTH) {
                throw new UserError(s.origin().error("theme-extends-depth", "extends chain longer than " + MAX_DEPTH + " themes"));
            }
            current = next;
        }

        ThemeNode merged = trees.get(trees.size() - 1).without("extends");
        for (int i = trees.size() - 2; i >= 0; i--) merged = ThemeNode.merge(merged, trees.get(i).without("extends"));
        ThemeNode.MapNode root = (ThemeNode.MapNode) merged;

        ThemeFiles files = new ThemeFiles(chain.stream().map(Source::root).toList());
        ThemeBinder binder = new ThemeBinder(files, projectDir, installDir, outputs);
        Optional<ThemeDefinition> def = binder.bindTheme(root);
        if (def.isEmpty()) throw new UserError(inFileOrder(binder.problems(), chain));
        return new Theme(start.name(), def.get().description(), files, fontStacks(def.get(), binder.resolvedFonts()),
                def.get().codeStyles(), def.get().numbering(), def.get().labels(), def.get().pdf(), def.get().epub(), def.get().card());
    }

    /** The user's own file first, then each parent's; within a file, by line and column. */
    private static List<Diagnostic> inFileOrder(List<Diagnostic> problems, List<Source> chain) {
        List<Path> files = chain.stream().map(Source::file).toList();
        return problems.stream().sorted(Comparator
                .comparingInt((Diagnostic d) -> d.file() == null || !files.contains(d.file()) ? files.size() : files.indexOf(d.file()))
                .thenComparingInt(Diagnostic::line)
                .thenComparingInt(Diagnostic::col)).toList();
    }

    private static FontStacks fontStacks(ThemeDefinition def, Map<String, Path> resolved) {
        Map<String, List<FontFace>> stacks = new LinkedHashMap<>();
        def.fonts().forEach((name, specs) -> {
            List<FontFace> faces = new ArrayList<>();
            for (int i = 0; i < specs.size(); i++) {
                faces.add(FontFace.of(resolved.get("fonts." + name + "[" + i + "].file"), specs.get(i)));
            }
            stacks.put(name, faces);
        });
        List<FontFace> fallback = new ArrayList<>();
        for (int i = 0; i < def.fontFallback().size(); i++) {
            fallback.add(FontFace.of(resolved.get("font-fallback[" + i + "].file"), def.fontFallback().get(i)));
        }
        return new FontStacks(stacks, fallback);
    }

    private Source resolveExtends(Source from, ThemeNode.Scalar ref) {
        String v = ref.value().strip();
        if (!isName(v)) {
            if (ThemeFiles.hasControlCharacter(v)) {
                throw new UserError(ref.origin().error("theme-path", "extends: '" + v.replaceAll("\\p{Cntrl}", "?")
                        + "' contains a control character"));
            }
            if (from.builtin()) {
                throw new UserError(ref.origin().error("theme-extends", "a built-in theme can only extend another built-in theme by name"));
            }
            Path p = from.file().getParent().resolve(v).normalize();
            if (Files.isDirectory(p)) p = p.resolve("theme.yaml");
            if (Path.of(v).isAbsolute() || !InsideFolder.isInside(projectDir, p)) {
                throw new UserError(ref.origin().error("theme-path", "extends: '" + v + "' points outside the project folder " + projectDir));
            }
            if (!Files.isRegularFile(p)) {
                throw new UserError(ref.origin().error("theme-not-found", "extends: theme file '" + v + "' not found (" + p + ")"));
            }
            return disk(p);
        }
        if (!from.builtin()) {
            Path project = projectDir.resolve("themes").resolve(v).resolve("theme.yaml").normalize();
            // A project theme may shadow a built-in one and still extend it: "default" inside
            // themes/default/ means the built-in default, not itself.
            if (Files.isRegularFile(project) && !project.equals(from.file())) return disk(project);
        }
        if (builtinExists(v)) return new Source(v, Path.of("builtin:/themes/" + v + "/theme.yaml"), true);
        throw new UserError(ref.origin().error("theme-not-found", "extends: unknown theme '" + v + "' (built-in themes: "
                + String.join(", ", builtinNames()) + "; project themes live in " + projectDir.resolve("themes") + ")"
                + suggestion(v)));
    }

    private String suggestion(String name) {
        List<String> known = new ArrayList<>(builtinNames());
        try (var dirs = Files.list(projectDir.resolve("themes"))) {
            dirs.filter(d -> Files.isRegularFile(d.resolve("theme.yaml"))).map(d -> d.getFileName().toString())
                    .sorted().forEach(known::add);
        } catch (IOException e) {
            // No project themes folder: only the built-in names can be suggested.
        }
        return DidYouMean.suggest(name, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    private Source disk(Path file) {
        Path f = file.toAbsolutePath().normalize();
        return new Source(f.getParent().getFileName().toString(), f, false);
    }

    private static boolean isName(String v) {
        return v.matches("[A-Za-z0-9][A-Za-z0-9_-]*");
    }

    private static boolean builtinExists(String name) {
        return ThemeLoader.class.getResource("/themes/" + name + "/theme.yaml") != null;
    }

    private static String read(Source s) {
        byte[] bytes;
        try {
            if (s.builtin()) {
                try (InputStream in = ThemeLoader.class.getResourceAsStream("/themes/" + s.name() + "/theme.yaml")) {
                    if (in == null) throw new IOException("missing built-in theme " + s.name());
                    bytes = in.readAllBytes();
                }
            } else {
                bytes = Files.readAllBytes(s.file());
            }
        } catch (IOException e) {
            throw new UserError(Diagnostic.error("theme-io", "cannot read theme: " + e.getMessage(), s.file(), 0, 0));
        }
        return decode(bytes, s.file());
    }

    /** Strict UTF-8: a theme with a bad byte is an error at that line, never mojibake in a file name. */
    static String decode(byte[] bytes, Path file) {
        try {
            return strictUtf8(bytes, 0, bytes.length);
        } catch (CharacterCodingException e) {
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i <= bytes.length; i++) {
                if (i < bytes.length && bytes[i] != '\n') continue;
                try {
                    strictUtf8(bytes, lineStart, i - lineStart);
                } catch (CharacterCodingException bad) {
                    break;
                }
                line++;
                lineStart = i + 1;
            }
            throw new UserError(Diagnostic.error("theme-encoding", "theme file is not valid UTF-8", file, line, 0));
        }
    }

    private static String strictUtf8(byte[] bytes, int offset, int length) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    }

    /**
     * The Hanmoto installation: {@code -Dhanmoto.home}, else the folder above the jar or class folder
     * that holds the bundled {@code fonts/} (e.g. the repository when run from {@code target/}).
     */
    static Optional<Path> findInstallDir() {
        String home = System.getProperty("hanmoto.home");
        if (home != null && !home.isBlank()) return Optional.of(Path.of(home));
        try {
            var src = ThemeLoader.class.getProtectionDomain().getCodeSource();
            if (src == null) return Optional.empty();
            Path p = Path.of(src.getLocation().toURI()).toAbsolutePath();
            for (int i = 0; i < 4 && p != null; i++, p = p.getParent()) {
                if (Files.isDirectory(p.resolve("fonts"))) return Optional.of(p);
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
