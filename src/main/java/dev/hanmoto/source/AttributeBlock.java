package dev.hanmoto.source;

import dev.hanmoto.ast.Attr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attribute block {@code {#id .class key=value}} as pandoc reads it (extension
 * {@code attributes}: headings, fenced code, links, images, spans, fenced divs), which PHP Markdown
 * Extra ({@code {#id .class}}), kramdown's inline attribute lists ({@code {: #id .class}}), VFM and
 * markdown-it-attrs write the same way.
 *
 * <ul>
 *   <li>{@code #id} — the identifier; at most one (a second is an error, as in pandoc's reader it
 *       would be ignored silently).</li>
 *   <li>{@code .class} — a class; repeated classes are kept once, in order.</li>
 *   <li>{@code key=value}, {@code key="value with spaces"}, {@code key='value'} — a key/value pair;
 *       {@code \"} and {@code \\} escape inside quotes. A later value of the same key wins. The key
 *       {@code class} adds classes and {@code id} sets the identifier, as in pandoc.</li>
 *   <li>{@code -} — pandoc's shorthand for {@code .unnumbered}.</li>
 *   <li>A leading {@code :} (kramdown) is skipped.</li>
 * </ul>
 *
 * <p>Identifiers, classes and keys are letters (any script: Japanese ids such as {@code #概要} are
 * kept), digits and {@code - _ : .}; an identifier or class must not be empty. The block does not
 * span lines. This class only parses: the reader decides where a block may stand and what a
 * malformed one means (a warning, with the text kept as written).
 */
public final class AttributeBlock {
    private AttributeBlock() {}

    /** The class pandoc's {@code {-}} stands for; the heading is left out of numbering. */
    public static final String UNNUMBERED = "unnumbered";

    /**
     * A parsed block: its attributes, and where it ended in the text ({@code end} is the index after
     * the closing brace).
     */
    public record Parsed(Attr attr, int end) {}

    /** Why a block did not parse: a message, and the index in the text where the problem is. */
    public record Malformed(String message, int at) {}

    /** Either a block or why it is not one. */
    public record Result(Optional<Parsed> parsed, Optional<Malformed> error) {
        static Result ok(Attr attr, int end) {
            return new Result(Optional.of(new Parsed(attr, end)), Optional.empty());
        }

        static Result fail(String message, int at) {
            return new Result(Optional.empty(), Optional.of(new Malformed(message, at)));
        }
    }

    /**
     * Parses the block that starts at {@code from} (which must be a {@code '{'}). A text that does
     * not look like an attribute block at all (no closing brace on the line, or braces holding
     * ordinary prose such as {@code {x, y}}) is an error too; callers that only want blocks that
     * look intended should test {@link #looksLikeBlock} first.
     */
    public static Result parse(String s, int from) {
        if (from >= s.length() || s.charAt(from) != '{') return Result.fail("an attribute block starts with '{'", from);
        int i = from + 1;
        String id = "";
        List<String> classes = new ArrayList<>();
        Map<String, String> kv = new LinkedHashMap<>();
        i = skipSpace(s, i);
        if (i < s.length() && s.charAt(i) == ':') i = skipSpace(s, i + 1);
        while (true) {
            i = skipSpace(s, i);
            if (i >= s.length() || s.charAt(i) == '\n') return Result.fail("attribute block is not closed with '}'", from);
            char c = s.charAt(i);
            if (c == '}') return Result.ok(new Attr(id, classes, kv), i + 1);
            if (c == '#') {
                int end = nameEnd(s, i + 1);
                if (end == i + 1) return Result.fail("'#' must be followed by an identifier", i);
                if (!id.isEmpty()) return Result.fail("a second identifier '" + s.substring(i, end) + "' (the block already has #" + id + ")", i);
                id = s.substring(i + 1, end);
                i = end;
            } else if (c == '.') {
                int end = nameEnd(s, i + 1);
                if (end == i + 1) return Result.fail("'.' must be followed by a class name", i);
                String cls = s.substring(i + 1, end);
                if (!classes.contains(cls)) classes.add(cls);
                i = end;
            } else if (c == '-' && (i + 1 < s.length()) && (s.charAt(i + 1) == '}' || Character.isWhitespace(s.charAt(i + 1)))) {
                if (!classes.contains(UNNUMBERED)) classes.add(UNNUMBERED);
                i++;
            } else if (isNameChar(s.codePointAt(i))) {
                int end = nameEnd(s, i);
                String key = s.substring(i, end);
                if (end >= s.length() || s.charAt(end) != '=') {
                    return Result.fail("'" + key + "' is neither #id, .class nor key=value", i);
                }
                int v = end + 1;
                String value;
                if (v < s.length() && (s.charAt(v) == '"' || s.charAt(v) == '\'')) {
                    char q = s.charAt(v);
                    StringBuilder sb = new StringBuilder();
                    int k = v + 1;
                    while (k < s.length() && s.charAt(k) != q && s.charAt(k) != '\n') {
                        if (s.charAt(k) == '\\' && k + 1 < s.length() && (s.charAt(k + 1) == q || s.charAt(k + 1) == '\\')) k++;
                        sb.append(s.charAt(k));
                        k++;
                    }
                    if (k >= s.length() || s.charAt(k) != q) return Result.fail("the value of '" + key + "' is not closed with " + q, v);
                    value = sb.toString();
                    i = k + 1;
                } else {
                    int k = v;
                    while (k < s.length() && !Character.isWhitespace(s.charAt(k)) && s.charAt(k) != '}') k++;
                    value = s.substring(v, k);
                    i = k;
                }
                if (key.equals("id")) {
                    if (!id.isEmpty()) return Result.fail("a second identifier 'id=" + value + "' (the block already has #" + id + ")", end - 2);
                    id = value;
                } else if (key.equals("class")) {
                    for (String cls : value.trim().split("\\s+")) if (!cls.isEmpty() && !classes.contains(cls)) classes.add(cls);
                } else {
                    kv.put(key, value);
                }
            } else {
                return Result.fail("unexpected '" + new String(Character.toChars(s.codePointAt(i))) + "' in an attribute block", i);
            }
            if (i < s.length() && !Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '}') {
                return Result.fail("unexpected '" + new String(Character.toChars(s.codePointAt(i))) + "' in an attribute block", i);
            }
        }
    }

    /**
     * Whether the text at {@code from} looks like an attribute block an author meant — a brace
     * followed (after optional spaces or kramdown's colon) by {@code #}, {@code .}, {@code -} or
     * {@code key=} — rather than braces in prose or code ({@code {x, y}}, {@code {{book.title}}}).
     */
    public static boolean looksLikeBlock(String s, int from) {
        if (from >= s.length() || s.charAt(from) != '{') return false;
        int i = skipSpace(s, from + 1);
        if (i < s.length() && s.charAt(i) == ':') i = skipSpace(s, i + 1);
        if (i >= s.length()) return false;
        char c = s.charAt(i);
        if (c == '#' || c == '.') return i + 1 < s.length() && isNameChar(s.codePointAt(i + 1));
        if (c == '-') return i + 1 < s.length() && (s.charAt(i + 1) == '}' || s.charAt(i + 1) == ' ');
        if (!isNameChar(s.codePointAt(i))) return false;
        int end = nameEnd(s, i);
        return end < s.length() && s.charAt(end) == '=';
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) i++;
        return i;
    }

    private static int nameEnd(String s, int i) {
        while (i < s.length() && isNameChar(s.codePointAt(i))) i += Character.charCount(s.codePointAt(i));
        return i;
    }

    private static boolean isNameChar(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == ':' || cp == '.';
    }
}
