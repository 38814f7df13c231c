package dev.hanmoto.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the front matter at the top of a source and maps it onto {@link Meta}'s canonical keys.
 *
 * <p>Recognised openers, on the first line: {@code ---} (YAML, closed by {@code ---} or {@code ...}),
 * {@code ---yaml}, {@code ---json} (JSON, the seed's form, closed by {@code ---}), {@code ---toml} and
 * {@code +++} (TOML, closed by {@code +++}). Anything else means there is no front matter.
 *
 * <p>Aliases: {@code description}, {@code meta_description}, {@code summary} → description (first
 * present in that order; the others stay under their own key); {@code tags}, {@code keywords},
 * {@code subjects} → subjects (merged, duplicates dropped, order kept); {@code author}/{@code authors}
 * → author; {@code lang}/{@code language} → lang; {@code cover-image}/{@code cover_image}/{@code cover}
 * → cover-image. Every other key is kept as written.
 *
 * <p>Problems are reported, never thrown: {@code front-matter-syntax} (with the parser's position
 * mapped into the file), {@code front-matter-unclosed} and {@code front-matter-type}. The reader
 * expects text whose line ends are already {@code \n} and whose BOM is already stripped.
 */
public final class FrontMatterReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper YAML = new YAMLMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper TOML = new TomlMapper();

    /** The shared metadata vocabulary (see {@link Meta#SCALAR_ALIASES}). */
    private static final Map<String, String> SCALAR_ALIASES = Meta.SCALAR_ALIASES;
    private static final List<String> DESCRIPTION_KEYS = Meta.DESCRIPTION_ALIASES;
    private static final Set<String> SUBJECT_KEYS = Set.copyOf(Meta.SUBJECT_ALIASES);
    private static final Set<String> AUTHOR_KEYS = Set.copyOf(Meta.AUTHOR_ALIASES);

    private FrontMatterReader() {}

    /**
     * Reads the front matter of {@code text} (BOM stripped, {@code \n} line ends).
     *
     * @param file  the file the text came from, for diagnostics
     * @param diags where problems go
     * @return the metadata and where the body starts; {@link FrontMatter#NONE} if there is none
     */
    public static FrontMatter read(String text, Path file, Diagnostics diags) {
        int firstEnd = lineEnd(text, 0);
        String opener = stripTrailing(text.substring(0, firstEnd));
        FrontMatter.Format format;
        String closer;
        String altCloser = null;
        switch (opener) {
            case "---", "---yaml" -> { format = FrontMatter.Format.YAML; closer = "---"; altCloser = "..."; }
            case "---json" -> { format = FrontMatter.Format.JSON; closer = "---"; }
            case "---toml" -> { format = FrontMatter.Format.TOML; closer = "---"; }
            case "+++" -> { format = FrontMatter.Format.TOML; closer = "+++"; }
            default -> { return FrontMatter.NONE; }
        }
        int contentStart = Math.min(text.length(), firstEnd + 1);
        int pos = contentStart;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String l = stripTrailing(text.substring(pos, end));
            if (l.equals(closer) || l.equals(altCloser)) {
                String content = text.substring(contentStart, pos);
                int bodyStart = Math.min(text.length(), end + 1);
                Meta meta = parse(content, format, 2, file, diags);
                return new FrontMatter(meta, format, bodyStart);
            }
            pos = end + 1;
        }
        diags.report(Diagnostic.error("front-matter-unclosed",
                "front matter opened with '" + opener + "' is never closed; add a line '" + closer
                        + "' after it", file, 1, 1));
        return new FrontMatter(Meta.EMPTY, format, text.length());
    }

    /** Parses the front-matter content whose first line is file line {@code firstLine}. */
    private static Meta parse(String content, FrontMatter.Format format, int firstLine, Path file, Diagnostics diags) {
        ObjectMapper mapper = switch (format) {
            case JSON -> JSON;
            case TOML -> TOML;
            default -> YAML;
        };
        Map<String, Located> raw = new LinkedHashMap<>();
        try (JsonParser p = mapper.createParser(content)) {
            JsonToken t = p.nextToken();
            if (t == null) return Meta.EMPTY;
            if (t != JsonToken.START_OBJECT) {
                SourcePos at = map(p.currentTokenLocation(), firstLine);
                diags.report(Diagnostic.error("front-matter-type",
                        "front matter must be a mapping of keys to values, not " + describe(t),
                        file, at.line(), at.col()));
                return Meta.EMPTY;
            }
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                SourcePos at = map(p.currentTokenLocation(), firstLine);
                p.nextToken();
                JsonNode value = mapper.readTree(p);
                raw.put(key, new Located(value == null ? null : toMeta(value), at));
            }
            if (format == FrontMatter.Format.JSON && p.nextToken() != null) {
                SourcePos at = map(p.currentTokenLocation(), firstLine);
                diags.report(Diagnostic.error("front-matter-syntax",
                        "unexpected content after the closing '}' of the JSON front matter",
                        file, at.line(), at.col()));
            }
        } catch (JsonProcessingException e) {
            SourcePos at = map(e.getLocation(), firstLine);
            diags.report(Diagnostic.error("front-matter-syntax",
                    "malformed " + format.name() + " front matter: " + headline(e.getOriginalMessage()),
                    file, at.line(), at.col()));
            return Meta.EMPTY;
        } catch (IOException | RuntimeException e) {
            // A parser bug or an unexpected failure deep in a third-party library is still bad input.
            diags.report(Diagnostic.error("front-matter-syntax",
                    "malformed " + format.name() + " front matter: " + headline(String.valueOf(e.getMessage())),
                    file, firstLine - 1, 1));
            return Meta.EMPTY;
        }
        return canonical(raw, new KeyPositions(content, firstLine, file, diags));
    }

    private record Located(MetaValue value, SourcePos pos) {}

    /**
     * Where type errors go. The TOML parser reads the whole table up front and hands out tokens
     * without locations; only then, and only for a key actually reported, is its line found by
     * scanning the text, so the common path stays linear.
     */
    private record KeyPositions(String content, int firstLine, Path file, Diagnostics diags) {
        void error(String key, SourcePos at, String message) {
            SourcePos p = at.line() < firstLine ? findKeyLine(content, key, firstLine) : at;
            diags.report(Diagnostic.error("front-matter-type", message, file, p.line(), p.col()));
        }
    }

    private static Meta canonical(Map<String, Located> raw, KeyPositions where) {
        Map<String, MetaValue> out = new LinkedHashMap<>();
        String descriptionFrom = null;
        for (String k : DESCRIPTION_KEYS) {
            if (raw.containsKey(k) && raw.get(k).value() != null) { descriptionFrom = k; break; }
        }
        Set<String> subjects = new LinkedHashSet<>();
        boolean subjectsSeen = false;
        List<MetaValue> authors = new ArrayList<>();
        boolean authorsSeen = false;
        for (Map.Entry<String, Located> e : raw.entrySet()) {
            String key = e.getKey();
            String lower = key.toLowerCase(Locale.ROOT);
            MetaValue v = e.getValue().value();
            SourcePos at = e.getValue().pos();
            if (v == null) continue; // `key:` with no value: as if absent
            if (SCALAR_ALIASES.containsKey(lower)) {
                String canon = SCALAR_ALIASES.get(lower);
                if (requireScalar(key, v, at, where) && !out.containsKey(canon)) out.put(canon, v);
            } else if (lower.equals(descriptionFrom)) {
                if (requireScalar(key, v, at, where)) out.put(Meta.DESCRIPTION, v);
            } else if (SUBJECT_KEYS.contains(lower)) {
                if (!subjectsSeen) out.put(Meta.SUBJECTS, new MetaValue.Lst(List.of()));
                subjectsSeen = true;
                subjects.addAll(textList(key, v, at, where));
            } else if (AUTHOR_KEYS.contains(lower)) {
                if (!authorsSeen) out.put(Meta.AUTHOR, new MetaValue.Lst(List.of()));
                authorsSeen = true;
                for (String a : textList(key, v, at, where)) authors.add(new MetaValue.Str(a));
            } else {
                out.put(key, v);
            }
        }
        // The placeholders above keep the canonical keys in the order they first appeared.
        if (subjectsSeen) out.put(Meta.SUBJECTS, new MetaValue.Lst(subjects.stream().map(s -> (MetaValue) new MetaValue.Str(s)).toList()));
        if (authorsSeen) out.put(Meta.AUTHOR, new MetaValue.Lst(authors));
        return new Meta(out);
    }

    private static boolean requireScalar(String key, MetaValue v, SourcePos at, KeyPositions where) {
        if (v instanceof MetaValue.Str || v instanceof MetaValue.Bool) return true;
        where.error(key, at, "'" + key + "' must be a single text value, not " + kind(v));
        return false;
    }

    /** A text or a list of texts (an author may also be a map with a {@code name}). */
    private static List<String> textList(String key, MetaValue v, SourcePos at, KeyPositions where) {
        List<String> out = new ArrayList<>();
        List<MetaValue> items = v instanceof MetaValue.Lst l ? l.values() : List.of(v);
        for (MetaValue item : items) {
            if (item instanceof MetaValue.Obj o && o.values().get("name") instanceof MetaValue.Str n) {
                item = n;
            }
            if (item instanceof MetaValue.Str || item instanceof MetaValue.Bool) {
                String s = item.asText().strip();
                if (!s.isEmpty()) out.add(s);
            } else {
                where.error(key, at, "'" + key + "' must be a text or a list of texts, but has " + kind(item) + " in it");
            }
        }
        return out;
    }

    private static MetaValue toMeta(JsonNode n) {
        if (n.isObject()) {
            Map<String, MetaValue> m = new LinkedHashMap<>();
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                var e = it.next();
                if (!e.getValue().isNull()) m.put(e.getKey(), toMeta(e.getValue()));
            }
            return new MetaValue.Obj(m);
        }
        if (n.isArray()) {
            List<MetaValue> l = new ArrayList<>();
            for (JsonNode c : n) if (!c.isNull()) l.add(toMeta(c));
            return new MetaValue.Lst(l);
        }
        if (n.isBoolean()) return new MetaValue.Bool(n.booleanValue());
        if (n.isNull() || n.isMissingNode()) return null;
        return new MetaValue.Str(n.asText());
    }

    private static String kind(MetaValue v) {
        if (v instanceof MetaValue.Lst) return "a list";
        if (v instanceof MetaValue.Obj) return "a mapping";
        return "a text";
    }

    private static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "a list";
            case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT, VALUE_TRUE, VALUE_FALSE -> "a single value";
            default -> "'" + t.asString() + "'";
        };
    }

    /** Maps a parser location (1-based, relative to the front-matter content) into the file. */
    private static SourcePos map(JsonLocation loc, int firstLine) {
        if (loc == null || loc.getLineNr() < 1) return new SourcePos(firstLine - 1, 1);
        return new SourcePos(firstLine + loc.getLineNr() - 1, Math.max(1, loc.getColumnNr()));
    }

    /** The line of {@code key = ...} (or {@code "key" = ...}) in the front matter; the opener line if not found. */
    private static SourcePos findKeyLine(String content, String key, int firstLine) {
        int line = firstLine;
        for (String l : content.split("\n", -1)) {
            String t = l.strip();
            if (t.startsWith(key) && t.substring(key.length()).stripLeading().startsWith("=")) {
                return new SourcePos(line, l.indexOf(key) + 1);
            }
            if (t.startsWith("\"" + key + "\"")) return new SourcePos(line, l.indexOf('"') + 1);
            line++;
        }
        return new SourcePos(firstLine - 1, 1);
    }

    private static String headline(String message) {
        if (message == null) return "syntax error";
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl).strip();
    }

    private static int lineEnd(String text, int from) {
        int i = text.indexOf('\n', from);
        return i < 0 ? text.length() : i;
    }

    private static String stripTrailing(String s) {
        return s.stripTrailing();
    }
}
