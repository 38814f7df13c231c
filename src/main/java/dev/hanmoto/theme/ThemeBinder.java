package dev.hanmoto.theme;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.files.InsideFolder;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a merged theme tree against the schema of the records it binds to ({@link ThemeKeys}) and
 * turns it into a Jackson tree of exactly the expected types. Every problem is collected — unknown
 * keys (with a suggestion), wrong types, bad lengths, colours, page sizes, missing or unusable
 * files — each at the line of the key or value that caused it, with its key path
 * ({@code pdf.page.margin.inner}). Nothing is bound unless the whole tree is clean.
 */
final class ThemeBinder {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ThemeFiles files;
    private final List<Path> fontBases;
    private final List<Path> allowedRoots;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, Path> fonts = new LinkedHashMap<>();
    private final List<String> fontStacks;

    /**
     * @param files        the chain's files, for template/CSS/image keys
     * @param projectDir   the project folder (font files may live there)
     * @param installDir   the Hanmoto installation, if known (the bundled fonts live there)
     * @param fontStacks   the stack names under {@code fonts:} of the merged theme, for keys naming a stack
     */
    ThemeBinder(ThemeFiles files, Path projectDir, Optional<Path> installDir, List<String> fontStacks) {
        this.files = files;
        this.fontStacks = List.copyOf(fontStacks);
        List<Path> bases = new ArrayList<>(List.of(projectDir));
        installDir.ifPresent(bases::add);
        this.fontBases = List.copyOf(bases);
        this.allowedRoots = List.copyOf(bases);
    }

    List<Diagnostic> problems() {
        return List.copyOf(problems);
    }

    /** Font files resolved while binding, by key path (e.g. {@code fonts.serif-ja[0].file}). */
    Map<String, Path> resolvedFonts() {
        return Map.copyOf(fonts);
    }

