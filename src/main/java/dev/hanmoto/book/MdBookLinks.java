package dev.hanmoto.book;

import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.Preprocessor;
import dev.hanmoto.source.SourceText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * mdBook's {@code links} preprocessor, as its guide ("mdBook-specific features") documents it, run on a
 * chapter's text before it is parsed:
 * <ul>
 *   <li>{@code {{#include path}}} — the file's text (its last line end dropped); {@code path:N} line N,
 *       {@code path:N:M} lines N to M, {@code path:N:} from N, {@code path::M} up to M (1-based);
 *       {@code path:name} the lines between {@code ANCHOR: name} and {@code ANCHOR_END: name}, anchor
 *       lines inside left out. Paths are relative to the file holding the directive; included text is
 *       expanded in turn, relative to its own file.</li>
 *   <li>{@code {{#rustdoc_include path:…}}} — the whole file, the lines outside the range or anchor
 *       prefixed with {@code # } so that they are hidden in a Rust code block (the hidden-line rule
 *       then leaves them out of print).</li>
 *   <li>{@code {{#playground path attrs}}} — the file as a {@code rust} code block with those attributes.</li>
 *   <li>{@code {{#title …}}} — the title of the chapter's HTML page (its browser tab); print and EPUB
 *       have no such title, the directive is removed.</li>
 *   <li>{@code \{{#…}}} — written as it is, without the backslash.</li>
 * </ul>
 * An unknown {@code {{#name …}}} is kept as text with a warning. Problems with a directive are errors at
 * its {@code file:line:col} (code {@code book-include}); see {@link IncludedFiles} for what is refused.
 */
final class MdBookLinks implements Preprocessor {
    private static final Pattern DIRECTIVE = Pattern.compile("\\{\\{\\s*#([A-Za-z0-9_]+)(?:\\s+([^}]*?))?\\s*}}");
    private static final Pattern ANCHOR = Pattern.compile("ANCHOR:\\s*([\\w-]+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern ANCHOR_END = Pattern.compile("ANCHOR_END:\\s*([\\w-]+)", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    private final IncludedFiles files;

    /** @param bookDir the book folder (holding {@code book.toml}); includes must stay inside it */
    MdBookLinks(Path bookDir) {
        this.files = new IncludedFiles(bookDir);
    }

    @Override
    public SourceText expand(SourceText body, Path file, Diagnostics diags) {
        return expand(body, file, new ArrayList<>(List.of(file.toAbsolutePath().normalize())), diags);
    }

    private SourceText expand(SourceText src, Path file, List<Path> chain, Diagnostics diags) {
        String text = src.text();
        if (text.indexOf("{{") < 0) return src;
        SourceText.Builder out = SourceText.builder();
        Matcher m = DIRECTIVE.matcher(text);
        int copied = 0;
        int from = 0;
        while (m.find(from)) {
            int start = m.start();
            from = m.end();
            if (start > 0 && text.charAt(start - 1) == '\\') {
                out.append(src, copied, start - 1);
                out.append(src, start, m.end());
                copied = m.end();
                continue;
            }
            String name = m.group(1);
            String args = m.group(2) == null ? "" : m.group(2).strip();
            SourcePos at = src.pos(start);
            switch (name) {
                case "include", "rustdoc_include", "playground", "title" -> {
                    out.append(src, copied, start);
                    copied = m.end();
                    if (!name.equals("title")) directive(name, args, at, file, chain, out, diags);
                }
                default -> diags.report(Diagnostic.warning("book-include", "mdBook has no '{{#" + name
                        + "}}'; it is kept as text", at.fileOr(file), at.line(), at.col()));
            }
        }
        out.append(src, copied, text.length());
        return out.build();
    }

    private void directive(String name, String args, SourcePos at, Path file, List<Path> chain,
                           SourceText.Builder out, Diagnostics diags) {
        String[] words = args.isEmpty() ? new String[0] : args.split("\\s+");
        String spec = words.length == 0 ? "" : words[0];
        int colon = spec.indexOf(':');
        String path = colon < 0 ? spec : spec.substring(0, colon);
        String selector = colon < 0 ? "" : spec.substring(colon + 1);
        String what = "{{#" + name + "}}";
        Optional<IncludedFiles.Included> inc = files.open(path, file, at, what, chain, diags);
        if (inc.isEmpty()) return;
        SourceText text = inc.get().text();
        List<int[]> lines = IncludedFiles.lines(text.text());
        SourceText.Builder part = SourceText.builder();
        if (name.equals("playground")) {
            StringBuilder info = new StringBuilder("```rust");
            for (int i = 1; i < words.length; i++) info.append(',').append(words[i]);
            part.generated(info + "\n", at);
            IncludedFiles.appendLines(part, text, lines, 0, lines.size());
            part.generated("\n```", at);
        } else {
            Optional<boolean[]> shown = select(selector, lines, text, inc.get().shown(), at, file, what, diags);
            if (shown.isEmpty()) return;
            boolean rustdoc = name.equals("rustdoc_include");
            boolean[] keep = shown.get();
            boolean firstOut = true;
            for (int i = 0; i < lines.size(); i++) {
                boolean hidden = !keep[i];
                if (hidden && (!rustdoc || anchorLine(text.text(), lines.get(i)))) continue;
                if (!firstOut) part.generated("\n", at);
                firstOut = false;
                // A hidden line of a rustdoc_include: rustdoc's "# " prefix, as mdBook writes it.
                if (hidden) part.generated("# ", at);
                part.append(text, lines.get(i)[0], lines.get(i)[1]);
            }
        }
        List<Path> inner = new ArrayList<>(chain);
        inner.add(inc.get().abs());
        out.append(expand(part.build(), inc.get().shown(), inner, diags));
    }

    /**
     * Which lines a selector keeps: all (empty), a line, a range, or an anchor's lines without the
     * anchor comment lines; empty (reported) when it selects nothing that exists.
     */
    private Optional<boolean[]> select(String selector, List<int[]> lines, SourceText text, Path included, SourcePos at,
                                       Path file, String what, Diagnostics diags) {
        boolean[] keep = new boolean[lines.size()];
        Path reportIn = at.fileOr(file);
        if (selector.isEmpty()) {
            java.util.Arrays.fill(keep, true);
            return Optional.of(keep);
        }
        String[] range = selector.split(":", -1);
        boolean numeric = range.length <= 2 && java.util.Arrays.stream(range).allMatch(s -> s.isEmpty() || NUMBER.matcher(s).matches())
                && !(range.length == 1 && range[0].isEmpty());
        if (numeric) {
            int first = range[0].isEmpty() ? 1 : Integer.parseInt(range[0]);
            int last = range.length == 1 ? first : range[1].isEmpty() ? lines.size() : Integer.parseInt(range[1]);
            if (first < 1 || last < first) {
                error(diags, reportIn, at, what + " of '" + included + "' has the line range " + selector
                        + ": lines count from 1 and a range runs forward");
                return Optional.empty();
            }
            if (first > lines.size()) {
                error(diags, reportIn, at, what + " of '" + included + "' starts at line " + first + ", but the file has "
                        + lines.size() + " line" + (lines.size() == 1 ? "" : "s"));
                return Optional.empty();
            }
            for (int i = first - 1; i < Math.min(last, lines.size()); i++) keep[i] = true;
            return Optional.of(keep);
        }
        String anchor = selector;
        String t = text.text();
        int open = -1;
        int close = -1;
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < lines.size() && close < 0; i++) {
            String line = t.substring(lines.get(i)[0], lines.get(i)[1]);
            Matcher end = ANCHOR_END.matcher(line);
            if (end.find()) {
                if (open >= 0 && end.group(1).equals(anchor)) close = i;
                continue;
            }
            Matcher start = ANCHOR.matcher(line);
            if (start.find()) {
                seen.add(start.group(1));
                if (open < 0 && start.group(1).equals(anchor)) open = i;
                continue;
            }
            if (open >= 0) keep[i] = true;
        }
        if (open < 0) {
            String hint = DidYouMean.closest(anchor, seen).map(s -> " (did you mean '" + s + "'?)").orElse("");
            error(diags, reportIn, at, what + " of '" + included + "': no 'ANCHOR: " + anchor + "' in the file" + hint);
            return Optional.empty();
        }
        if (close < 0) {
            diags.report(Diagnostic.warning("book-include", "'ANCHOR: " + anchor + "' in " + included
                    + " has no 'ANCHOR_END: " + anchor + "'; included to the end of the file", reportIn, at.line(), at.col()));
        }
        return Optional.of(keep);
    }

    /** Whether a line is an anchor comment (left out of a rustdoc_include, as of an include). */
    private static boolean anchorLine(String text, int[] line) {
        String l = text.substring(line[0], line[1]);
        return ANCHOR.matcher(l).find() || ANCHOR_END.matcher(l).find();
    }

    private static void error(Diagnostics diags, Path file, SourcePos at, String message) {
        diags.report(Diagnostic.error("book-include", message, file, at.line(), at.col()));
    }
}
