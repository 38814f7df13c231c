package dev.hanmoto.build;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.CodeAttrs;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.highlight.Highlighter;
import dev.hanmoto.render.highlight.Language;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Checks every fenced code block's language and size before any renderer highlights it, where the
 * block's {@code file:line:col} is known (the XHTML writer, which highlights, has no diagnostics). The
 * language is decided by {@link Language#forBlock}, the rule the writer uses too, and the limits are
 * the {@link Highlighter}'s own: this class asks it and reports what it says.
 *
 * <ul>
 *   <li>{@code code-language}: a language nothing knows is plain text. Reported once per build, at
 *       the first such block (a book in a language we lack would otherwise warn on every block).</li>
 *   <li>{@code code-plain}: a block the highlighter left plain, or partly plain (a block or a line
 *       over its size bounds, a lexer that lost characters to binary junk), at that block.</li>
 * </ul>
 *
 * <p>Highlighting here costs nothing extra: the writer's call finds the result in the highlighter's
 * cache. One instance per build ({@link Inputs#chapterLoader}); safe for documents read in parallel.
 */
final class CheckCode {
    private final AtomicBoolean unknownReported = new AtomicBoolean();

    Document apply(Document doc, Diagnostics diags) {
        Walk.forEachBlock(doc.blocks(), b -> {
            if (b instanceof Block.CodeBlock c) check(c, doc, diags);
        });
        return doc;
    }

    private void check(Block.CodeBlock c, Document doc, Diagnostics diags) {
        SourcePos p = c.pos();
        String word = CodeAttrs.language(c).orElse("");
        if (!Language.known(word) && !unknownReported.getAndSet(true)) {
            diags.report(Diagnostic.warning("code-language", "code block language '" + shorten(word)
                    + "' is not one Hanmoto highlights; its blocks are shown as plain text (docs/code.md lists the"
                    + " languages; other unknown languages in this build are not reported)", p.fileOr(doc.source()), p.line(), p.col()));
        }
        Language lang = Language.forBlock(word, c.attr().attributes().get(CodeAttrs.DIFF_LANG));
        Highlighter.highlight(lang, c.text()).fallback().ifPresent(why -> diags.report(Diagnostic.warning("code-plain",
                "code block not highlighted in full: " + why + "; it is shown as plain text there",
                p.fileOr(doc.source()), p.line(), p.col())));
    }

    private static String shorten(String s) {
        return s.length() <= 30 ? s : s.substring(0, 29) + "…";
    }
}
