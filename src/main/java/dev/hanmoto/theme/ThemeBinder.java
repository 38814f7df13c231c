package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.files.InsideFolder;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Binds a merged theme tree to the records the renderers read ({@link ThemeDefinition} and below),
 * checking it against their schema ({@link ThemeKeys}) on the way. Every problem is collected —
 * unknown keys (with a suggestion), keys that no theme of the chain sets, wrong types, out-of-range
 * numbers, bad lengths, colours, page sizes, unusable files and fonts, and (in {@link ThemeChecks})
 * values that do not fit together — each at the line of the key or value that caused it, with its
 * key path ({@code pdf.page.margin.inner}). Values are bound once into their types ({@link Length},
 * {@link Colour}, {@link Pixels}, {@link PageSize}, {@link Keyword} enums), so renderers never parse
 * or check theme text. Nothing is returned unless the whole tree is clean.
 *
 * <p>Defaults are not here: {@code themes/base/theme.yaml} sets every key, and a key left out of
 * the whole chain is an error. Only {@code Optional} components may stay unset.
 */
final class ThemeBinder {
    /**
     * What a theme template must not bring into a book (issue 8: themes are copied from the internet).
     * Content is sanitised before it gets into a template; the template is the other way in.
     */
    private static final Pattern ACTIVE_CONTENT = Pattern.compile(
            "(?i)<(script|iframe|object|embed|frame|frameset|applet)\\b|[\\s:]on[a-z]+\\s*=|javascript:");

    private final ThemeFiles files;
    private final List<Path> fontBases;
    private final List<Path> allowedRoots;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, Path> fonts = new LinkedHashMap<>();
    private final Map<String, Object> bound = new LinkedHashMap<>();
    private Map<String, Integer> fontStacks = Map.of();
    private final Set<String> outputs;
    /** The stacks whose fonts are parsed (see the constructor); null: every stack's. */
    private Set<String> parsedStacks;

    /**
     * @param files        the chain's files, for template/CSS/image keys
     * @param projectDir   the project folder (font files may live there)
     * @param installDir   the Hanmoto installation, if known (the bundled fonts live there)
     */
    ThemeBinder(ThemeFiles files, Path projectDir, Optional<Path> installDir) {
        this(files, projectDir, installDir, ThemeLoader.ALL_OUTPUTS);
    }

    /**
     * A binder for a build of {@code outputs} only (section names: pdf, epub, card): every key is
     * checked as always, but a font file is parsed (its glyphs for kana, kanji and Latin) only if one
     * of those outputs may set text with it; any other is checked as a file (a whole TrueType font,
     * from its table directory). The PDF and the EPUB name their stacks in their stylesheets, so they
     * may use any; the card uses the stacks {@code card.font} and {@code card.title.font} name. Every
     * output may use the fallback chain.
     */
    ThemeBinder(ThemeFiles files, Path projectDir, Optional<Path> installDir, Set<String> outputs) {
        this.outputs = Set.copyOf(outputs);
        this.files = files;
        List<Path> bases = new ArrayList<>(List.of(projectDir));
        installDir.ifPresent(bases::add);
        this.fontBases = List.copyOf(bases);
        this.allowedRoots = List.copyOf(bases);
    }

    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** Font files resolved while binding, by key path (e.g. {@code fonts.serif-ja[0].file}). */
    /** Binding a font stack entry with {@code chars: latin} (see {@link #checkFont}). */
    private boolean latinFace;

    Map<String, Path> resolvedFonts() {
        return Map.copyOf(fonts);
    }

    /** The merged theme bound to its records, or empty when a problem was reported. */
    Optional<ThemeDefinition> bindTheme(ThemeNode.MapNode root) {
        Map<String, Integer> stacks = new LinkedHashMap<>();
        root.find("fonts").filter(n -> n instanceof ThemeNode.MapNode).ifPresent(n -> ((ThemeNode.MapNode) n).entries()
                .forEach((name, e) -> stacks.put(name, e.value() instanceof ThemeNode.ListNode l ? l.items().size() : 0)));
        fontStacks = stacks;
        parsedStacks = outputs.contains("pdf") || outputs.contains("epub") ? null : cardStacks(root);
        Object def = bindRecord(root, ThemeDefinition.class, "");
        new ThemeChecks(root, files, List.copyOf(stacks.keySet()), problems).check(
                (PdfTheme) bound.get("pdf"), (PdfTheme.Page) bound.get("pdf.page"), (CardTheme) bound.get("card"));
        if (def != null) {
            ThemeChecks checks = new ThemeChecks(root, files, List.copyOf(stacks.keySet()), problems);
            checks.codeStyles((ThemeDefinition) def);
            checks.labels((ThemeDefinition) def);
        }
        return problems.isEmpty() ? Optional.of((ThemeDefinition) def) : Optional.empty();
    }

