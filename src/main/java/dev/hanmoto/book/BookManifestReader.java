package dev.hanmoto.book;

import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.book.BookManifest.Chapter;
import dev.hanmoto.book.BookManifest.Entry;
import dev.hanmoto.book.BookManifest.Matter;
import dev.hanmoto.book.BookManifest.Part;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code book.yaml}. The YAML is composed into SnakeYAML nodes (not bound to objects) so every
 * problem can point at its {@code line:col} in the manifest.
 *
 * <pre>{@code
 * title: 計算機と物理の小論集          # required
 * subtitle: …
 * author: 山田太郎                     # or authors: [a, b]
 * publisher: …   language: ja   date: 2026-01-01   identifier: urn:isbn:…   slug: …
 * description: …   subjects: [a, b]   cover-image: cover.png   theme: handbook
 * numbering: 第{n}章                   # or "Chapter {n}", or none; default by language
 * appendix-numbering: 付録{A}          # default by language; none when numbering is none
 * front: [preface.md]
 * chapters:
 *   - intro.md
 *   - part: 第2部
 *     chapters: [a.md, b.md]
 * appendices: [commands.md]
 * back: [colophon.md]
 * }</pre>
 *
 * <p>Problems are reported to the {@link Diagnostics}, all of them in one pass, with codes
 * {@code book-unknown-key} (with a did-you-mean), {@code book-type}, {@code book-duplicate-key},
 * {@code book-missing-title}, {@code book-no-chapters}, {@code book-bad-numbering},
 * {@code book-path-outside}, {@code book-chapter-missing} and {@code book-chapter-duplicate}; entries
 * with a problem are left out of the result. A manifest that cannot be read at all (missing, not
 * UTF-8, not YAML, not a mapping) is a {@link UserError}.
 */
public final class BookManifestReader {
    /** Manifest key → Meta key, for single-text values: the front-matter vocabulary plus {@code theme}. */
    static final Map<String, String> SCALARS = new LinkedHashMap<>(Meta.SCALAR_ALIASES);
    static {
        for (String d : Meta.DESCRIPTION_ALIASES) SCALARS.put(d, Meta.DESCRIPTION);
        SCALARS.put("theme", BookManifest.THEME);
    }
    private static final Set<String> AUTHOR_KEYS = Set.copyOf(Meta.AUTHOR_ALIASES);
    private static final Set<String> SUBJECT_KEYS = Set.copyOf(Meta.SUBJECT_ALIASES);
    private static final List<String> STRUCTURE_KEYS =
            List.of("numbering", "appendix-numbering", "front", "chapters", "appendices", "back");
    /** Every key a manifest's top level accepts (for "did you mean"). */
    private static final List<String> TOP_KEYS = topKeys();
    private static final List<String> PART_KEYS = List.of("part", "chapters");

    private static List<String> topKeys() {
        List<String> keys = new ArrayList<>(SCALARS.keySet());
        keys.addAll(Meta.AUTHOR_ALIASES);
        keys.addAll(Meta.SUBJECT_ALIASES);
        keys.addAll(STRUCTURE_KEYS);
        return List.copyOf(keys);
    }

    private final Path file;
    private final Diagnostics diags;
    private final ChapterPaths paths;

    private BookManifestReader(Path file, Diagnostics diags) {
        this.file = file;
        this.diags = diags;
        this.paths = new ChapterPaths(file, diags);
    }

