package dev.hanmoto.book;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.transform.Transform;
import java.util.List;
import java.util.Map;

/**
 * Leaves out the code lines an mdBook hides (its guide, "Hiding code lines"): in a {@code rust} code
 * block a line whose text starts with {@code # } (or is {@code #} alone) is hidden as rustdoc hides
 * it, and {@code ##} at its start stands for a literal {@code #}; for another language, a line
 * starting with the prefix {@code [output.html.code.hidelines]} gives it. On the web the reader can
 * show them; on paper there is no button, so they are gone. The language is the code block's first
 * class (the fence's info word up to a comma: {@code rust,ignore} is Rust).
 */
final class DropHiddenCodeLines implements Transform {
    private final Map<String, String> prefixes;

    /** @param prefixes per language, the prefix that hides a line ({@code "#"} for rust: rustdoc's rule) */
    DropHiddenCodeLines(Map<String, String> prefixes) {
        this.prefixes = Map.copyOf(prefixes);
    }

    @Override
    public Document apply(Document d) {
        return d.withBlocks(Walk.mapBlocks(d.blocks(), b -> {
            if (!(b instanceof Block.CodeBlock c) || c.attr().classes().isEmpty()) return List.of(b);
            String lang = c.attr().classes().get(0);
            String prefix = prefixes.get(lang);
            if (prefix == null) return List.of(b);
            String text = lang.equals("rust") ? rustdoc(c.text()) : prefixed(c.text(), prefix);
            return List.of(text.equals(c.text()) ? b : new Block.CodeBlock(c.attr(), text, c.pos()));
        }));
    }

    private static String rustdoc(String code) {
        StringBuilder sb = new StringBuilder(code.length());
        for (String line : lines(code)) {
            String t = line.stripLeading();
            int indent = line.length() - t.length();
            if (t.startsWith("##")) {
                sb.append(line, 0, indent).append(t, 1, t.length()).append('\n');
            } else if (!(t.startsWith("# ") || t.equals("#"))) {
                sb.append(line).append('\n');
            }
        }
        return finish(code, sb);
    }

    private static String prefixed(String code, String prefix) {
        StringBuilder sb = new StringBuilder(code.length());
        for (String line : lines(code)) {
            if (!line.stripLeading().startsWith(prefix)) sb.append(line).append('\n');
        }
        return finish(code, sb);
    }

    private static List<String> lines(String code) {
        String body = code.endsWith("\n") ? code.substring(0, code.length() - 1) : code;
        return body.isEmpty() ? List.of() : List.of(body.split("\n", -1));
    }

    /** The kept lines with the original's last line end (or none). */
    private static String finish(String code, StringBuilder kept) {
        if (!code.endsWith("\n") && kept.length() > 0) kept.setLength(kept.length() - 1);
        return kept.toString();
    }
}
