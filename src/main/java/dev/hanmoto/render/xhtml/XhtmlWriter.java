package dev.hanmoto.render.xhtml;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BlockVisitor;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.InlineVisitor;
import dev.hanmoto.ast.Walk;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes AST blocks as an XHTML body fragment. One instance writes one document (or one EPUB chapter):
 * footnotes are numbered in the order met, and in {@link XhtmlOptions.FootnoteStyle#EPUB_ASIDE} style
 * their asides are collected and returned by {@link #footnotes()}.
 *
 * <p>Not thread-safe; cheap to create.
 */
public final class XhtmlWriter {
    private final XhtmlOptions options;
    private final StringBuilder notes = new StringBuilder();
    private int noteNumber;

    public XhtmlWriter(XhtmlOptions options) {
        this(options, 0);
    }

    /** A writer whose footnotes continue numbering after {@code notesBefore} (EPUB chapters). */
    public XhtmlWriter(XhtmlOptions options, int notesBefore) {
        this.options = options;
        this.noteNumber = notesBefore;
    }

    /** The number of the last footnote written so far. */
    public int lastNoteNumber() {
        return noteNumber;
    }

    public String blocks(List<Block> blocks) {
        StringBuilder sb = new StringBuilder();
        BlockOut out = new BlockOut(sb);
        for (Block b : blocks) b.accept(out);
        return sb.toString();
    }

    public String inlines(List<Inline> inlines) {
        StringBuilder sb = new StringBuilder();
        new InlineOut(sb).all(inlines);
        return sb.toString();
    }

    /**
     * EPUB style only: the footnote asides written so far, wrapped in a section, or "" if none; the
     * collected notes are cleared.
     */
    public String footnotes() {
        if (notes.length() == 0) return "";
        String s = "<section class=\"footnotes\" epub:type=\"footnotes\" role=\"doc-endnotes\">\n" + notes + "</section>\n";
        notes.setLength(0);
        return s;
    }

    // ---- escaping ------------------------------------------------------------------------------

    /** Escapes text for XML content and attribute values; drops characters XML 1.0 forbids. */
    public static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        appendEscaped(sb, s);
        return sb.toString();
    }

    static void appendEscaped(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') continue;
                    if (c == 0xFFFE || c == 0xFFFF) continue;
                    if (Character.isHighSurrogate(c)) {
                        if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                            sb.append(c).append(s.charAt(++i));
                        }
                        continue;
                    }
                    if (Character.isLowSurrogate(c)) continue;
                    sb.append(c);
                }
            }
        }
    }

    private static void attrs(StringBuilder sb, Attr a) {
        if (!a.id().isEmpty()) sb.append(" id=\"").append(escape(a.id())).append('"');
        if (!a.classes().isEmpty()) sb.append(" class=\"").append(escape(String.join(" ", a.classes()))).append('"');
        for (Map.Entry<String, String> e : a.attributes().entrySet()) {
            String k = e.getKey();
            if (!k.matches("[A-Za-z_][A-Za-z0-9_.:-]*") || k.equals("id") || k.equals("class")) continue;
            if (k.startsWith("data-") && !k.equals(dev.hanmoto.ast.Document.SOURCE_ATTR)) {
                sb.append(' ').append(k).append("=\"").append(escape(e.getValue())).append('"');
            } else if (k.equals("lang")) {
                sb.append(" lang=\"").append(escape(e.getValue())).append("\" xml:lang=\"").append(escape(e.getValue())).append('"');
            } else if (k.equals("title") || k.equals("dir")) {
                sb.append(' ').append(k).append("=\"").append(escape(e.getValue())).append('"');
            }
        }
    }

    /**
     * The {@code data-*} attributes of a node written as a picture ({@code img}): an emoji's or a
     * formula's marks from a renderer pass; {@code except} (the emoji sequence, already the alt text)
     * and the chapter source are left out.
     */
    private static void dataAttrs(StringBuilder sb, Attr a, String except) {
        for (Map.Entry<String, String> e : a.attributes().entrySet()) {
            String k = e.getKey();
            if (k.startsWith("data-") && k.matches("[A-Za-z_][A-Za-z0-9_.:-]*") && !k.equals(except)
                    && !k.equals(dev.hanmoto.ast.Document.SOURCE_ATTR)) {
                sb.append(' ').append(k).append("=\"").append(escape(e.getValue())).append('"');
            }
        }
    }

    /** A length in em, to 1/1000 em, in a locale-independent form. */
    private static String em(double v) {
        String s = java.math.BigDecimal.valueOf(Math.round(v * 1000) / 1000.0).stripTrailingZeros().toPlainString();
        return s.equals("0") ? "0" : s + "em";
    }

    // ---- blocks --------------------------------------------------------------------------------

    private final class BlockOut implements BlockVisitor<Void> {
        private final StringBuilder sb;

        BlockOut(StringBuilder sb) {
            this.sb = sb;
        }

        private void inl(List<Inline> is) {
            new InlineOut(sb).all(is);
        }

        private void children(List<Block> bs) {
            for (Block b : bs) b.accept(this);
        }

        public Void visitPara(Block.Para b) {
            sb.append("<p>");
            inl(b.inlines());
            sb.append("</p>\n");
            return null;
        }

        public Void visitPlain(Block.Plain b) {
            inl(b.inlines());
            sb.append('\n');
            return null;
        }

        public Void visitHeading(Block.Heading b) {
            sb.append("<h").append(b.level());
            attrs(sb, b.attr());
            sb.append('>');
            inl(b.inlines());
            sb.append("</h").append(b.level()).append(">\n");
            return null;
        }

        public Void visitCodeBlock(Block.CodeBlock b) {
            CodeBlockWriter.write(sb, b, options.code());
            return null;
        }

        public Void visitBlockQuote(Block.BlockQuote b) {
            sb.append("<blockquote>\n");
            children(b.blocks());
            sb.append("</blockquote>\n");
            return null;
        }

        public Void visitBulletList(Block.BulletList b) {
            boolean tasks = b.items().stream().anyMatch(i -> i.task() != null);
            sb.append(tasks ? "<ul class=\"task-list\">\n" : "<ul>\n");
            items(b.items());
            sb.append("</ul>\n");
            return null;
        }

        public Void visitOrderedList(Block.OrderedList b) {
            sb.append("<ol");
            if (b.start() != 1) sb.append(" start=\"").append(b.start()).append('"');
            sb.append(">\n");
            items(b.items());
            sb.append("</ol>\n");
            return null;
        }

        private void items(List<Block.ListItem> items) {
            for (Block.ListItem it : items) {
                sb.append("<li");
                if (it.task() != null) sb.append(" class=\"task ").append(it.task() ? "done" : "todo").append('"');
                sb.append('>');
                if (it.task() != null) {
                    // A glyph, not a form control: EPUB and PDF have no forms; the class carries the state.
                    sb.append("<span class=\"task-box\" role=\"img\" aria-label=\"").append(it.task() ? "done" : "not done")
                      .append("\">").append(it.task() ? "☑" : "☐").append("</span> ");
                }
                children(it.blocks());
                sb.append("</li>\n");
            }
        }

        public Void visitTable(Block.Table b) {
            sb.append("<table");
            attrs(sb, b.attr());
            sb.append(">\n");
            if (!b.head().isEmpty()) {
                sb.append("<thead>\n");
                for (Block.Row r : b.head()) row(r, b.aligns(), "th");
                sb.append("</thead>\n");
            }
            sb.append("<tbody>\n");
            for (Block.Row r : b.body()) row(r, b.aligns(), "td");
            sb.append("</tbody>\n</table>\n");
            return null;
        }

        private void row(Block.Row r, List<Block.Align> aligns, String cell) {
            sb.append("<tr>");
            for (int i = 0; i < r.cells().size(); i++) {
                Block.Align al = i < aligns.size() ? aligns.get(i) : Block.Align.DEFAULT;
                sb.append('<').append(cell);
                // Alignment as a class, never the HTML4 align attribute (EPUB 3 rejects it).
                if (al != Block.Align.DEFAULT) sb.append(" class=\"align-").append(al.name().toLowerCase(java.util.Locale.ROOT)).append('"');
                if (cell.equals("th")) sb.append(" scope=\"col\"");
                sb.append('>');
                inl(r.cells().get(i).inlines());
                sb.append("</").append(cell).append('>');
            }
            sb.append("</tr>\n");
        }

        public Void visitThematicBreak(Block.ThematicBreak b) {
            sb.append("<hr/>\n");
            return null;
        }

        public Void visitDiv(Block.Div b) {
            String tag = b.attr().hasClass(BookClasses.CHAPTER) || b.attr().hasClass(BookClasses.PART) ? "section" : "div";
            sb.append('<').append(tag);
            attrs(sb, b.attr());
            if (b.blocks().size() == 1 && b.blocks().get(0) instanceof Block.Plain p) {
                // Inline content only: no line break inside, which a layout in white-space: nowrap
                // (a running head) would set as a space.
                sb.append('>');
                inl(p.inlines());
                sb.append("</").append(tag).append(">\n");
                return null;
            }
            sb.append(">\n");
            children(b.blocks());
            sb.append("</").append(tag).append(">\n");
            return null;
        }
    }

    // ---- inlines -------------------------------------------------------------------------------

    private final class InlineOut implements InlineVisitor<Void> {
        private final StringBuilder sb;

        InlineOut(StringBuilder sb) {
            this.sb = sb;
        }

        void all(List<Inline> is) {
            for (int k = 0; k < is.size(); k++) {
                if (is.get(k) instanceof Inline.Span s && k + 1 < is.size() && is.get(k + 1) instanceof Inline.Code c
                        && options.intoNextCode().test(s)) {
                    // Inline code is a leaf in the tree, so the span goes inside it here, as its first child.
                    sb.append("<code>");
                    s.accept(this);
                    appendEscaped(sb, c.text());
                    sb.append("</code>");
                    k++;
                } else {
                    is.get(k).accept(this);
                }
            }
        }

        private void wrap(String tag, List<Inline> content) {
            sb.append('<').append(tag).append('>');
            all(content);
            sb.append("</").append(tag).append('>');
        }

        public Void visitText(Inline.Text i) {
            appendEscaped(sb, i.text());
            return null;
        }

        public Void visitSoftBreak(Inline.SoftBreak i) {
            sb.append('\n');
            return null;
        }

        public Void visitLineBreak(Inline.LineBreak i) {
            sb.append("<br/>");
            return null;
        }

        public Void visitEmph(Inline.Emph i) { wrap("em", i.content()); return null; }
        public Void visitStrong(Inline.Strong i) { wrap("strong", i.content()); return null; }
        public Void visitStrikeout(Inline.Strikeout i) { wrap("del", i.content()); return null; }
        public Void visitSuperscript(Inline.Superscript i) { wrap("sup", i.content()); return null; }
        public Void visitSubscript(Inline.Subscript i) { wrap("sub", i.content()); return null; }

        public Void visitCode(Inline.Code i) {
            sb.append("<code>");
            appendEscaped(sb, i.text());
            sb.append("</code>");
            return null;
        }

        public Void visitLink(Inline.Link i) {
            sb.append("<a href=\"").append(escape(options.linkTarget().apply(i.target()))).append('"');
            if (!i.title().isEmpty()) sb.append(" title=\"").append(escape(i.title())).append('"');
            if (!i.attr().id().isEmpty()) sb.append(" id=\"").append(escape(i.attr().id())).append('"');
            sb.append('>');
            all(i.content());
            sb.append("</a>");
            return null;
        }

        public Void visitImage(Inline.Image i) {
            String alt = Walk.plainText(i.alt());
            Optional<String> src = options.imageSource().apply(i);
            if (src.isEmpty()) {
                sb.append("<span class=\"image-alt\">");
                appendEscaped(sb, alt);
                sb.append("</span>");
                return null;
            }
            sb.append("<img src=\"").append(escape(src.get())).append("\" alt=\"").append(escape(alt)).append('"');
            if (!i.title().isEmpty()) sb.append(" title=\"").append(escape(i.title())).append('"');
            if (!i.attr().classes().isEmpty()) sb.append(" class=\"").append(escape(String.join(" ", i.attr().classes()))).append('"');
            sb.append("/>");
            return null;
        }

        public Void visitSpan(Inline.Span i) {
            if (i.attr().hasClass("emoji")) {
                String seq = i.attr().attributes().getOrDefault("data-emoji", Walk.plainText(i.content()));
                Optional<String> src = options.emojiSource().apply(seq);
                if (src.isPresent()) {
                    sb.append("<img class=\"emoji\" src=\"").append(escape(src.get())).append("\" alt=\"").append(escape(seq)).append('"');
                    dataAttrs(sb, i.attr(), "data-emoji");
                    sb.append("/>");
                    return null;
                }
            }
            sb.append("<span");
            attrs(sb, i.attr());
            sb.append('>');
            all(i.content());
            sb.append("</span>");
            return null;
        }

        /**
         * A formula as its picture, the TeX as alternative text (PDF/UA and EPUB accessibility want
         * one; TeX is what a screen-reader user of technical text can follow). The box is in em so the
         * formula follows the text's size; lowered by its depth so its baseline is the line's. Without
         * a picture, the TeX as code. Either way with pandoc's HTML classes, {@code math inline} or
         * {@code math display}, which the themes' stylesheets select.
         */
        public Void visitMath(Inline.Math i) {
            boolean display = i.isDisplay();
            String classes = display ? "math display" : "math inline";
            Optional<XhtmlOptions.MathImage> img = options.mathSource().apply(new XhtmlOptions.Formula(i.tex(), display));
            if (img.isEmpty()) {
                sb.append("<span class=\"").append(classes).append("\"><code>");
                appendEscaped(sb, i.tex());
                sb.append("</code></span>");
                return null;
            }
            XhtmlOptions.MathImage m = img.get();
            if (display) sb.append("<span class=\"").append(classes).append("\">");
            sb.append("<img class=\"").append(classes).append("\" src=\"").append(escape(m.src()))
              .append("\" alt=\"").append(escape(i.tex())).append("\" style=\"width:").append(em(m.width()));
            // The height follows the picture's ratio, so a formula wider than the column is scaled down
            // to fit instead of being cut off at the margins.
            sb.append(";max-width:100%");
            if (!display) sb.append(";vertical-align:").append(em(-m.depth()));
            sb.append('"');
            dataAttrs(sb, i.attr(), null);
            sb.append("/>");
            if (display) sb.append("</span>");
            return null;
        }

        public Void visitNote(Inline.Note i) {
            int n = ++noteNumber;
            switch (options.footnotes()) {
                case PAGE_FLOAT -> {
                    // CSS Paged Media: `float: footnote` moves this span to the page bottom and leaves a call.
                    sb.append("<span class=\"footnote\" id=\"fn-").append(n).append("\">");
                    BlockOut inner = new BlockOut(sb);
                    for (Block b : i.blocks()) {
                        if (b instanceof Block.Para p) new InlineOut(sb).all(p.inlines());
                        else if (b instanceof Block.Plain p) new InlineOut(sb).all(p.inlines());
                        else b.accept(inner);
                    }
                    sb.append("</span>");
                }
                case EPUB_ASIDE -> {
                    sb.append("<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" id=\"fnref-").append(n)
                      .append("\" href=\"#fn-").append(n).append("\">").append(n).append("</a>");
                    StringBuilder body = new StringBuilder();
                    BlockOut inner = new BlockOut(body);
                    for (Block b : i.blocks()) b.accept(inner);
                    notes.append("<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn-").append(n).append("\">")
                         .append("<p class=\"footnote-number\"><a href=\"#fnref-").append(n).append("\" role=\"doc-backlink\">").append(n).append("</a></p>\n")
                         .append(body).append("</aside>\n");
                }
            }
            return null;
        }
    }
}
