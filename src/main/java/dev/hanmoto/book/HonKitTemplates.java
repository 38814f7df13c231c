package dev.hanmoto.book;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.Preprocessor;
import dev.hanmoto.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What HonKit/GitBook 3 does to a page's text before Markdown, as HonKit's "Templating" and "Content
 * References" pages and the include-codeblock plugin's README document it:
 * <ul>
 *   <li>{@code {{ book.name }}} — the value of {@code variables.name} in {@code book.json} (dotted
 *       names reach into objects), in text and in code alike, as Nunjucks renders the whole page;
 *       a name book.json does not define is an error (with a did-you-mean);</li>
 *   <li>{@code {% raw %}…{% endraw %}} — kept exactly as written, without the two tags;</li>
 *   <li>{@code {# … #}} — a template comment, removed;</li>
 *   <li>{@code {% include "file.md" %}} — the file's text, itself templated (local files only; a path
 *       starting with {@code /} is from the book's root, as in GitBook);</li>
 *   <li>with the include-codeblock plugin listed in {@code book.json}: {@code [import](path)} and
 *       {@code [include](path)} become a code block in the file's language (by its extension, or
 *       {@code lang-x} in the label); {@code [import:10-20](path)}, {@code :10-}, {@code :-20} take those
 *       lines (1-based); {@code [import:"marker"](path)} the lines between the two doxygen-style marker
 *       comments ({@code /// [marker]}, {@code //! [marker]}, {@code # [marker]}…), other marker lines
 *       left out; {@code unindent:"true"} (or the plugin's {@code unindent} option) removes the common
 *       indentation; a title ({@code [import, title](…)}, {@code title:"…"}) is not shown, as in the
 *       plugin's default template. Imported code is not templated.</li>
 * </ul>
 * Any other {@code {{ … }}} or {@code {% … %}} (filters, {@code page.*}, {@code if}, plugin blocks) is
 * kept as text with one warning each. Problems are at the tag's {@code file:line:col}.
 */
final class HonKitTemplates implements Preprocessor {
    private static final Pattern TAG = Pattern.compile("\\{%-?\\s*(\\w+)(.*?)-?%}", Pattern.DOTALL);
    private static final Pattern ENDRAW = Pattern.compile("\\{%-?\\s*endraw\\s*-?%}");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}", Pattern.DOTALL);
    private static final Pattern BOOK_NAME = Pattern.compile("book((?:\\.[A-Za-z_$][\\w$]*)+)");
    private static final Pattern INCLUDE_ARG = Pattern.compile("\\s*(\"([^\"]*)\"|'([^']*)')\\s*");
    private static final Pattern IMPORT = Pattern.compile("\\[\\s*(import|include)(:[^,\\]]*)?((?:\\s*,[^\\]]*)?)\\]\\(([^)\\s]*)\\)");
    private static final Pattern SLICE = Pattern.compile("(\\d*)-(\\d*)|(\\d+)");

    private final IncludedFiles files;
    private final Path root;
    private final JsonNode variables;
    private final boolean imports;
    private final boolean unindentAll;

    /** Every tag is rendered or reported here, so the Markdown reader leaves {@code {% … %}} alone. */
    @Override
    public boolean rendersTemplateTags() {
        return true;
    }

    /**
     * @param bookDir     the book folder (holding {@code book.json}); included files must stay inside it
     * @param root        the book's root (book.json's {@code root}, as messages name it): {@code {% include "/x.md" %}} starts there
     * @param variables   book.json's {@code variables} object (an empty object when it has none)
     * @param imports     whether book.json lists the include-codeblock plugin
     * @param unindentAll the plugin's {@code unindent} option
     */
    HonKitTemplates(Path bookDir, Path root, JsonNode variables, boolean imports, boolean unindentAll) {
        this.files = new IncludedFiles(bookDir);
        this.root = root;
        this.variables = variables;
        this.imports = imports;
        this.unindentAll = unindentAll;
    }

    @Override
    public SourceText expand(SourceText body, Path file, Diagnostics diags) {
        return expand(body, file, new ArrayList<>(List.of(file.toAbsolutePath().normalize())), diags);
    }

    private SourceText expand(SourceText src, Path file, List<Path> chain, Diagnostics diags) {
        String text = src.text();
        if (text.indexOf('{') < 0 && (!imports || text.indexOf("](") < 0)) return src;
        SourceText.Builder out = SourceText.builder();
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            int brace = text.indexOf('{', i);
            int bracket = imports ? text.indexOf('[', i) : -1;
            int next = brace < 0 ? bracket : bracket < 0 ? brace : Math.min(brace, bracket);
            if (next < 0 || next + 1 >= text.length()) break;
            SourcePos at = src.pos(next);
            char c = text.charAt(next);
            char d = text.charAt(next + 1);
            if (c == '[') {
                Matcher im = IMPORT.matcher(text).region(next, text.length());
                if (im.lookingAt() && !im.group(4).contains("://")) {
                    out.append(src, copied, next);
                    importCode(im, text, next, at, file, chain, out, diags);
                    copied = i = im.end();
                } else {
                    i = next + 1;
                }
                continue;
            }
            if (d == '#') {
                int end = text.indexOf("#}", next + 2);
                if (end < 0) { i = next + 2; continue; }
                out.append(src, copied, next);
                copied = i = end + 2;
                continue;
            }
            if (d == '%') {
                Matcher tag = TAG.matcher(text).region(next, text.length());
                if (!tag.lookingAt()) { i = next + 2; continue; }
                String name = tag.group(1);
                if (name.equals("raw")) {
                    Matcher end = ENDRAW.matcher(text);
                    out.append(src, copied, next);
                    if (end.find(tag.end())) {
                        out.append(src, tag.end(), end.start());
                        copied = i = end.end();
                    } else {
                        warn(diags, file, at, "'{% raw %}' is never closed by '{% endraw %}'; the rest of the page is kept as written");
                        out.append(src, tag.end(), text.length());
                        copied = i = text.length();
                    }
                } else if (name.equals("include")) {
                    Matcher arg = INCLUDE_ARG.matcher(tag.group(2));
                    if (!arg.matches()) {
                        warn(diags, file, at, "'{% include %}' takes one quoted file name here; kept as text");
                        i = tag.end();
                        continue;
                    }
                    out.append(src, copied, next);
                    copied = i = tag.end();
                    String path = arg.group(2) != null ? arg.group(2) : arg.group(3);
                    if (path.startsWith("git+")) {
                        error(diags, file, at, "'{% include \"" + path + "\" %}' reads another book over git, which is never fetched; "
                                + "copy the file into this book");
                        continue;
                    }
                    Optional<IncludedFiles.Included> inc = path.startsWith("/")
                            ? files.open(path.substring(1), root, file, at, "{% include %}", chain, diags)
                            : files.open(path, file, at, "{% include %}", chain, diags);
                    if (inc.isPresent()) {
                        List<Path> inner = new ArrayList<>(chain);
                        inner.add(inc.get().abs());
                        SourceText t = inc.get().text();
                        int len = t.length() > 0 && t.text().endsWith("\n") ? t.length() - 1 : t.length();
                        out.append(expand(SourceText.builder().append(t, 0, len).build(), inc.get().shown(), inner, diags));
                    }
                } else {
                    warn(diags, file, at, "the template tag '{% " + name + " %}' is not supported (only include and raw); "
                            + "it is kept as text");
                    i = tag.end();
                }
                continue;
            }
            if (d == '{') {
                Matcher v = VARIABLE.matcher(text).region(next, text.length());
                if (!v.lookingAt()) { i = next + 2; continue; }
                String expr = v.group(1);
                Matcher book = BOOK_NAME.matcher(expr);
                if (book.matches()) {
                    Optional<String> value = lookup(book.group(1).substring(1), file, at, diags);
                    if (value.isPresent()) {
                        out.append(src, copied, next);
                        out.generated(value.get(), at);
                        copied = v.end();
                    }
                } else {
                    warn(diags, file, at, "the template expression '{{ " + expr + " }}' is not supported (only {{ book.name }} "
                            + "from book.json's variables); it is kept as text");
                }
                i = v.end();
                continue;
            }
            i = next + 1;
        }
        out.append(src, copied, text.length());
        return out.build();
    }

    /** The text of {@code variables.<dotted>}; empty (an error at the tag) when book.json does not define it. */
    private Optional<String> lookup(String dotted, Path file, SourcePos at, Diagnostics diags) {
        JsonNode n = variables;
        JsonNode parent = null;
        String missing = null;
        for (String part : dotted.split("\\.")) {
            parent = n;
            n = n != null && n.isObject() ? n.get(part) : null;
            if (n == null) { missing = part; break; }
        }
        if (n == null || n.isNull()) {
            List<String> known = new ArrayList<>();
            if (parent != null && parent.isObject()) for (Iterator<String> it = parent.fieldNames(); it.hasNext(); ) known.add(it.next());
            String hint = missing == null ? "" : DidYouMean.closest(missing, known).map(s -> " (did you mean '" + s + "'?)").orElse("");
            error(diags, file, at, "book.json's variables have no '" + dotted + "'" + hint + "; define it under \"variables\"");
            return Optional.empty();
        }
        if (n.isValueNode()) return Optional.of(n.asText());
        error(diags, file, at, "'book." + dotted + "' is " + (n.isArray() ? "a list" : "an object") + " in book.json, not a text to write");
        return Optional.empty();
    }

    private void importCode(Matcher im, String text, int start, SourcePos at, Path file, List<Path> chain,
                            SourceText.Builder out, Diagnostics diags) {
        String spec = im.group(2) == null ? "" : im.group(2).substring(1).strip();
        String path = im.group(4);
        String lang = null;
        boolean unindent = unindentAll;
        for (String option : im.group(3).split(",")) {
            String o = option.strip();
            if (o.startsWith("lang-")) lang = o.substring(5);
            else if (o.startsWith("unindent:")) unindent = unquote(o.substring(9)).equalsIgnoreCase("true");
        }
        Optional<IncludedFiles.Included> inc = files.open(path, file, at, "[" + im.group(1) + "]", chain, diags);
        if (inc.isEmpty()) return;
        SourceText code = inc.get().text();
        List<int[]> lines = IncludedFiles.lines(code.text());
        int from = 0;
        int to = lines.size();
        boolean[] drop = new boolean[lines.size()];
        if (!spec.isEmpty()) {
            Matcher slice = SLICE.matcher(spec);
            if (slice.matches()) {
                if (slice.group(3) != null) {
                    from = Integer.parseInt(slice.group(3)) - 1;
                    to = from + 1;
                } else {
                    from = slice.group(1).isEmpty() ? 0 : Integer.parseInt(slice.group(1)) - 1;
                    to = slice.group(2).isEmpty() ? lines.size() : Math.min(lines.size(), Integer.parseInt(slice.group(2)));
                }
                if (from < 0 || from >= lines.size() || to <= from) {
                    error(diags, file, at, "[" + im.group(1) + ":" + spec + "] of '" + path + "' selects no lines (the file has "
                            + lines.size() + ")");
                    return;
                }
            } else {
                String marker = unquote(spec);
                int[] found = markers(code.text(), lines, marker, drop);
                if (found == null) {
                    error(diags, file, at, "[" + im.group(1) + ":" + spec + "] of '" + path + "': no marker '[" + marker
                            + "]' (a comment such as '/// [" + marker + "]' before and after the lines) in the file");
                    return;
                }
                from = found[0];
                to = found[1];
            }
        }
        int indent = unindent ? commonIndent(code.text(), lines, from, to, drop) : 0;
        String extension = extension(path);
        String language = lang != null ? lang : LANGUAGES.getOrDefault(extension, extension);
        int longest = 0;
        Matcher ticks = Pattern.compile("`+").matcher(code.text());
        while (ticks.find()) longest = Math.max(longest, ticks.end() - ticks.start());
        String fence = "`".repeat(Math.max(3, longest + 1));
        boolean lineStart = start == 0 || text.charAt(start - 1) == '\n';
        int end = im.end();
        boolean lineEnd = end >= text.length() || text.charAt(end) == '\n';
        out.generated((lineStart ? "" : "\n") + fence + language + "\n", at);
        boolean firstLine = true;
        for (int i = from; i < to; i++) {
            if (drop[i]) continue;
            if (!firstLine) out.generated("\n", at);
            firstLine = false;
            int[] l = lines.get(i);
            int cut = Math.min(indent, leading(code.text(), l));
            out.append(code, l[0] + cut, l[1]);
        }
        out.generated("\n" + fence + (lineEnd ? "" : "\n"), at);
    }

    /** Doxygen-style markers, as the include-codeblock plugin reads them: a comment opener, one of *!/#, then [name]. */
    private static Pattern markerLine(String name) {
        return Pattern.compile("^\\s*(?://+|#|%|/\\*)[*!/#][ \\t]*\\[" + (name == null ? "[A-Za-z][\\w\\s]*" : Pattern.quote(name))
                + "\\][ \\t]*(?:\\*/)?[ \\t]*$");
    }

    /** The lines between the first two lines marking {@code name}; other marker lines between are dropped. */
    private static int[] markers(String text, List<int[]> lines, String name, boolean[] drop) {
        Pattern mine = markerLine(name);
        Pattern any = markerLine(null);
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            String l = text.substring(lines.get(i)[0], lines.get(i)[1]);
            if (mine.matcher(l).matches()) {
                if (open < 0) {
                    open = i;
                } else {
                    return new int[] {open + 1, i};
                }
            } else if (open >= 0 && any.matcher(l).matches()) {
                drop[i] = true;
            }
        }
        return null;
    }

    private static int commonIndent(String text, List<int[]> lines, int from, int to, boolean[] drop) {
        int min = Integer.MAX_VALUE;
        for (int i = from; i < to; i++) {
            if (drop[i]) continue;
            int[] l = lines.get(i);
            if (text.substring(l[0], l[1]).isBlank()) continue;
            min = Math.min(min, leading(text, l));
        }
        return min == Integer.MAX_VALUE ? 0 : min;
    }

    private static int leading(String text, int[] l) {
        int n = 0;
        while (l[0] + n < l[1] && (text.charAt(l[0] + n) == ' ' || text.charAt(l[0] + n) == '\t')) n++;
        return n;
    }

    private static String unquote(String s) {
        String t = s.strip();
        if (t.length() >= 2 && (t.startsWith("\"") && t.endsWith("\"") || t.startsWith("'") && t.endsWith("'"))) {
            return t.substring(1, t.length() - 1);
        }
        return t;
    }

    private static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Common file extensions → the language name code blocks are usually marked with. */
    private static final Map<String, String> LANGUAGES = Map.ofEntries(
            Map.entry("js", "javascript"), Map.entry("mjs", "javascript"), Map.entry("cjs", "javascript"),
            Map.entry("ts", "typescript"), Map.entry("tsx", "tsx"), Map.entry("jsx", "jsx"),
            Map.entry("py", "python"), Map.entry("rb", "ruby"), Map.entry("rs", "rust"), Map.entry("kt", "kotlin"),
            Map.entry("sh", "bash"), Map.entry("yml", "yaml"), Map.entry("md", "markdown"), Map.entry("cs", "csharp"),
            Map.entry("cc", "cpp"), Map.entry("hpp", "cpp"), Map.entry("h", "c"), Map.entry("pl", "perl"),
            Map.entry("ex", "elixir"), Map.entry("exs", "elixir"), Map.entry("hs", "haskell"), Map.entry("ps1", "powershell"));

    private static void warn(Diagnostics diags, Path file, SourcePos at, String message) {
        diags.report(Diagnostic.warning("book-template", message, at.fileOr(file), at.line(), at.col()));
    }

    private static void error(Diagnostics diags, Path file, SourcePos at, String message) {
        diags.report(Diagnostic.error("book-template", message, at.fileOr(file), at.line(), at.col()));
    }
}