    /**
     * Reads a manifest.
     *
     * @param file  the {@code book.yaml} (diagnostics name it as given)
     * @param diags where problems go
     * @return the manifest, without the entries that had problems
     * @throws UserError if the file cannot be read or is not a YAML mapping
     */
    public static BookManifest read(Path file, Diagnostics diags) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new UserError(Diagnostic.error("book-encoding", "book manifest is not UTF-8 text", file, 0, 0));
        } catch (IOException e) {
            throw new UserError(Diagnostic.error("book-unreadable", "cannot read book manifest: " + e.getMessage(), file, 0, 0));
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return new BookManifestReader(file, diags).parse(text);
    }

    private BookManifest parse(String text) {
        Node root;
        try {
            root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new UserError(Diagnostic.error("book-yaml-syntax", "book manifest is not valid YAML: " + problem,
                    file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1));
        } catch (YAMLException e) {
            throw new UserError(Diagnostic.error("book-yaml-syntax", "book manifest is not valid YAML: " + e.getMessage(), file, 0, 0));
        }
        if (!(root instanceof MappingNode map)) {
            SourcePos p = root == null ? new SourcePos(1, 1) : pos(root);
            throw new UserError(Diagnostic.error("book-type",
                    "book manifest must be a mapping with at least 'title' and 'chapters'", file, p.line(), p.col()));
        }

        Map<String, MetaValue> meta = new LinkedHashMap<>();
        List<String> authors = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        ScalarNode numberingNode = null;
        ScalarNode appendixNode = null;
        Map<String, Node> groups = new LinkedHashMap<>();
        for (NodeTuple t : entries(map)) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            Node value = t.getValueNode();
            if (SCALARS.containsKey(key)) {
                requireScalar(key, value).ifPresent(s -> meta.put(SCALARS.get(key), new MetaValue.Str(s.getValue().strip())));
            } else if (AUTHOR_KEYS.contains(key)) {
                authors.addAll(texts(key, value));
            } else if (SUBJECT_KEYS.contains(key)) {
                for (String s : texts(key, value)) if (!subjects.contains(s)) subjects.add(s);
            } else if (key.equals("numbering")) {
                numberingNode = requireScalar(key, value).orElse(null);
            } else if (key.equals("appendix-numbering")) {
                appendixNode = requireScalar(key, value).orElse(null);
            } else if (key.equals("front") || key.equals("chapters") || key.equals("appendices") || key.equals("back")) {
                groups.put(key, value);
            } else {
                unknownKey(t.getKeyNode(), key, TOP_KEYS, "");
            }
        }
        if (!authors.isEmpty()) {
            meta.put(Meta.AUTHOR, authors.size() == 1 ? new MetaValue.Str(authors.get(0))
                    : new MetaValue.Lst(authors.stream().map(a -> (MetaValue) new MetaValue.Str(a)).toList()));
        }
        if (!subjects.isEmpty()) {
            meta.put(Meta.SUBJECTS, new MetaValue.Lst(subjects.stream().map(a -> (MetaValue) new MetaValue.Str(a)).toList()));
        }
        Meta m = new Meta(meta);
        if (m.title().isEmpty()) {
            report("book-missing-title", "book manifest has no 'title'", new SourcePos(1, 1));
        }

        Numbering numbering = numbering(numberingNode, Numbering.chaptersFor(m.lang()));
        Numbering appendixNumbering = numbering(appendixNode,
                numbering.isNone() ? Numbering.NONE : Numbering.appendicesFor(m.lang()));

        List<Entry> front = chapterList(groups.get("front"), "front", Matter.FRONT, false);
        List<Entry> body = chapterList(groups.get("chapters"), "chapters", Matter.BODY, true);
        List<Entry> appendices = chapterList(groups.get("appendices"), "appendices", Matter.APPENDIX, false);
        List<Entry> back = chapterList(groups.get("back"), "back", Matter.BACK, false);
        if (!groups.containsKey("chapters")) {
            report("book-no-chapters", "book manifest has no 'chapters' list", new SourcePos(1, 1));
        }
        return new BookManifest(file, m, numbering, appendixNumbering, front, body, appendices, back);
    }

    /** The tuples of a mapping, each key a scalar and each key once (others reported and skipped). */
    private List<NodeTuple> entries(MappingNode map) {
        List<NodeTuple> out = new ArrayList<>();
        Map<String, SourcePos> keys = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                report("book-type", "keys in the book manifest must be plain words", pos(t.getKeyNode()));
                continue;
            }
            SourcePos first = keys.putIfAbsent(k.getValue(), pos(k));
            if (first != null) {
                report("book-duplicate-key", "key '" + k.getValue() + "' is given twice; first at " + first, pos(k));
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private Numbering numbering(ScalarNode node, Numbering fallback) {
        if (node == null) return fallback;
        String v = node.getValue().strip();
        if (v.equals("none")) return Numbering.NONE;
        if (!Numbering.hasToken(v)) {
            report("book-bad-numbering", "numbering '" + v + "' has no {n}, {A} or {a} for the number; write e.g. "
                    + "'第{n}章', 'Chapter {n}' or 'none'", pos(node));
            return fallback;
        }
        return new Numbering(v);
    }

    private List<Entry> chapterList(Node node, String key, Matter matter, boolean partsAllowed) {
        if (node == null) return List.of();
        if (!(node instanceof SequenceNode seq)) {
            report("book-type", "'" + key + "' must be a list of Markdown files", pos(node));
            return List.of();
        }
        List<Entry> out = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (item instanceof ScalarNode s) {
                chapter(s, matter).ifPresent(out::add);
            } else if (item instanceof MappingNode m && partsAllowed) {
                part(m).ifPresent(out::add);
            } else if (item instanceof MappingNode) {
                report("book-type", "parts are allowed only under 'chapters'; list files under '" + key + "'", pos(item));
            } else {
                report("book-type", "an entry of '" + key + "' must be a file name"
                        + (partsAllowed ? " or a part ('- part: title' with 'chapters:')" : ""), pos(item));
            }
        }
        return out;
    }

    private Optional<Part> part(MappingNode map) {
        String title = null;
        Node chapters = null;
        for (NodeTuple t : entries(map)) {
            String key = ((ScalarNode) t.getKeyNode()).getValue();
            if (key.equals("part")) {
                title = requireScalar(key, t.getValueNode()).map(s -> s.getValue().strip()).orElse(null);
            } else if (key.equals("chapters")) {
                chapters = t.getValueNode();
            } else {
                unknownKey(t.getKeyNode(), key, PART_KEYS, " in a part");
            }
        }
        if (title == null || title.isEmpty()) {
            report("book-type", "a part needs a title: '- part: 第2部'", pos(map));
            return Optional.empty();
        }
        if (chapters == null) {
            report("book-type", "part '" + title + "' has no 'chapters' list", pos(map));
            return Optional.empty();
        }
        List<Chapter> list = new ArrayList<>();
        for (Entry e : chapterList(chapters, "chapters", Matter.BODY, false)) list.add((Chapter) e);
        return Optional.of(new Part(title, list, pos(map)));
    }

    private Optional<Chapter> chapter(ScalarNode node, Matter matter) {
        String written = node.getValue().strip();
        SourcePos at = pos(node);
        Optional<Path> resolved = paths.resolve(written, at);
        if (resolved.isEmpty() || paths.listedTwice(resolved.get(), written, at)) return Optional.empty();
        return Optional.of(new Chapter(resolved.get(), written, matter, at));
    }

    private Optional<ScalarNode> requireScalar(String key, Node value) {
        if (value instanceof ScalarNode s) return Optional.of(s);
        report("book-type", "'" + key + "' must be a single text value", pos(value));
        return Optional.empty();
    }

    /** A scalar or a list of scalars, as texts. */
    private List<String> texts(String key, Node value) {
        if (value instanceof ScalarNode s) return s.getValue().isBlank() ? List.of() : List.of(s.getValue().strip());
        if (value instanceof SequenceNode seq) {
            List<String> out = new ArrayList<>();
            for (Node n : seq.getValue()) {
                if (n instanceof ScalarNode s) {
                    if (!s.getValue().isBlank()) out.add(s.getValue().strip());
                } else {
                    report("book-type", "'" + key + "' must be a text or a list of texts", pos(n));
                }
            }
            return out;
        }
        report("book-type", "'" + key + "' must be a text or a list of texts", pos(value));
        return List.of();
    }

    private void unknownKey(Node keyNode, String key, List<String> known, String where) {
        String hint = DidYouMean.closest(key, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
        report("book-unknown-key", "unknown key '" + key + "'" + where + hint, pos(keyNode));
    }

    private void report(String code, String message, SourcePos at) {
        diags.report(Diagnostic.error(code, message, file, at.line(), at.col()));
    }

    private static SourcePos pos(Node n) {
        Mark m = n.getStartMark();
        return m == null ? SourcePos.NONE : new SourcePos(m.getLine() + 1, m.getColumn() + 1);
    }
}
