package dev.hanmoto.book;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.files.InsideFolder;
import dev.hanmoto.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A book configuration file read as a tree ({@code book.toml}, {@code book.json}) that still knows
 * where each key is written, so every problem is a {@code file:line:col} error or warning. Keys are
 * addressed by dotted paths ({@code book.title}, {@code structure.summary}).
 */
final class ConfigTree {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper TOML = new TomlMapper();

    private final Path file;
    private final JsonNode root;
    private final Map<String, SourcePos> keys;
    private final Diagnostics diags;

    private ConfigTree(Path file, JsonNode root, Map<String, SourcePos> keys, Diagnostics diags) {
        this.file = file;
        this.root = root;
        this.keys = keys;
        this.diags = diags;
    }

    /**
     * Reads JSON; the parser's own locations place every key.
     *
     * @throws UserError (located) when the text is not a JSON object
     */
    static ConfigTree json(Path file, String text, Diagnostics diags) {
        Map<String, SourcePos> keys = new HashMap<>();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != null) place(p, "", keys);
            if (p.nextToken() != null) {
                SourcePos at = pos(p.currentTokenLocation());
                throw new UserError(Diagnostic.error("book-config-syntax", file.getFileName()
                        + " is not valid JSON: content after the closing '}'", file, at.line(), at.col()));
            }
        } catch (JsonProcessingException e) {
            throw malformed(file, "JSON", e);
        } catch (IOException e) {
            throw new UserError(Diagnostic.error("book-config-syntax", "cannot read: " + e.getMessage(), file, 1, 1));
        }
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(file, "JSON", e);
        }
        if (root == null || !root.isObject()) {
            throw new UserError(Diagnostic.error("book-config-type", file.getFileName() + " must be a JSON object ({ … })", file, 1, 1));
        }
        return new ConfigTree(file, root, keys, diags);
    }

    /** {@code [table]}, {@code [[array]]}: a TOML table header, its dotted name in group 1 or 2. */
    private static final Pattern TABLE = Pattern.compile("^\\s*\\[\\[\\s*([^\\]]+?)\\s*]]|^\\s*\\[\\s*([^\\]]+?)\\s*]");
    /** {@code key =}, {@code "key" =}, {@code a.b =}: a TOML key, at the start of a line. */
    private static final Pattern KEY = Pattern.compile("^(\\s*)((?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*')(?:\\s*\\.\\s*(?:[A-Za-z0-9_-]+|\"[^\"]*\"|'[^']*'))*)\\s*=");

    /**
     * Reads TOML. Jackson's TOML parser reads a whole table before it hands out tokens and gives them
     * no locations; keys are placed by their {@code key =} lines under their {@code [table]} header.
     *
     * @throws UserError (located) when the text is not TOML
     */
    static ConfigTree toml(Path file, String text, Diagnostics diags) {
        JsonNode root;
        try {
            root = TOML.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed(file, "TOML", e);
        }
        if (root == null) root = TOML.createObjectNode();
        Map<String, SourcePos> keys = new HashMap<>();
        String table = "";
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            Matcher t = TABLE.matcher(l);
            if (t.find()) {
                table = dotted(t.group(1) != null ? t.group(1) : t.group(2));
                keys.putIfAbsent(table, new SourcePos(i + 1, l.indexOf('[') + 1));
                continue;
            }
            Matcher k = KEY.matcher(l);
            if (k.find()) {
                String key = dotted(k.group(2));
                keys.putIfAbsent(table.isEmpty() ? key : table + "." + key, new SourcePos(i + 1, k.group(1).length() + 1));
            }
        }
        return new ConfigTree(file, root, keys, diags);
    }

    private static String dotted(String raw) {
        StringBuilder sb = new StringBuilder();
        for (String part : raw.split("\\s*\\.\\s*(?=(?:[^\"']|\"[^\"]*\"|'[^']*')*$)")) {
            String p = part.strip();
            if (p.length() >= 2 && (p.startsWith("\"") && p.endsWith("\"") || p.startsWith("'") && p.endsWith("'"))) {
                p = p.substring(1, p.length() - 1);
            }
            if (sb.length() > 0) sb.append('.');
            sb.append(p);
        }
        return sb.toString();
    }

    /** Records where each key of the value at the parser's current token is written, at every depth. */
    private static void place(JsonParser p, String prefix, Map<String, SourcePos> keys) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String full = prefix.isEmpty() ? p.currentName() : prefix + "." + p.currentName();
                keys.putIfAbsent(full, pos(p.currentTokenLocation()));
                p.nextToken();
                place(p, full, keys);
            }
        } else if (t == JsonToken.START_ARRAY) {
            int i = 0;
            while (p.nextToken() != JsonToken.END_ARRAY) place(p, prefix + "." + i++, keys);
        }
    }

    private static UserError malformed(Path file, String format, JsonProcessingException e) {
        SourcePos at = pos(e.getLocation());
        String message = e.getOriginalMessage() == null ? "syntax error" : e.getOriginalMessage().strip();
        int nl = message.indexOf('\n');
        if (nl >= 0) message = message.substring(0, nl).strip();
        return new UserError(Diagnostic.error("book-config-syntax", file.getFileName() + " is not valid " + format + ": "
                + message, file, Math.max(1, at.line()), Math.max(1, at.col())));
    }

    private static SourcePos pos(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) return new SourcePos(1, 1);
        return new SourcePos(loc.getLineNr(), Math.max(1, loc.getColumnNr()));
    }

    Path file() {
        return file;
    }

    /**
     * A configuration or summary file's text as the source reader reads text (strict UTF-8, {@code \n}
     * line ends); a file that is not UTF-8 or cannot be read is a located {@link UserError}.
     */
    static String readText(Path file, Diagnostics diags) {
        Diagnostics own = new Diagnostics();
        String text = SourceReader.readText(file, own);
        if (own.hasErrors()) throw new UserError(own.all());
        diags.reportAll(own.all());
        return text;
    }

    /** The node at a dotted path; empty when absent or null. */
    Optional<JsonNode> node(String path) {
        JsonNode n = root;
        for (String part : path.split("\\.")) {
            if (n == null || !n.isObject()) return Optional.empty();
            n = n.get(part);
        }
        return n == null || n.isNull() || n.isMissingNode() ? Optional.empty() : Optional.of(n);
    }

    /** Where a key is written (its parent's position, then 1:1, when it cannot be found). */
    SourcePos pos(String path) {
        for (String p = path; ; p = p.substring(0, p.lastIndexOf('.'))) {
            SourcePos at = keys.get(p);
            if (at != null) return at;
            if (p.indexOf('.') < 0) return new SourcePos(1, 1);
        }
    }

    /** A text value (a number or boolean as its text); empty, and an error when it is a table or list. */
    Optional<String> text(String path) {
        Optional<JsonNode> n = node(path);
        if (n.isEmpty()) return Optional.empty();
        if (n.get().isValueNode()) return Optional.of(n.get().asText().strip()).filter(s -> !s.isEmpty());
        error(path, "'" + path + "' must be a single text value");
        return Optional.empty();
    }

    /** A text or a list of texts (an author may also be {@code {"name": …}}). */
    List<String> texts(String path) {
        Optional<JsonNode> n = node(path);
        List<String> out = new ArrayList<>();
        if (n.isEmpty()) return out;
        List<JsonNode> items = new ArrayList<>();
        if (n.get().isArray()) n.get().forEach(items::add);
        else items.add(n.get());
        for (JsonNode item : items) {
            JsonNode v = item.isObject() && item.has("name") ? item.get("name") : item;
            if (v.isValueNode() && !v.asText().isBlank()) out.add(v.asText().strip());
            else if (!v.isValueNode()) error(path, "'" + path + "' must be a text or a list of texts");
        }
        return out;
    }

    /** The keys of the table at {@code path} (the top level for ""), in written order. */
    List<String> keysOf(String path) {
        JsonNode n = path.isEmpty() ? root : node(path).orElse(null);
        List<String> out = new ArrayList<>();
        if (n == null || !n.isObject()) return out;
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    /** Whether the value at {@code path} is a table (object); an error when present and not one. */
    boolean table(String path) {
        Optional<JsonNode> n = node(path);
        if (n.isEmpty()) return false;
        if (n.get().isObject()) return true;
        error(path, "'" + path + "' must be a table of keys");
        return false;
    }

    /** Reports every key of the table at {@code path} that is not in {@code known}, with a did-you-mean. */
    void unknownKeys(String path, List<String> known, boolean asError, String why) {
        for (String k : keysOf(path)) {
            if (known.contains(k)) continue;
            String full = path.isEmpty() ? k : path + "." + k;
            String hint = DidYouMean.closest(k, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
            String message = "unknown key '" + full + "'" + hint + why;
            SourcePos at = pos(full);
            diags.report(asError ? Diagnostic.error("book-unknown-key", message, file, at.line(), at.col())
                    : Diagnostic.warning("book-unknown-key", message, file, at.line(), at.col()));
        }
    }

    /**
     * The folder a key names ({@code book.src}, {@code root}), against {@code bookDir}: inside the book
     * folder and existing; else a {@link UserError} at the key ({@code book-config-type},
     * {@code book-path-outside}, {@code book-no-summary}).
     *
     * @param path    the key's dotted path, for its position
     * @param name    the key as the messages name it ({@code src}, {@code root})
     * @param value   the folder as written
     * @param missing the message when there is no such folder
     */
    Path folder(String path, String name, String value, Path bookDir, String missing) {
        SourcePos at = pos(path);
        Path dir;
        try {
            dir = bookDir.resolve(value).normalize();
        } catch (InvalidPathException e) {
            throw new UserError(Diagnostic.error("book-config-type", name + " '" + value + "' is not a folder name", file, at.line(), at.col()));
        }
        if (!InsideFolder.isInside(bookDir, dir)) {
            throw new UserError(Diagnostic.error("book-path-outside", name + " '" + value + "' leaves the book folder", file, at.line(), at.col()));
        }
        if (!Files.isDirectory(dir)) {
            throw new UserError(Diagnostic.error("book-no-summary", missing, file, at.line(), at.col()));
        }
        return dir;
    }

    void error(String path, String message) {
        SourcePos at = pos(path);
        diags.report(Diagnostic.error("book-config-type", message, file, at.line(), at.col()));
    }

    void warning(String path, String code, String message) {
        SourcePos at = pos(path);
        diags.report(Diagnostic.warning(code, message, file, at.line(), at.col()));
    }
}