    /** The JSON tree for {@code type}, or null where a problem was reported. */
    JsonNode bind(ThemeNode node, Type type, String path, KeyDoc doc) {
        if (node instanceof ThemeNode.Scalar s && s.isNull()) {
            // A section or a font file cannot be "unset": renderers rely on them. Leave the key out to inherit.
            boolean required = type instanceof Class<?> c && (c.isPrimitive() || c.isRecord())
                    || (doc != null && doc.kind() == ValueKind.FONT_FILE);
            if (required) {
                problems.add(s.origin().error("theme-type", path + ": needs a value (leave the key out to inherit it)"));
                return null;
            }
            return JSON.nullNode();
        }
        if (type instanceof Class<?> c && c.isRecord()) return bindRecord(node, c, path);
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            if (!(node instanceof ThemeNode.MapNode m)) return wrongType(node, path, "a mapping");
            ObjectNode out = JSON.objectNode();
            for (ThemeNode.Entry e : m.entries().values()) {
                out.set(e.key(), bind(e.value(), p.getActualTypeArguments()[1], path + "." + e.key(), doc));
            }
            return out;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!(node instanceof ThemeNode.ListNode l)) return wrongType(node, path, "a list");
            var out = JSON.arrayNode();
            for (int i = 0; i < l.items().size(); i++) {
                out.add(bind(l.items().get(i), p.getActualTypeArguments()[0], path + "[" + i + "]", doc));
            }
            return out;
        }
        if (!(node instanceof ThemeNode.Scalar s)) {
            return type == String.class ? wrongType(node, path, "a single value") : wrongType(node, path, expected(type));
        }
        return bindScalar(s, type, path, doc);
    }

    private JsonNode bindRecord(ThemeNode node, Class<?> record, String path) {
        if (!(node instanceof ThemeNode.MapNode m)) return wrongType(node, path, "a mapping of keys");
        List<ThemeKeys.Key> keys = ThemeKeys.of(record);
        Map<String, ThemeKeys.Key> byName = new LinkedHashMap<>();
        keys.forEach(k -> byName.put(k.name(), k));
        ObjectNode out = JSON.objectNode();
        for (ThemeNode.Entry e : m.entries().values()) {
            ThemeKeys.Key key = byName.get(e.key());
            String where = path.isEmpty() ? "" : " in " + path;
            if (key == null) {
                String hint = DidYouMean.suggest(e.key(), byName.keySet())
                        .or(() -> nestedKey(e.key(), keys))
                        .map(s -> " (did you mean '" + s + "'?)")
                        .orElse(" (known keys: " + String.join(", ", byName.keySet()) + ")");
                problems.add(e.keyOrigin().error("theme-unknown-key", "unknown key '" + e.key() + "'" + where + hint));
                continue;
            }
            String child = path.isEmpty() ? e.key() : path + "." + e.key();
            out.set(e.key(), bind(e.value(), key.type(), child, key.doc().orElse(null)));
        }
        return out;
    }

    /** A key written one level too high, e.g. {@code size} directly under {@code pdf}: {@code page.size}. */
    private static Optional<String> nestedKey(String key, List<ThemeKeys.Key> keys) {
        for (ThemeKeys.Key k : keys) {
            if (k.type() instanceof Class<?> c && c.isRecord()) {
                for (ThemeKeys.Key inner : ThemeKeys.of(c)) {
                    if (inner.name().equals(key)) return Optional.of(k.name() + "." + inner.name());
                }
            }
        }
        return Optional.empty();
    }

    private JsonNode bindScalar(ThemeNode.Scalar s, Type type, String path, KeyDoc doc) {
        String v = s.value();
        if (type == String.class) {
            checkText(s, path, doc);
            return JSON.textNode(doc != null && doc.kind() == ValueKind.LENGTH ? CssValues.normalizeLength(v) : v);
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            if (!s.type().equals("int")) return wrongType(s, path, "a whole number");
            long n;
            try {
                n = Long.decode(v.replace("_", ""));
            } catch (NumberFormatException e) {
                return wrongType(s, path, "a whole number");
            }
            if (doc != null && (n < doc.min() || n > doc.max())) {
                problems.add(s.origin().error("theme-value", path + ": " + n + " is out of range ("
                        + doc.min() + "–" + doc.max() + ")"));
                return null;
            }
            return JSON.numberNode(n);
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
            if (!s.type().equals("int") && !s.type().equals("float")) return wrongType(s, path, "a number");
            return JSON.numberNode(Double.parseDouble(v.replace("_", "")));
        }
        if (type == boolean.class || type == Boolean.class) {
            if (!s.type().equals("bool")) return wrongType(s, path, "true or false");
            return JSON.booleanNode(List.of("true", "yes", "on", "y").contains(v.toLowerCase(Locale.ROOT)));
        }
        if (type instanceof Class<?> c && c.isEnum()) {
            String want = v.replace("-", "_");
            for (Object constant : c.getEnumConstants()) {
                String name = ((Enum<?>) constant).name();
                if (name.equalsIgnoreCase(want)) return JSON.textNode(name);
            }
            List<String> names = Arrays.stream(c.getEnumConstants())
                    .map(o -> ((Enum<?>) o).name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
            problems.add(s.origin().error("theme-value", path + ": " + quote(v) + " is not one of " + String.join(", ", names)));
            return null;
        }
        return JSON.textNode(v);
    }

    /** Checks a text value against its key's declared kind and word list. */
    private void checkText(ThemeNode.Scalar s, String path, KeyDoc doc) {
        if (doc == null) return;
        String v = s.value();
        boolean keyword = Arrays.asList(doc.oneOf()).contains(v);
        if (doc.kind() == ValueKind.THEME_FILE && doc.oneOf().length > 0) {
            // A word from the list, or else a file of the theme (e.g. epub.cover: card | none | cover.png).
            if (!keyword) checkThemeFile(s, path);
            return;
        }
        if (doc.oneOf().length > 0 && !keyword) {
            String hint = DidYouMean.suggest(v, Arrays.asList(doc.oneOf())).map(h -> " (did you mean '" + h + "'?)").orElse("");
            problems.add(s.origin().error("theme-value", path + ": " + quote(v) + " is not one of "
                    + String.join(", ", doc.oneOf()) + hint));
            return;
        }
        switch (doc.kind()) {
            case TEXT -> { }
            case LENGTH -> {
                if (!CssValues.isLength(v)) problems.add(s.origin().error("theme-value", path + ": '" + v
                        + "' is not a length (a number with a unit: mm, cm, in, pt, pc, px, em, Q)"));
            }
            case PX_LENGTH -> {
                if (!CssValues.isPxLength(v)) problems.add(s.origin().error("theme-value", path + ": " + quote(v)
                        + " is not a length in px (e.g. 64px; the card is a raster image)"));
            }
            case COLOR -> {
                if (!CssValues.isColour(v)) problems.add(s.origin().error("theme-value", path + ": '" + v
                        + "' is not a colour (#rgb, #rrggbb, rgb(r, g, b) or a CSS colour name)"));
            }
            case PAGE_SIZE -> {
                if (PageSize.find(v).isEmpty()) problems.add(s.origin().error("theme-value", path + ": '" + v
                        + "' is not a page size (" + PageSize.names() + ", or set width and height)"));
            }
            case PIXELS -> {
                if (!CssValues.isPixels(v)) problems.add(s.origin().error("theme-value", path + ": '" + v
                        + "' is not a pixel size WIDTHxHEIGHT such as 1200x630"));
            }
            case THEME_FILE -> checkThemeFile(s, path);
            case FONT_FILE -> checkFont(s, path);
            case FONT_STACK -> {
                if (!fontStacks.contains(v)) {
                    String hint = DidYouMean.suggest(v, fontStacks).map(h -> " (did you mean '" + h + "'?)").orElse("");
                    problems.add(s.origin().error("theme-value", path + ": " + quote(v) + " is not a font stack of this theme ("
                            + String.join(", ", fontStacks) + ")" + hint));
                }
            }
        }
    }

    private void checkThemeFile(ThemeNode.Scalar s, String path) {
        String v = s.value();
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
    }

    private void checkFont(ThemeNode.Scalar s, String path) {
        String v = s.value();
        if (v.isEmpty() || ThemeFiles.hasControlCharacter(v) || v.startsWith("/") || v.startsWith("\\") || Path.of(v).isAbsolute() || v.contains(":")) {
            problems.add(s.origin().error("theme-path", path + ": " + quote(v)
                    + " must be a path relative to the theme folder, the project or the Hanmoto installation"));
            return;
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
                return;
            }
            if (!Files.exists(p)) continue;
            if (roots.stream().noneMatch(r -> InsideFolder.isInside(r, p))) {
                problems.add(s.origin().error("theme-path", path + ": " + quote(v) + " is a link pointing outside the theme and project folders"));
                return;
            }
            if (!Files.isRegularFile(p)) continue;
            Optional<String> bad = FontCheck.problem(p);
            if (bad.isPresent()) {
                problems.add(s.origin().error("theme-font", path + ": font " + quote(v) + " " + bad.get()));
            } else {
                fonts.put(path, p);
            }
            return;
        }
        problems.add(s.origin().error("theme-font-missing", path + ": font file " + quote(v) + " not found (looked in "
                + String.join(", ", bases.stream().map(Path::toString).toList()) + ")"));
    }

    /** A value in quotes for a message, control characters shown as {@code ?} so they never reach a terminal. */
    static String quote(String v) {
        return "'" + v.replaceAll("\\p{Cntrl}", "?") + "'";
    }

    private JsonNode wrongType(ThemeNode node, String path, String expected) {
        problems.add(node.origin().error("theme-type", path + ": expected " + expected + ", found " + ThemeNode.describe(node)));
        return null;
    }

    private static String expected(Type type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) return "a whole number";
        if (type == boolean.class || type == Boolean.class) return "true or false";
        if (type == double.class || type == Double.class) return "a number";
        return "a single value";
    }
}
