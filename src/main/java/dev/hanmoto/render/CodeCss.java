package dev.hanmoto.render;

import dev.hanmoto.render.highlight.TokenKind;
import dev.hanmoto.theme.CodeStyle;
import dev.hanmoto.theme.CodeTheme;
import dev.hanmoto.theme.Colour;
import java.util.Locale;

/**
 * The stylesheet of code blocks, written from an output's {@code code} settings and the code style it
 * picks, for the PDF and the EPUB (the classes are the XHTML writer's: {@code pre.code},
 * {@code span.line}, {@code span.ln}, {@code span.hl-*}, {@code div.code-title}). It goes before the
 * theme's own stylesheet, which may refine it.
 */
public final class CodeCss {
    private CodeCss() {}

    /** The width of the line-number gutter, in em of the code's font size. */
    private static final double GUTTER_EM = 3.2;

    /** The font stack of italic code tokens in the PDF (base theme: Hanmoto Code Oblique, Latin only). */
    public static final String OBLIQUE_STACK = "mono-oblique";

    /**
     * The rules for one output.
     *
     * @param code       the output's code settings
     * @param style      the code style they name
     * @param print      true for the PDF: lines are blocks with a gutter cell in front (which also hides
     *                   the first row's continuation mark); false for the EPUB, which also gets a
     *                   dark-mode variant (reading systems' night themes)
     * @param markImage  for the PDF, the {@code url(...)} of the continuation mark drawn in the gutter of
     *                   every row but a line's first; null for none
     * @param markRows   the rows that image covers, its first blank
     */
    public static String css(CodeTheme code, CodeStyle style, boolean print, String markImage, int markRows) {
        StringBuilder sb = new StringBuilder();
        double lh = code.lineHeight();
        sb.append("pre.code { font-size: ").append(code.fontSize().css()).append("; line-height: ").append(num(lh))
                .append("; background-color: ").append(css(style.background())).append("; color: ").append(css(style.text()))
                .append("; white-space: pre-wrap; }\n");
        sb.append("pre.code code { font-size: 1em; line-height: inherit; background: none; color: inherit; padding: 0; }\n");
        sb.append("pre.code span.line { display: block; }\n");
        sb.append("pre.code span.line.marked { background-color: ").append(css(style.marked()))
                .append("; border-left: 0.25em solid ")
                .append(css(style.markedBar())).append("; margin-left: -0.25em; }\n");
        sb.append("pre.code span.line.ins { background-color: ").append(css(style.inserted())).append("; }\n");
        sb.append("pre.code span.line.del { background-color: ").append(css(style.deleted())).append("; }\n");
        sb.append("pre.code span.ln { color: ").append(css(style.lineNumber()))
                .append("; text-align: right; font-weight: normal; font-style: normal; }\n");
        // Lines hang in the gutter's width: a wrapped row starts where the line's text started. The
        // number stands in the gutter, out of the line's flow.
        String pad = print ? "pre.code span.line" : "pre.code.numbered span.line";
        if (print) sb.append("pre.code span.line { position: relative; padding-left: 1em; word-wrap: break-word; }\n");
        sb.append(pad.equals("pre.code span.line") ? "pre.code.numbered span.line" : pad).append(" { position: relative; padding-left: ")
                .append(num(GUTTER_EM)).append("em; }\n");
        sb.append("pre.code span.ln { position: absolute; left: 0; top: 0; width: ").append(num(GUTTER_EM - 0.8)).append("em; }\n");
        if (print && markImage != null) {
            // The continuation mark, a background (an artifact of the tagged PDF, never text), down the
            // gutter of every row but the first.
            sb.append("pre.code span.line { background-image: ").append(markImage)
                    .append("; background-repeat: no-repeat; background-size: 0.9em ").append(num(lh * markRows))
                    .append("em; background-position: 0 0; }\n");
            sb.append("pre.code.numbered span.line { background-position: ").append(num(GUTTER_EM - 0.95)).append("em 0; }\n");
        }
        sb.append("div.code-block { margin: 1em 0; }\n");
        sb.append("div.code-block pre.code { margin-top: 0; }\n");
        sb.append("div.code-title { font-size: ").append(code.fontSize().css()).append("; background-color: ")
                .append(css(style.titleBackground())).append("; color: ").append(css(style.titleText()))
                .append("; padding: 0.2em 0.6em; font-weight: bold; margin: 0; }\n");
        for (TokenKind k : TokenKind.values()) {
            if (k == TokenKind.PLAIN) continue;
            CodeStyle.TokenStyle t = style.tokens().find(k.themeKey()).orElseThrow(() -> new IllegalStateException("no style for " + k));
            sb.append("pre.code .").append(k.cssClass()).append(" {");
            t.color().ifPresent(col -> sb.append(" color: ").append(css(col)).append(';'));
            t.bold().ifPresent(b -> sb.append(" font-weight: ").append(b ? "bold" : "normal").append(';'));
            t.italic().ifPresent(i -> sb.append(" font-style: ").append(i ? "italic" : "normal").append(';'));
            // BIZ UDGothic (mono-ja) has no italic: the PDF takes slanted Latin from the base theme's
            // mono-oblique stack (0.5 em advances, the same grid), Japanese still from mono-ja.
            if (print && t.italic().orElse(false)) sb.append(" font-family: ").append(OBLIQUE_STACK).append(", mono-ja;");
            sb.append(" }\n");
        }
        if (!print) {
            // A reading system's night theme turns the page dark and the text light; the block's light
            // background and dark plain text would then be illegible, so both give way. The token
            // colours of the shipped styles keep 3:1 against black as well as white.
            sb.append("@media (prefers-color-scheme: dark) {\n")
                    .append("  pre.code, div.code-title { background-color: transparent; color: inherit; }\n")
                    .append("  pre.code span.line.marked, pre.code span.line.ins, pre.code span.line.del { background-color: transparent; }\n")
                    .append("}\n");
        }
        return sb.toString();
    }

    private static String css(Colour c) {
        return c.css();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "");
    }
}
