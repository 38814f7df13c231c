package dev.hanmoto.render.xhtml;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.CodeAttrs;
import dev.hanmoto.render.highlight.Highlighter;
import dev.hanmoto.render.highlight.Language;
import dev.hanmoto.render.highlight.Token;
import dev.hanmoto.render.highlight.TokenKind;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a code block, the same for the PDF and the EPUB:
 *
 * <pre>{@code
 * <div class="code-block">                          (only with a title)
 *   <div class="code-title">src/hello.js</div>
 *   <pre class="code language-javascript numbered"><code><span class="line"><span class="ln">1</span><span class="hl-kw">const</span> x…
 * </span><span class="line marked">…</span></code></pre>
 * </div>
 * }</pre>
 *
 * Each source line is a {@code span.line} holding its newline (so the text copied from the EPUB is
 * the code, line for line); a marked line adds {@code marked}, a diff's added or removed line
 * {@code ins} or {@code del}. Tokens are {@code span.hl-*} ({@link TokenKind#cssClass()}); the
 * stylesheet the renderer writes from the theme's code style colours them. The line number is
 * {@code span.ln} with {@code aria-hidden}, and the PDF takes its glyphs out of the text layer.
 */
final class CodeBlockWriter {
    private CodeBlockWriter() {}

    /** The CSS class of a line's gutter cell (its number). */
    static final String GUTTER = "ln";

    static void write(StringBuilder sb, Block.CodeBlock b, XhtmlOptions xhtml) {
        XhtmlOptions.Code options = xhtml.code();
        Attr a = b.attr();
        String lang = CodeAttrs.language(b).orElse("");
        Language language = Language.find(lang).orElse(Language.TEXT);
        if (language.name().equals("diff") && a.attributes().containsKey(CodeAttrs.DIFF_LANG)) {
            language = Language.diffOf(a.attributes().get(CodeAttrs.DIFF_LANG));
        }
        boolean numbered = a.hasClass(CodeAttrs.NUMBER_LINES) || options.lineNumbers() && !a.hasClass(CodeAttrs.NO_NUMBER_LINES);
        int first = 1;
        String start = a.attributes().get(CodeAttrs.START_FROM);
        if (start != null && start.matches("\\d{1,7}")) first = Integer.parseInt(start);
        Set<Integer> marked = CodeAttrs.markedLines(a);
        String title = a.attributes().getOrDefault(CodeAttrs.FILENAME, "").strip();

        if (!title.isEmpty()) {
            sb.append("<div class=\"code-block\"><div class=\"code-title\">");
            XhtmlWriter.appendEscaped(sb, title);
            sb.append("</div>\n");
        }
        sb.append("<pre class=\"code");
        if (!lang.isEmpty()) sb.append(" language-").append(XhtmlWriter.escape(cssName(lang)));
        if (numbered) sb.append(" numbered");
        for (String c : a.classes().subList(Math.min(1, a.classes().size()), a.classes().size())) {
            if (!c.equals(CodeAttrs.NUMBER_LINES) && !c.equals(CodeAttrs.NO_NUMBER_LINES)) sb.append(' ').append(XhtmlWriter.escape(cssName(c)));
        }
        sb.append('"');
        if (!a.id().isEmpty()) sb.append(" id=\"").append(XhtmlWriter.escape(a.id())).append('"');
        if (!lang.isEmpty()) sb.append(" data-lang=\"").append(XhtmlWriter.escape(language.name())).append('"');
        sb.append("><code>");
        List<List<Token>> lines = Highlighter.highlight(language, b.text()).lines();
        int width = String.valueOf(first + lines.size() - 1).length();
        for (int i = 0; i < lines.size(); i++) {
            List<Token> line = lines.get(i);
            sb.append("<span class=\"line");
            if (marked.contains(i + 1)) sb.append(" marked");
            if (!line.isEmpty() && line.get(0).kind() == TokenKind.INSERTED) sb.append(" ins");
            if (!line.isEmpty() && line.get(0).kind() == TokenKind.DELETED) sb.append(" del");
            sb.append("\">");
            if (numbered || options.gutter()) {
                sb.append("<span class=\"").append(GUTTER).append("\" aria-hidden=\"true\"");
                if (numbered) sb.append(" data-w=\"").append(width).append('"');
                sb.append('>');
                if (numbered) sb.append(first + i);
                sb.append("</span>");
            }
            for (Token t : line) {
                if (t.kind() == TokenKind.PLAIN) {
                    XhtmlWriter.appendCode(sb, xhtml, t.text());
                } else {
                    sb.append("<span class=\"").append(t.kind().cssClass()).append("\">");
                    XhtmlWriter.appendCode(sb, xhtml, t.text());
                    sb.append("</span>");
                }
            }
            if (i + 1 < lines.size()) sb.append('\n');
            sb.append("</span>");
        }
        sb.append("</code></pre>\n");
        if (!title.isEmpty()) sb.append("</div>\n");
    }

    /** A class name as written, with characters CSS would need escaped ({@code c++}, {@code c#}) spelt out. */
    private static String cssName(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            String w = REPLACE.get(c);
            if (w != null) out.append(w);
            else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') out.append(c);
            else out.append('_');
        }
        return out.toString();
    }

    private static final Map<Character, String> REPLACE = Map.of('+', "p", '#', "sharp");
}
