package dev.hanmoto.render.xhtml;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BlockVisitor;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Containers;
import dev.hanmoto.ast.Figures;
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

    /** Code text, each emoji in it that has artwork written as its picture (as an emoji span is). */
    static void appendCode(StringBuilder sb, XhtmlOptions options, String text) {
        int at = 0;
        for (XhtmlOptions.TextRange r : options.emojiInCode().apply(text)) {
            String seq = text.substring(r.start(), r.end());
            Optional<String> src = options.emojiSource().apply(seq);
            if (src.isEmpty()) continue;
            appendEscaped(sb, text.substring(at, r.start()));
            sb.append("<img class=\"emoji\" src=\"").append(escape(src.get())).append("\" alt=\"").append(escape(seq)).append("\"/>");
            at = r.end();
        }
        appendEscaped(sb, text.substring(at));
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

    private static final java.util.regex.Pattern LENGTH = java.util.regex.Pattern.compile("(\\d+(?:\\.\\d+)?)(px|cm|mm|in|pt|pc|em|rem|ex|%)?");

    /**
     * An image's {@code width} and {@code height} attributes (pandoc's {@code {width=50%}}, HTML's
     * {@code width="300"}) as CSS: a bare number is pixels, as in pandoc and HTML. Written as a style,
     * since HTML allows only whole pixels in the attributes and EPUB checks that.
     */
    private static String imageSize(Attr a) {
        StringBuilder css = new StringBuilder();
        for (String key : List.of("width", "height")) {
            String v = a.attributes().get(key);
            if (v == null) continue;
            java.util.regex.Matcher m = LENGTH.matcher(v.strip());
            if (!m.matches()) continue;
            if (css.length() > 0) css.append(';');
            css.append(key).append(':').append(m.group(1)).append(m.group(2) == null ? "px" : m.group(2));
        }
        return css.toString();
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
            CodeBlockWriter.write(sb, b, options);
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
            table(b, b.attr(), null);
            return null;
        }

        /** A table, with {@code caption} (a caption block, or null) as its caption element. */
        void table(Block.Table b, Attr attr, Block.Div caption) {
            sb.append("<table");
            attrs(sb, attr);
            sb.append(">\n");
            if (caption != null) {
                sb.append("<caption>");
                captionText(sb, caption);
                sb.append("</caption>\n");
            }
            if (!b.head().isEmpty()) {
                sb.append("<thead>\n");
                for (Block.Row r : b.head()) row(r, b.aligns(), "th");
                sb.append("</thead>\n");
            }
            sb.append("<tbody>\n");
            for (Block.Row r : b.body()) row(r, b.aligns(), "td");
            sb.append("</tbody>\n</table>\n");
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
            if (Containers.kind(b).isPresent()) {
                container(sb, this, b);
                return null;
            }
            if (Figures.kind(b).isPresent()) {
                figure(sb, this, b);
                return null;
            }
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

    /**
     * A container: an {@code aside} (a note, tip or warning beside the text: ARIA's {@code note}), or
     * a {@code details} written open, its title as the {@code summary}. Both outputs write the same:
     * in the PDF each is a Div in the structure tree, the title its first child.
     */
    private void container(StringBuilder sb, BlockOut out, Block.Div b) {
        boolean details = Containers.kind(b).orElseThrow().equals(Containers.DETAILS);
        String tag = details ? "details" : "aside";
        sb.append('<').append(tag);
        attrs(sb, b.attr());
        sb.append(details ? " open=\"open\">\n" : " role=\"note\">\n");
        List<Block> rest = b.blocks();
        Optional<Block.Div> title = Containers.titleOf(b);
        if (title.isPresent()) {
            String titleTag = details ? "summary" : "p";
            sb.append('<').append(titleTag).append(" class=\"").append(Containers.TITLE).append("\">");
            captionText(sb, title.get());
            sb.append("</").append(titleTag).append(">\n");
            rest = rest.subList(1, rest.size());
        }
        for (Block x : rest) x.accept(out);
        sb.append("</").append(tag).append(">\n");
    }

    /**
     * A figure ({@code figure} with its image and caption) or a captioned table (the caption as the
     * table's {@code caption}, the Div's id and classes on the table). In print the figure's caption
     * is a {@code caption} element, which openhtmltopdf tags Caption in the PDF's structure tree;
     * the EPUB has HTML's {@code figcaption}.
     */
    private void figure(StringBuilder sb, BlockOut out, Block.Div b) {
        Optional<Block.Div> caption = Figures.captionOf(b);
        if (Figures.kind(b).orElseThrow().equals(Figures.TABLE)) {
            for (Block x : b.blocks()) {
                if (x instanceof Block.Table t) out.table(t, t.attr().isEmpty() ? b.attr() : t.attr(), caption.orElse(null));
            }
            return;
        }
        String captionTag = options.footnotes() == XhtmlOptions.FootnoteStyle.PAGE_FLOAT ? "caption" : "figcaption";
        sb.append("<figure");
        attrs(sb, b.attr());
        sb.append(">\n");
        for (Block x : b.blocks()) {
            if (x instanceof Block.Div c && c.attr().hasClass(Figures.CAPTION)) {
                sb.append('<').append(captionTag).append('>');
                captionText(sb, c);
                sb.append("</").append(captionTag).append(">\n");
            } else {
                x.accept(out);
            }
        }
        sb.append("</figure>\n");
    }

    private void captionText(StringBuilder sb, Block.Div caption) {
        for (Block t : caption.blocks()) {
            if (t instanceof Block.Plain p) new InlineOut(sb).all(p.inlines());
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
            appendCode(sb, options, i.text());
            sb.append("</code>");
            return null;
        }

        public Void visitLink(Inline.Link i) {
            sb.append("<a href=\"").append(escape(options.linkTarget().apply(i.target()))).append('"');
            if (!i.title().isEmpty()) sb.append(" title=\"").append(escape(i.title())).append('"');
            if (!i.attr().id().isEmpty()) sb.append(" id=\"").append(escape(i.attr().id())).append('"');
            if (!i.attr().classes().isEmpty()) sb.append(" class=\"").append(escape(String.join(" ", i.attr().classes()))).append('"');
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
            if (!i.attr().id().isEmpty()) sb.append(" id=\"").append(escape(i.attr().id())).append('"');
            if (!i.attr().classes().isEmpty()) sb.append(" class=\"").append(escape(String.join(" ", i.attr().classes()))).append('"');
            String size = imageSize(i.attr());
            if (!size.isEmpty()) sb.append(" style=\"").append(escape(size)).append('"');
            sb.append("/>");
            return null;
        }

        /** Native ruby, each reading between {@code rp} parentheses for readers without ruby layout. */
        public Void visitRuby(Inline.Ruby i) {
            sb.append("<ruby>");
            for (Inline.RubyPair p : i.pairs()) {
                appendEscaped(sb, p.base());
                sb.append("<rp>(</rp><rt>");
                appendEscaped(sb, p.text());
                sb.append("</rt><rp>)</rp>");
            }
            sb.append("</ruby>");
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
