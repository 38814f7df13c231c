package dev.hanmoto.render.xhtml;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.CodeAttrs;
import dev.hanmoto.render.highlight.Highlighter;
import dev.hanmoto.render.highlight.Language;
import dev.hanmoto.render.highlight.Token;
import dev.hanmoto.render.highlight.TokenKind;
import dev.hanmoto.text.Kinsoku;
import dev.hanmoto.text.Script;
import java.util.ArrayList;
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
 * {@code span.ln} with {@code aria-hidden}; for the PDF its digits are empty boxes ({@code span.lnd.d7})
 * that the stylesheet draws as pictures, so that copying the code copies no number.
 */
final class CodeBlockWriter {
    private CodeBlockWriter() {}

    /** The CSS class of a line's gutter cell (its number). */
    static final String GUTTER = "ln";

    static void write(StringBuilder sb, Block.CodeBlock b, XhtmlOptions xhtml) {
        XhtmlOptions.Code options = xhtml.code();
        Attr a = b.attr();
        String lang = CodeAttrs.language(b).orElse("");
        Language language = Language.forBlock(lang, a.attributes().get(CodeAttrs.DIFF_LANG));
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
        if (options.textLayer()) {
            // The lines as the block shows them (no line end after the last, as in the EPUB's text); line
            // breaks and tabs as references, since a parser turns them into spaces in an attribute's value.
            String code = b.text().endsWith("\n") ? b.text().substring(0, b.text().length() - 1) : b.text();
            sb.append(" title=\"").append(XhtmlOptions.Code.CODE_TEXT_MARK).append(XhtmlWriter.escape(code)
                    .replace("\r", "&#13;").replace("\n", "&#10;").replace("\t", "&#9;")).append('"');
        }
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
                if (numbered && options.digitBoxes()) {
                    for (char d : String.valueOf(first + i).toCharArray()) sb.append("<span class=\"lnd d").append(d).append("\"></span>");
                } else if (numbered) {
                    sb.append(first + i);
                }
                sb.append("</span>");
            }
            // openhtmltopdf draws a line's own text before its child spans: in the PDF a plain run after a
            // token goes in a span of its own so that the runs are drawn in order (one before any token
            // needs none), and a run of spaces after a token goes into the token's span (on the mono grid
            // a space is as wide in every style, and no token style has a background): fewer boxes.
            boolean afterToken = false;
            boolean open = false;
            for (Token t : kinsokuGlued(options.textLayer() ? tabsExpanded(line) : line)) {
                if (t.kind() == TokenKind.PLAIN && options.textLayer() && open && t.text().chars().allMatch(c -> c == ' ')) {
                    XhtmlWriter.appendCode(sb, xhtml, t.text());
                    continue;
                }
                if (open) sb.append("</span>");
                open = false;
                if (t.kind() == TokenKind.PLAIN && options.textLayer() && afterToken) {
                    sb.append("<span>");
                    XhtmlWriter.appendCode(sb, xhtml, t.text());
                    sb.append("</span>");
                } else if (t.kind() == TokenKind.PLAIN) {
                    XhtmlWriter.appendCode(sb, xhtml, t.text());
                } else {
                    afterToken = true;
                    sb.append("<span class=\"").append(t.kind().cssClass()).append("\">");
                    XhtmlWriter.appendCode(sb, xhtml, t.text());
                    if (options.textLayer()) open = true;
                    else sb.append("</span>");
                }
            }
            if (open) sb.append("</span>");
            if (i + 1 < lines.size()) sb.append('\n');
            sb.append("</span>");
        }
        sb.append("</code></pre>\n");
        if (!title.isEmpty()) sb.append("</div>\n");
    }

    /**
     * The line's tokens with kinsoku kept across their boundaries: openhtmltopdf may break a line between
     * any two inline boxes, so a token starting with what may not start a line ({@code ,} {@code )}
     * {@code 、}) gives those characters to the token before it, and a token ending with what may not end
     * one ({@code (} {@code 「}) gives them to the token after it, as {@code KinsokuGluePass} does for
     * text. The characters and their order are unchanged; a moved character takes its new token's style.
     */
    static List<Token> kinsokuGlued(List<Token> line) {
        List<Token> out = new ArrayList<>(line);
        for (int i = 0; i + 1 < out.size(); i++) {
            Token a = out.get(i);
            Token b = out.get(i + 1);
            int lead = Kinsoku.leadingNotStarting(b.text());
            if (lead > 0) {
                // A punctuation token taken whole into plain text gives it its style, so that it still shows.
                boolean whole = lead == b.text().length() && a.kind() == TokenKind.PLAIN;
                a = new Token(whole ? b.kind() : a.kind(), a.text() + b.text().substring(0, lead));
                b = new Token(b.kind(), b.text().substring(lead));
            }
            int trail = Kinsoku.trailingNotEnding(a.text());
            if (trail > 0 && trail < a.text().length()) {
                b = new Token(b.kind(), a.text().substring(a.text().length() - trail) + b.text());
                a = new Token(a.kind(), a.text().substring(0, a.text().length() - trail));
            }
            out.set(i, a);
            if (b.text().isEmpty()) {
                out.remove(i + 1);
                i--;
            } else {
                out.set(i + 1, b);
            }
        }
        return out;
    }

    /** Columns between tab stops, as a terminal, an editor and a reading system (CSS {@code tab-size}: 8) have them. */
    static final int TAB_STOP = 8;

    /**
     * The line's tokens with each tab replaced by the spaces up to the next tab stop, counting a
     * full-width character as two columns (the code fonts set it in a full em, two half-width
     * advances). For the PDF: its layout draws a tab as eight spaces wherever it stands, which
     * puts {@code ab\t= 1} and {@code abcdef\t= 2} out of line.
     */
    static List<Token> tabsExpanded(List<Token> line) {
        List<Token> out = new ArrayList<>(line.size());
        int col = 0;
        for (Token t : line) {
            if (t.text().indexOf('\t') < 0) {
                col += columns(t.text());
                out.add(t);
                continue;
            }
            StringBuilder sb = new StringBuilder(t.text().length() + 8);
            for (int i = 0; i < t.text().length(); ) {
                int cp = t.text().codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\t') {
                    int n = TAB_STOP - col % TAB_STOP;
                    sb.append(" ".repeat(n));
                    col += n;
                } else {
                    sb.appendCodePoint(cp);
                    col += columns(cp);
                }
            }
            out.add(new Token(t.kind(), sb.toString()));
        }
        return out;
    }

    private static int columns(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            n += columns(cp);
        }
        return n;
    }

    private static int columns(int cp) {
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) return 0;
        return Script.isFullWidth(cp) ? 2 : 1;
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
