package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.testkit.ThemeProject;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The theme contract: a key is one record component (with its {@link KeyDoc}, checked by
 * {@code ThemeReferenceTest}) plus its default in {@code themes/base/theme.yaml}, and nothing else. Defaults live only there — a key that no theme of
 * a chain sets is an error at load, never a null or a default in Java for a renderer to meet.
 */
class ThemeContractTest {
    @TempDir
    Path tmp;

    /** A schema key: its path ({@code pdf.page.margin.top}), and whether it may be left unset. */
    record SchemaKey(String path, boolean optional, boolean inList) {}

    /** Every key of the schema, depth first; keys of list entries (font entries) are marked as such. */
    static List<SchemaKey> schema() {
        List<SchemaKey> out = new ArrayList<>();
        walk(ThemeDefinition.class, "", false, out);
        return out;
    }

    private static void walk(Class<?> record, String prefix, boolean inList, List<SchemaKey> out) {
        for (ThemeKeys.Key k : ThemeKeys.of(record)) {
            String path = prefix.isEmpty() ? k.name() : prefix + "." + k.name();
            out.add(new SchemaKey(path, k.optional(), inList));
            if (ThemeKeys.isSection(k.type())) walk((Class<?>) k.type(), path, inList, out);
            Type t = k.type();
            // A map of lists of records: the font stacks' entries.
            if (t instanceof ParameterizedType p && p.getRawType() == Map.class
                    && p.getActualTypeArguments()[1] instanceof ParameterizedType l && l.getRawType() == List.class) {
                walk((Class<?>) l.getActualTypeArguments()[0], path + ".NAME[]", true, out);
            }
        }
    }

    /** Base sets every key that must have a value; a key it does not set must be an Optional component. */
    @Test
    void baseSetsEveryKeyThatIsNotOptional() {
        Map<String, Object> base = base();
        List<String> unset = new ArrayList<>();
        List<String> optionalButSet = new ArrayList<>();
        for (SchemaKey k : schema()) {
            if (k.inList() || k.path().equals("extends")) continue;
            boolean set = find(base, k.path()).isPresent();
            if (!set && !k.optional()) unset.add(k.path());
            if (set && k.optional()) optionalButSet.add(k.path());
        }
        assertEquals(List.of(), unset, "give these keys their default in src/main/resources/themes/base/theme.yaml");
        assertEquals(List.of(), optionalButSet, "an optional key has no default: base must leave it unset");
    }

    /**
     * Base itself, as a theme of its own (extending nothing), with each key it sets taken out in turn:
     * the binder reports that very key as unset, at its section, and the theme does not load — so no
     * renderer can ever be handed a null where base has a default.
     */
    @Test
    void aThemeLeavingAnyKeyUnsetIsRejectedAtThatKey() {
        ThemeProject project = new ThemeProject(tmp);
        Map<String, Object> base = base();
        project.themeWithFiles("whole", dump(base));
        project.load("whole");
        int checked = 0;
        for (SchemaKey k : schema()) {
            if (k.inList() || find(base, k.path()).isEmpty()) continue;
            Map<String, Object> without = copy(base);
            remove(without, k.path());
            String name = "without-" + checked++;
            Path file = project.themeWithFiles(name, dump(without));
            List<Diagnostic> ds = project.errors(name);
            boolean top = !k.path().contains(".");
            String expected = top ? "theme has no '" + k.path() + "'" : k.path() + ": not set by this theme or a parent";
            assertTrue(ds.stream().anyMatch(d -> d.message().startsWith(expected) && file.equals(d.file())),
                    k.path() + " left out: " + ThemeProject.formatted(ds));
            assertTrue(ds.stream().allMatch(d -> d.file() != null && d.line() > 0), ThemeProject.formatted(ds).toString());
        }
        assertEquals(schema().stream().filter(k -> !k.inList() && !k.optional()).count(), checked, "every key base sets, taken out once");
    }

    @Test
    void aKeyOfTheSchemaIsNamedInKebabCase() {
        assertEquals("running-head-max", ThemeKeys.kebab("runningHeadMax"));
        assertTrue(schema().stream().anyMatch(k -> k.path().equals("epub.max-file-kb")));
        assertTrue(schema().stream().anyMatch(k -> k.path().equals("extends") && k.optional()));
        assertFalse(schema().stream().anyMatch(k -> k.path().replace("NAME[]", "").matches(".*[A-Z_].*")), schema().toString());
    }

    // --- the base tree as plain maps, to take keys out of ---

    @SuppressWarnings("unchecked")
    static Map<String, Object> base() {
        try (InputStream in = ThemeContractTest.class.getResourceAsStream("/themes/base/theme.yaml")) {
            return (Map<String, Object>) new Yaml().load(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object> find(Map<String, Object> tree, String path) {
        Object at = tree;
        for (String part : path.split("\\.")) {
            if (!(at instanceof Map<?, ?> m) || !m.containsKey(part)) return Optional.empty();
            at = ((Map<String, Object>) m).get(part);
        }
        return Optional.of(at);
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> tree, String path) {
        String[] parts = path.split("\\.");
        Map<String, Object> at = tree;
        for (int i = 0; i < parts.length - 1; i++) at = (Map<String, Object>) at.get(parts[i]);
        at.remove(parts[parts.length - 1]);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Map<String, Object> tree) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> m ? copy((Map<String, Object>) m) : v));
        return out;
    }

    private static String dump(Map<String, Object> tree) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        return new Yaml(options).dump(tree);
    }
}
