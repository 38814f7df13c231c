package dev.hanmoto.build;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.math.TexMath;
import dev.hanmoto.text.Script;
import java.util.List;
import java.util.Optional;

/**
 * Checks every TeX formula before any renderer draws it, so that the PDF and the EPUB agree and each
 * problem is reported once, at the formula's {@code file:line:col}. A formula jlatexmath cannot read
 * (an unknown command, a missing argument) is a mistake in the source, not a failure of the build: a
 * warning (an error under {@code --strict}), and the formula is shown as its TeX in code type.
 *
 * <p>Runs on each article as read, before the transforms.
 */
final class CheckMath {
    Document apply(Document doc, Diagnostics diags) {
        return new Document(doc.meta(), Walk.mapInlines(doc.blocks(), i -> {
            if (!(i instanceof Inline.Math m)) return List.of(i);
            SourcePos p = m.pos();
            if (!m.isDisplay() && hasBareJapanese(m.tex())) {
                diags.report(Diagnostic.warning("math-japanese", "the TeX math '" + shorten(m.tex())
                        + "' holds Japanese outside \\text{}: a dollar sign meant as money (価格は$5) pairs with the"
                        + " next one; write \\$ for a dollar sign, or put words in \\text{}", p.fileOr(doc.source()), p.line(), p.col()));
            }
            Optional<String> problem = TexMath.problem(m.tex());
            if (problem.isEmpty()) return List.of(i);
            diags.report(Diagnostic.warning("math-invalid", "TeX math cannot be drawn: " + problem.get()
                    + "; the formula is shown as its TeX", p.fileOr(doc.source()), p.line(), p.col()));
            return List.of(new Inline.Code(m.tex(), p));
        }), doc.source());
    }

    /**
     * Kana, kanji or Japanese punctuation outside {@code \text{…}} (or {@code \mbox}, {@code \textrm}):
     * in Japanese prose, where no space comes before a closing dollar, {@code $5で、式$} reads as math by
     * pandoc's rules, so this is almost always two dollar signs paired by mistake.
     */
    static boolean hasBareJapanese(String tex) {
        int depth = 0;
        int textDepth = -1;
        int k = 0;
        while (k < tex.length()) {
            int cp = tex.codePointAt(k);
            if (cp == '\\') {
                String cmd = textCommandAt(tex, k);
                if (cmd != null && textDepth < 0) {
                    textDepth = depth++;
                    k += cmd.length();
                } else {
                    k += Math.min(2, tex.length() - k);
                }
                continue;
            }
            if (cp == '{') depth++;
            else if (cp == '}' && --depth == textDepth) textDepth = -1;
            else if (textDepth < 0 && Script.isJapanese(cp)) return true;
            k += Character.charCount(cp);
        }
        return false;
    }

    private static String textCommandAt(String tex, int k) {
        for (String cmd : List.of("\\text{", "\\mbox{", "\\textrm{")) if (tex.startsWith(cmd, k)) return cmd;
        return null;
    }

    private static String shorten(String tex) {
        String s = tex.strip().replaceAll("\\s+", " ");
        return s.length() <= 30 ? s : s.substring(0, 29) + "…";
    }
}
