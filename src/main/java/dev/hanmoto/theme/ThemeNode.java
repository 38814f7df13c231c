package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A theme file as a tree that remembers where every key and value came from (file, line, column),
 * so that a problem found after {@code extends} merging still points at the line that caused it.
 * Built from SnakeYAML's node API (not Jackson's tree, which drops positions).
 */
sealed interface ThemeNode {
    Origin origin();

    /** Where a node starts: file (a path, or {@code builtin:/themes/<name>/theme.yaml}), 1-based line and column. */
    record Origin(Path file, int line, int col) {
        Diagnostic error(String code, String message) {
            return Diagnostic.error(code, message, file, line, col);
        }
    }

    /** A mapping key with its own position (unknown-key messages point at the key, not the value). */
    record Entry(String key, Origin keyOrigin, ThemeNode value) {}

    record MapNode(Map<String, Entry> entries, Origin origin) implements ThemeNode {
        public MapNode {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        Optional<ThemeNode> find(String key) {
            return Optional.ofNullable(entries.get(key)).map(Entry::value);
        }

        MapNode without(String key) {
            var copy = new LinkedHashMap<>(entries);
            copy.remove(key);
            return new MapNode(copy, origin);
        }
    }

    record ListNode(List<ThemeNode> items, Origin origin) implements ThemeNode {
        public ListNode {
            items = List.copyOf(items);
        }
    }

    /** A scalar with its YAML type as resolved by the core schema ({@code str}, {@code int}, {@code float}, {@code bool}, {@code null}). */
    record Scalar(String value, String type, Origin origin) implements ThemeNode {
        boolean isNull() {
            return type.equals("null");
        }
    }

    /** A short word for messages: "a mapping", "a list", "the text 'x'". */
    static String describe(ThemeNode n) {
        if (n instanceof MapNode) return "a mapping";
        if (n instanceof ListNode) return "a list";
        Scalar s = (Scalar) n;
        return s.isNull() ? "nothing (null)" : ThemeBinder.quote(s.value());
    }

    /**
     * Parses YAML text. A syntax error or a duplicate key becomes a located diagnostic. An empty
     * document is an empty mapping.
     */
    static MapNode parse(String text, Path file) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(1 << 20);
        options.setNestingDepthLimit(50);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : "malformed YAML";
            throw new UserError(Diagnostic.error("theme-syntax", "YAML syntax error: " + problem,
                    file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1));
        } catch (ReaderException e) {
            // Characters YAML forbids (NUL, most C0 controls): SnakeYAML gives only an offset.
            int line = 1, col = 1;
            for (int i = 0; i < Math.min(e.getPosition(), text.length()); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    col = 1;
                } else {
                    col++;
                }
            }
            throw new UserError(Diagnostic.error("theme-syntax", String.format(
                    "character U+%04X is not allowed in YAML", e.getCodePoint()), file, line, col));
        } catch (YAMLException e) {
            throw new UserError(Diagnostic.error("theme-syntax", "YAML error: " + e.getMessage(), file, 0, 0));
        }
        if (root == null) return new MapNode(Map.of(), new Origin(file, 1, 1));
        List<Diagnostic> problems = new ArrayList<>();
        ThemeNode tree = convert(root, file, problems);
        if (!problems.isEmpty()) throw new UserError(problems);
        if (!(tree instanceof MapNode map)) {
            throw new UserError(tree.origin().error("theme-type", "a theme file must be a mapping of keys, found " + describe(tree)));
        }
        return map;
    }

    private static ThemeNode convert(Node node, Path file, List<Diagnostic> problems) {
        Origin at = origin(node, file);
        if (node instanceof MappingNode m) {
            Map<String, Entry> entries = new LinkedHashMap<>();
            for (NodeTuple t : m.getValue()) {
                Origin keyAt = origin(t.getKeyNode(), file);
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    problems.add(keyAt.error("theme-type", "a key must be a plain word"));
                    continue;
                }
                if (entries.containsKey(k.getValue())) {
                    Origin first = entries.get(k.getValue()).keyOrigin();
                    problems.add(keyAt.error("theme-duplicate-key", "duplicate key '" + k.getValue()
                            + "' (first set on line " + first.line() + ")"));
                    continue;
                }
                entries.put(k.getValue(), new Entry(k.getValue(), keyAt, convert(t.getValueNode(), file, problems)));
            }
            return new MapNode(entries, at);
        }
        if (node instanceof SequenceNode s) {
            List<ThemeNode> items = new ArrayList<>();
            for (Node item : s.getValue()) items.add(convert(item, file, problems));
            return new ListNode(items, at);
        }
        ScalarNode sc = (ScalarNode) node;
        Tag tag = sc.getTag();
        String type;
        if (Tag.INT.equals(tag)) type = "int";
        else if (Tag.FLOAT.equals(tag)) type = "float";
        else if (Tag.BOOL.equals(tag)) type = "bool";
        else if (Tag.NULL.equals(tag)) type = "null";
        else type = "str";
        return new Scalar(sc.getValue(), type, at);
    }

    private static Origin origin(Node n, Path file) {
        Mark m = n.getStartMark();
        return m == null ? new Origin(file, 0, 0) : new Origin(file, m.getLine() + 1, m.getColumn() + 1);
    }

    /**
     * {@code extends} merge: mappings merge key by key (recursively), everything else — lists
     * included — is replaced by the child's value. Keys keep the parent's order, new keys follow.
     */
    static ThemeNode merge(ThemeNode parent, ThemeNode child) {
        if (parent instanceof MapNode p && child instanceof MapNode c) {
            Map<String, Entry> out = new LinkedHashMap<>(p.entries());
            for (Entry e : c.entries().values()) {
                Entry old = out.get(e.key());
                out.put(e.key(), old == null ? e : new Entry(e.key(), e.keyOrigin(), merge(old.value(), e.value())));
            }
            return new MapNode(out, c.origin());
        }
        return child;
    }
}
