package dev.hanmoto.source;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.CodeAttrs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A fenced code block's info string, in the dialects authors write, read into the block's
 * {@link Attr}: the language is the first class, then the other classes; the attributes
 * {@link CodeAttrs#FILENAME}, {@link CodeAttrs#START_FROM} and {@link CodeAttrs#MARK} carry the title, the first line number and
 * the marked lines. Accepted forms (docs/markdown.md lists them):
 *
 * <ul>
 *   <li>{@code js} — the language (CommonMark: the info string's first word).</li>
 *   <li>{@code rust,ignore}, {@code rust,no_run} — mdBook and rustdoc: words after a comma are not
 *       part of the language.</li>
 *   <li>{@code js:src/hello.js} — Zenn, Qiita: a file name after a colon.</li>
 *   <li>{@code js title="hello.js"}, {@code js filename=hello.js} — VFM, Docusaurus, Quarto.</li>
 *   <li>{@code {.js filename="hello.js" .numberLines startFrom=10}} — pandoc's attribute block
 *       ({@link AttributeBlock}); also after the language ({@code js {.numberLines}}).</li>
 *   <li>{@code js {3,5-7}} — Docusaurus, VuePress, markdown-it: lines 3 and 5 to 7 are marked; also
 *       {@code mark="3,5-7"} or MkDocs' {@code hl_lines="3 5-7"}.</li>
 *   <li>{@code numberLines}, {@code showLineNumbers}, {@code linenums} (a bare word or a class) —
 *       number this block's lines; {@code nonumberLines} — do not, whatever the theme says.</li>
 * </ul>
 *
 * @param attr     the block's attributes
 * @param problems what could not be read, each with the index in the info string where it is
 */
public record CodeInfo(Attr attr, List<AttributeBlock.Malformed> problems) {
    private static final String FILENAME = CodeAttrs.FILENAME;
    private static final String START_FROM = CodeAttrs.START_FROM;
    private static final String MARK = CodeAttrs.MARK;
    private static final String NUMBER_LINES = CodeAttrs.NUMBER_LINES;

    private static final Pattern LINE_SET = Pattern.compile("\\{\\s*\\d+(?:\\s*-\\s*\\d+)?(?:\\s*,\\s*\\d+(?:\\s*-\\s*\\d+)?)*\\s*}");
    private static final Pattern RANGES = Pattern.compile("\\d+(?:-\\d+)?(?:[ ,]+\\d+(?:-\\d+)?)*");

    public CodeInfo {
        problems = List.copyOf(problems);
    }

    /** Reads {@code info} (already unescaped and stripped). */
    public static CodeInfo parse(String info) {
        String lang = "";
        List<String> classes = new ArrayList<>();
        Map<String, String> kv = new LinkedHashMap<>();
        String id = "";
        List<AttributeBlock.Malformed> problems = new ArrayList<>();
        int i = 0;
        int n = info.length();
        if (n > 0 && info.charAt(0) != '{') {
            int end = 0;
            while (end < n && !Character.isWhitespace(info.charAt(end)) && info.charAt(end) != '{') end++;
            String word = info.substring(0, end);
            int comma = word.indexOf(',');
            if (comma >= 0) word = word.substring(0, comma);
            int colon = word.indexOf(':');
            if (colon > 0 && colon + 1 < word.length()) {
                kv.put(FILENAME, word.substring(colon + 1));
                word = word.substring(0, colon);
            } else if (colon > 0) {
                word = word.substring(0, colon);
            }
            lang = word;
            i = end;
        }
        while (i < n) {
            char c = info.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '{') {
                var m = LINE_SET.matcher(info).region(i, n);
                if (m.lookingAt()) {
                    kv.put(MARK, normalRanges(info.substring(i + 1, m.end() - 1)));
                    i = m.end();
                    continue;
                }
                AttributeBlock.Result r = AttributeBlock.parse(info, i);
                if (r.error().isPresent()) {
                    problems.add(r.error().get());
                    break;
                }
                Attr a = r.parsed().get().attr();
                if (!a.id().isEmpty()) id = a.id();
                for (String cls : a.classes()) {
                    if (lang.isEmpty()) lang = cls;
                    else if (!classes.contains(cls)) classes.add(cls);
                }
                for (Map.Entry<String, String> e : a.attributes().entrySet()) put(kv, e.getKey(), e.getValue(), problems, i);
                i = r.parsed().get().end();
                continue;
            }
            int end = i;
            while (end < n && !Character.isWhitespace(info.charAt(end)) && info.charAt(end) != '=' && info.charAt(end) != '{') end++;
            String key = info.substring(i, end);
            if (end < n && info.charAt(end) == '=') {
                int v = end + 1;
                String value;
                if (v < n && (info.charAt(v) == '"' || info.charAt(v) == '\'')) {
                    int close = info.indexOf(info.charAt(v), v + 1);
                    if (close < 0) {
                        problems.add(new AttributeBlock.Malformed("the value of '" + key + "' is not closed with " + info.charAt(v), v));
                        break;
                    }
                    value = info.substring(v + 1, close);
                    i = close + 1;
                } else {
                    int k = v;
                    while (k < n && !Character.isWhitespace(info.charAt(k))) k++;
                    value = info.substring(v, k);
                    i = k;
                }
                put(kv, key, value, problems, v);
            } else {
                if (!key.isEmpty() && !classes.contains(key)) classes.add(key);
                i = Math.max(end, i + 1);
            }
        }
        List<String> all = new ArrayList<>();
        if (!lang.isEmpty()) all.add(lang);
        for (String cls : classes) {
            String c = switch (cls) {
                case "showLineNumbers", "linenums", "line-numbers", "number-lines", "numberlines" -> NUMBER_LINES;
                default -> cls;
            };
            if (!all.contains(c)) all.add(c);
        }
        return new CodeInfo(new Attr(id, all, kv), problems);
    }

    /** One attribute, under the name the writer reads. */
    private static void put(Map<String, String> kv, String key, String value, List<AttributeBlock.Malformed> problems, int at) {
        switch (key) {
            case "title", "filename", "file", "name" -> kv.put(FILENAME, value);
            case "startFrom", "start-from", "startfrom", "start", "firstLineNumber" -> {
                if (value.strip().matches("\\d{1,7}")) kv.put(START_FROM, value.strip());
                else problems.add(new AttributeBlock.Malformed("'" + key + "' wants a line number, not '" + value + "'", at));
            }
            case "mark", "hl_lines", "highlight", "hl-lines", "lines" -> {
                if (RANGES.matcher(value.strip()).matches()) kv.put(MARK, normalRanges(value));
                else problems.add(new AttributeBlock.Malformed("'" + key + "' wants lines such as 3,5-7, not '" + value + "'", at));
            }
            default -> kv.put(key, value);
        }
    }

    /** {@code " 3, 5 - 7"} or {@code "3 5-7"} as {@code 3,5-7}. */
    private static String normalRanges(String s) {
        return String.join(",", s.replace(" - ", "-").replaceAll("\\s*-\\s*", "-").strip().split("[\\s,]+"));
    }

    /** The language, if the info string names one. */
    public Optional<String> language() {
        return attr.classes().isEmpty() ? Optional.empty() : Optional.of(attr.classes().get(0));
    }
}