    /**
     * The stacks the card's section names, as written (before binding: the fonts bind first; a name
     * that is no stack is reported at its key, and such a theme does not load).
     */
    private static Set<String> cardStacks(ThemeNode.MapNode root) {
        Set<String> names = new HashSet<>();
        Optional<ThemeNode> card = root.find("card");
        card.flatMap(c -> scalarAt(c, "font")).ifPresent(names::add);
        card.flatMap(c -> c instanceof ThemeNode.MapNode m ? m.find("title") : Optional.empty())
                .flatMap(t -> scalarAt(t, "font")).ifPresent(names::add);
        return names;
    }

    private static Optional<String> scalarAt(ThemeNode node, String key) {
        return node instanceof ThemeNode.MapNode m && m.find(key).orElse(null) instanceof ThemeNode.Scalar s && !s.isNull()
                ? Optional.of(s.value()) : Optional.empty();
    }

    /** Whether the font at {@code path} ({@code fonts.NAME[i].file} or {@code font-fallback[i].file}) is parsed. */
    private boolean parsed(String path) {
        if (parsedStacks == null || !path.startsWith("fonts.")) return true;
        return parsedStacks.contains(path.substring("fonts.".length(), path.lastIndexOf('[')));
    }

    /** The value for {@code type}, or null where a problem was reported. */
    private Object bind(ThemeNode node, Type type, String path, KeyDoc doc) {
        if (node instanceof ThemeNode.Scalar s && s.isNull()) {
            problems.add(s.origin().error("theme-type", path + ": needs a value (leave the key out to inherit it)"));
            return null;
        }
        if (ThemeKeys.isSection(type)) return bindRecord(node, (Class<?>) type, path);
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            if (!(node instanceof ThemeNode.MapNode m)) return wrongType(node, path, "a mapping");
            Pattern names = doc == null || doc.names().isEmpty() ? null : Pattern.compile(doc.names());
            Map<String, Object> out = new LinkedHashMap<>();
            boolean ok = true;
            for (ThemeNode.Entry e : m.entries().values()) {
                if (names != null && !names.matcher(e.key()).matches()) {
                    problems.add(e.keyOrigin().error("theme-value", path + "." + e.key() + ": " + quote(e.key())
                            + " is not a valid name here (" + names.pattern() + ")"));
                    ok = false;
                    continue;
                }
                Object v = bind(e.value(), p.getActualTypeArguments()[1], path + "." + e.key(), doc);
                ok &= v != null;
                out.put(e.key(), v);
            }
            return ok ? Collections.unmodifiableMap(out) : null;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!(node instanceof ThemeNode.ListNode l)) return wrongType(node, path, "a list");
            List<Object> out = new ArrayList<>();
            boolean ok = true;
            for (int i = 0; i < l.items().size(); i++) {
                Object v = bind(l.items().get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", doc);
                ok &= v != null;
                out.add(v);
            }
            return ok ? List.copyOf(out) : null;
        }
        if (!(node instanceof ThemeNode.Scalar s)) {
            return type == String.class ? wrongType(node, path, "a single value") : wrongType(node, path, expected(type));
        }
        return bindScalar(s, type, path, doc);
    }

    /**
     * A record from a mapping: each component from its key, unknown keys reported. A key that no
     * theme of the chain sets is an error (base sets them all), unless its component is an
     * {@code Optional}; so is an explicit null ({@code ~}) for a key that must have a value.
     */
    private Object bindRecord(ThemeNode node, Class<?> record, String path) {
        if (!(node instanceof ThemeNode.MapNode m)) return wrongType(node, path, "a mapping of keys");
        List<ThemeKeys.Key> keys = ThemeKeys.of(record);
        Map<String, ThemeKeys.Key> byName = new LinkedHashMap<>();
        keys.forEach(k -> byName.put(k.name(), k));
        for (ThemeNode.Entry e : m.entries().values()) {
            if (byName.containsKey(e.key())) continue;
            String where = path.isEmpty() ? "" : " in " + path;
            String hint = DidYouMean.suggest(e.key(), byName.keySet())
                    .or(() -> nestedKey(e.key(), keys))
                    .map(s -> " (did you mean '" + s + "'?)")
                    .orElse(" (known keys: " + String.join(", ", byName.keySet()) + ")");
            problems.add(e.keyOrigin().error("theme-unknown-key", "unknown key '" + e.key() + "'" + where + hint));
        }
        Object[] args = new Object[keys.size()];
        boolean ok = true;
        boolean outerLatin = latinFace;
        // A font stack's entry serving only Latin (chars: latin) need not have kana and kanji.
        latinFace = record == FontSpec.class && m.find("chars").orElse(null) instanceof ThemeNode.Scalar c
                && c.value().strip().equals(FontFace.Chars.LATIN.word());
        for (int i = 0; i < keys.size(); i++) {
            ThemeKeys.Key key = keys.get(i);
            String child = path.isEmpty() ? key.name() : path + "." + key.name();
            Optional<ThemeNode> value = m.find(key.name());
            if (key.optional()) {
                if (value.isEmpty() || value.get() instanceof ThemeNode.Scalar s && s.isNull()) {
                    args[i] = Optional.empty();
                    continue;
                }
                Object v = bind(value.get(), key.type(), child, key.doc().orElse(null));
                args[i] = v == null ? null : Optional.of(v);
            } else if (value.isEmpty()) {
                problems.add(missing(m, path, key));
                args[i] = null;
            } else {
                args[i] = bind(value.get(), key.type(), child, key.doc().orElse(null));
            }
            ok &= args[i] != null;
        }
        latinFace = outerLatin;
        if (!ok) return null;
        Object built = construct(record, args);
        bound.put(path, built);
        return built;
    }

    private static Diagnostic missing(ThemeNode.MapNode section, String path, ThemeKeys.Key key) {
        boolean group = ThemeKeys.isSection(key.type());
        if (path.isEmpty()) {
            return section.origin().error("theme-missing-section", "theme has no '" + key.name() + "'" + (group ? " section" : "")
                    + " (extend 'default' or 'base' to inherit " + (group ? "one" : "it") + ")");
        }
        return section.origin().error("theme-missing-key", path + "." + key.name() + ": not set by this theme or a parent"
                + " (the built-in base theme sets every key; extend 'default' or 'base')");
    }

    private static Object construct(Class<?> record, Object[] args) {
        Class<?>[] types = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<?> c = record.getDeclaredConstructor(types);
            return c.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + record.getSimpleName() + ": " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + record.getSimpleName(), e);
        }
    }

    /** A key written one level too high, e.g. {@code size} directly under {@code pdf}: {@code page.size}. */
    private static Optional<String> nestedKey(String key, List<ThemeKeys.Key> keys) {
        for (ThemeKeys.Key k : keys) {
            if (ThemeKeys.isSection(k.type())) {
                for (ThemeKeys.Key inner : ThemeKeys.of((Class<?>) k.type())) {
                    if (inner.name().equals(key)) return Optional.of(k.name() + "." + inner.name());
                }
            }
        }
        return Optional.empty();
    }

    private Object bindScalar(ThemeNode.Scalar s, Type type, String path, KeyDoc doc) {
        String v = s.value();
        ValueKind kind = doc == null ? ValueKind.TEXT : doc.kind();
        if (type == String.class) return bindText(s, path, kind, doc);
        if (type == int.class || type == Integer.class) {
            if (!s.type().equals("int")) return wrongType(s, path, "a whole number");
            long n;
            try {
                n = Long.decode(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return wrongType(s, path, "a whole number");
            }
            long min = doc == null ? Integer.MIN_VALUE : doc.min();
            long max = doc == null ? Integer.MAX_VALUE : doc.max();
            if (n < min || n > max) {
                return problem(s, path + ": " + n + " is out of range (" + min + "–" + max + ")");
            }
            return (int) n;
        }
        if (type == double.class || type == Double.class) {
            if (!s.type().equals("int") && !s.type().equals("float")) return wrongType(s, path, "a number");
            return Double.parseDouble(v.replace("_", ""));
        }
        if (type == boolean.class || type == Boolean.class) {
            if (!s.type().equals("bool")) return wrongType(s, path, "true or false");
            return List.of("true", "yes", "on", "y").contains(v.toLowerCase(Locale.ROOT));
        }
        if (type == Length.class) return bindLength(s, path, kind);
        if (type == Colour.class) {
            return Colour.parse(v).map(Object.class::cast).orElseGet(() -> problem(s, path + ": '" + v
                    + "' is not a colour (#rgb, #rrggbb, rgb(r, g, b) or a CSS colour name)"));
        }
        if (type == PageSize.class) {
            return PageSize.find(v).map(Object.class::cast).orElseGet(() -> problem(s, path + ": '" + v
                    + "' is not a page size (" + PageSize.names() + ", or set width and height)"));
        }
        if (type == Pixels.class) {
            return Pixels.parse(v).map(Object.class::cast).orElseGet(() -> problem(s, path + ": '" + v
                    + "' is not a pixel size WIDTHxHEIGHT such as 1200x630"));
        }
        if (type == EpubTheme.Cover.class) {
            // A word from the list, or else a file of the theme (epub.cover: card | none | cover.png).
            if (doc != null && Arrays.asList(doc.oneOf()).contains(v)) return EpubTheme.Cover.ofWord(v);
            return checkThemeFile(s, path) ? new EpubTheme.Cover.Image(v) : null;
        }
        if (type instanceof Class<?> c && c.isEnum() && Keyword.class.isAssignableFrom(c)) {
            List<String> words = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                String word = ((Keyword) constant).word();
                if (word.equals(v)) return constant;
                words.add(word);
            }
            String hint = DidYouMean.suggest(v, words).map(h -> " (did you mean '" + h + "'?)").orElse("");
            return problem(s, path + ": " + quote(v) + " is not one of " + String.join(", ", words) + hint);
        }
        throw new IllegalStateException(path + ": no binding for " + type.getTypeName());
    }

    /** Text, checked against its key's kind: free text, a theme file, an image, a font file, a font stack. */
    private Object bindText(ThemeNode.Scalar s, String path, ValueKind kind, KeyDoc doc) {
        String v = s.value();
        boolean ok = switch (kind) {
            case TEXT -> true;
            case THEME_FILE -> checkThemeFile(s, path) && (doc == null || !doc.noActiveContent() || inert(v, path));
            case IMAGE_FILE -> checkThemeFile(s, path) && checkImageName(s, path);
            case FONT_FILE -> checkFont(s, path, latinFace ? FontCheck.LATIN_SAMPLE : FontCheck.SAMPLE);
            case FALLBACK_FONT_FILE -> checkFont(s, path, "");
            case FONT_STACK -> checkStack(s, path);
            default -> throw new IllegalStateException(path + ": a " + kind + " key binds to its own type, not text");
        };
        return ok ? v : null;
    }

    private Object bindLength(ThemeNode.Scalar s, String path, ValueKind kind) {
        String v = s.value();
        if (kind == ValueKind.PX_LENGTH) {
            Optional<Length> px = Length.parse(v, Optional.of(Length.Unit.PX)).filter(l -> l.unit() == Length.Unit.PX);
            if (px.isEmpty()) return problem(s, path + ": " + quote(v) + " is not a length in px (e.g. 64px; the card is a raster image)");
            return px.get().isNegative() ? problem(s, path + ": " + quote(v) + " is negative") : px.get();
        }
        if (kind != ValueKind.LENGTH && kind != ValueKind.ABSOLUTE_LENGTH) {
            throw new IllegalStateException(path + ": a Length key needs kind LENGTH, ABSOLUTE_LENGTH or PX_LENGTH");
        }
        Optional<Length> l = Length.parse(v);
        if (l.isEmpty()) {
            return problem(s, path + ": '" + v + "' is not a length (a number with a unit: mm, cm, in, pt, pc, px, em, Q)");
        }
        if (l.get().isNegative()) return problem(s, path + ": " + quote(v) + " is negative");
        if (kind == ValueKind.ABSOLUTE_LENGTH && !l.get().unit().absolute()) {
            return problem(s, path + ": " + quote(v) + " is not an absolute length (mm, cm, in, pt, pc, px, Q): there is no font size here for em");
        }
        return l.get();
    }

    private boolean checkThemeFile(ThemeNode.Scalar s, String path) {
        String v = s.value();
        int before = problems.size();
        Optional<String> refused = files.refusal(v);
        if (refused.isPresent()) {
            problems.add(s.origin().error("theme-path", path + ": " + quote(v) + " " + refused.get()));
        } else if (files.describe(v).isEmpty()) {
            problems.add(s.origin().error("theme-file-missing", path + ": file " + quote(v) + " not found in the theme or its parents ("
                    + files.searched() + ")"));
        } else {
            for (String missing : files.unresolvedImports(v)) {
                problems.add(s.origin().error("theme-file-missing", path + ": " + v + " imports '" + missing
                        + "', which " + (missing.equals(v) ? "no parent theme has" : "is not in the theme or its parents")));
            }
        }
        return problems.size() == before;
    }

    /** An image for a raster card, known by its name: the card embeds it as a data: URI of that type. */
    private boolean checkImageName(ThemeNode.Scalar s, String path) {
        String lower = s.value().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg") || lower.endsWith(".svg")) return true;
        problem(s, path + ": " + quote(s.value()) + " must be a PNG, JPEG or SVG file");
        return false;
    }

    /** A template without active content; the problem is reported where it is in the template. */
    private boolean inert(String template, String path) {
        String t = files.findText(template).orElse("");
        Matcher m = ACTIVE_CONTENT.matcher(t);
        if (!m.find()) return true;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < m.start(); i++) {
            if (t.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        problems.add(Diagnostic.error("theme-active-content", path + ": '" + m.group().strip()
                + "' is active content; an EPUB never carries scripts, frames or event handlers",
                files.findPath(template).orElse(null), line, m.start() - lineStart + 1));
        return false;
    }

    private boolean checkStack(ThemeNode.Scalar s, String path) {
        String v = s.value();
        Integer size = fontStacks.get(v);
        if (size == null) {
            String hint = DidYouMean.suggest(v, fontStacks.keySet()).map(h -> " (did you mean '" + h + "'?)").orElse("");
            problem(s, path + ": " + quote(v) + " is not a font stack of this theme (" + String.join(", ", fontStacks.keySet()) + ")" + hint);
            return false;
        }
        if (size == 0) {
            problem(s, path + ": font stack " + quote(v) + " has no fonts");
            return false;
        }
        return true;
    }

    /**
     * A font file in reach, covering {@code sample}: kana, kanji and Latin for a stack's face, only Latin for
     * a {@code chars: latin} one (it sets nothing else), nothing for a fallback font.
     */
    private boolean checkFont(ThemeNode.Scalar s, String path, String sample) {
        String v = s.value();
        if (v.isEmpty() || ThemeFiles.hasControlCharacter(v) || v.startsWith("/") || v.startsWith("\\") || Path.of(v).isAbsolute() || v.contains(":")) {
            problems.add(s.origin().error("theme-path", path + ": " + quote(v)
                    + " must be a path relative to the theme folder, the project or the Hanmoto installation"));
            return false;
        }
        List<Path> bases = new ArrayList<>();
        List<Path> roots = new ArrayList<>(allowedRoots);
        Path themeFile = s.origin().file();
        if (themeFile != null && Files.isRegularFile(themeFile)) {
            Path dir = themeFile.toAbsolutePath().normalize().getParent();
            bases.add(dir);
            roots.add(dir);
        }
        bases.addAll(fontBases);
        for (Path base : bases) {
            Path p = base.resolve(v).normalize();
            if (roots.stream().allMatch(r -> InsideFolder.check(r, p) == InsideFolder.Verdict.OUTSIDE)) {
                problems.add(s.origin().error("theme-path", path + ": " + quote(v) + " points outside the theme and project folders"));
                return false;
            }
            if (!Files.exists(p)) continue;
            if (roots.stream().noneMatch(r -> InsideFolder.isInside(r, p))) {
                problems.add(s.origin().error("theme-path", path + ": " + quote(v) + " is a link pointing outside the theme and project folders"));
                return false;
            }
            if (!Files.isRegularFile(p)) continue;
            Optional<String> bad = parsed(path) ? FontCheck.problem(p, sample) : FontCheck.fileProblem(p);
            if (bad.isPresent()) {
                problems.add(s.origin().error("theme-font", path + ": font " + quote(v) + " " + bad.get()));
                return false;
            }
            fonts.put(path, p);
            return true;
        }
        problems.add(s.origin().error("theme-font-missing", path + ": font file " + quote(v) + " not found (looked in "
                + String.join(", ", bases.stream().map(Path::toString).toList()) + ")"));
        return false;
    }

    /** A value in quotes for a message, control characters shown as {@code ?} so they never reach a terminal. */
    static String quote(String v) {
        return "'" + v.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private Object problem(ThemeNode.Scalar s, String message) {
        problems.add(s.origin().error("theme-value", message));
        return null;
    }

    private Object wrongType(ThemeNode node, String path, String expected) {
        problems.add(node.origin().error("theme-type", path + ": expected " + expected + ", found " + ThemeNode.describe(node)));
        return null;
    }

    private static String expected(Type type) {
        if (type == int.class || type == Integer.class) return "a whole number";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type == double.class || type == Double.class) return "a number";
        return "a single value";
    }
}
