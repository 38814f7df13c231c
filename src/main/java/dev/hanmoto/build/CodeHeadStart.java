package dev.hanmoto.build;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.CodeAttrs;
import dev.hanmoto.render.highlight.Highlighter;
import dev.hanmoto.render.highlight.Language;
import dev.hanmoto.source.CodeInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets up, on a daemon thread, the lexers of the languages the inputs' fenced blocks name, while the
 * build loads its theme (issue 15). A token maker unpacks its tables the first time it is used, a few
 * milliseconds for each language, once per process; without a head start that happens when the
 * document's code is first highlighted ({@link CheckCode}), with nothing else running, on the path to
 * every output. The theme's loading leaves the second core idle, so the head start costs no time.
 *
 * <p>Only a head start: it reads the inputs themselves (not a book's chapters), finds fences by their
 * opening line, and keeps nothing; the highlighter's results and the outputs are the same with or
 * without it. A lexer that a document uses and this did not set up sets itself up when it is needed,
 * and one that fails here fails again, and is reported, where the document's block is checked.
 */
public final class CodeHeadStart {
    /** The most bytes read from the inputs: the head start is for a document or a few, not a catalogue. */
    static final long MAX_BYTES = 8L << 20;

    private CodeHeadStart() {}

    /**
     * Starts the head start for {@code inputs} (Markdown files among them; others are left alone). For a
     * build of one document: several keep both cores busy with their own work.
     */
    public static void start(List<Path> inputs) {
        Thread t = new Thread(() -> {
            try {
                for (Language l : languages(inputs)) Highlighter.prepare(l);
            } catch (RuntimeException | StackOverflowError e) {
                // Only a head start: the block that uses this lexer meets and reports the same problem.
            }
        }, "hanmoto-lexers");
        t.setDaemon(true);
        t.start();
    }

    /** The languages that the opening fences of {@code inputs} name, each once, in order of first use. */
    static List<Language> languages(List<Path> inputs) {
        // Keyed as the highlighter's cache is: a record's hashCode would cost more than the lookup.
        Map<String, Language> found = new LinkedHashMap<>();
        long budget = MAX_BYTES;
        for (Path in : inputs) {
            String name = in.getFileName() == null ? "" : in.getFileName().toString();
            if (!name.endsWith(".md") && !name.endsWith(".markdown")) continue;
            String text;
            try {
                if (Files.size(in) > budget) break;
                text = Files.readString(in, StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                continue; // the build reads it again, and reports what is wrong with it
            }
            budget -= text.length();
            for (String info : openingInfos(text)) {
                Attr a = CodeInfo.parse(info).attr();
                if (a.classes().isEmpty()) continue;
                Language l = Language.forBlock(a.classes().get(0), a.attributes().get(CodeAttrs.DIFF_LANG));
                if (l != Language.TEXT) found.putIfAbsent(l.cacheKey(), l);
            }
        }
        return List.copyOf(found.values());
    }

    /**
     * The info strings of the lines that may open a fenced block: up to three spaces, three or more
     * backticks or tildes, then words. A closing fence has none; a fence-like line inside a block only
     * names one more language to set up.
     */
    static List<String> openingInfos(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        int n = text.length();
        while (at < n) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = n;
            int i = at;
            while (i < end && i - at < 3 && text.charAt(i) == ' ') i++;
            if (i < end && (text.charAt(i) == '`' || text.charAt(i) == '~')) {
                char f = text.charAt(i);
                int run = 0;
                while (i < end && text.charAt(i) == f) {
                    i++;
                    run++;
                }
                String info = text.substring(i, end).strip();
                if (run >= 3 && !info.isEmpty() && (f == '~' || info.indexOf('`') < 0)) out.add(info);
            }
            at = end + 1;
        }
        return out;
    }
}
