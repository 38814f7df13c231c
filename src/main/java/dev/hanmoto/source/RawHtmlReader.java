package dev.hanmoto.source;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.html.HtmlPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Turns raw HTML found in Markdown into AST nodes through jsoup, keeping only what
 * {@link HtmlPolicy} allows. Never passes markup on as text.
 *
 * <ul>
 *   <li>{@code b/strong}, {@code i/em}, {@code s/del/strike}, {@code sub}, {@code sup}, {@code code},
 *       {@code br}, {@code a[href]}, {@code img[src,alt]} map to their own node types;
 *   <li>{@code ruby} with its {@code rb}, {@code rt} and {@code rp} becomes an {@code Inline.Ruby}.
 *   <li>{@code span} and the other phrasing tags ({@code kbd}, {@code mark}, {@code small}, {@code u} …) become a {@code Span} whose first class is the tag name (but
 *       {@code span} keeps only its own classes); a {@code span} of class {@code math} holding only
 *       {@code code} is that TeX formula;
 *   <li>{@code div} and sectioning tags become a {@code Div} (class = tag name except for div),
 *       {@code p}, lists, tables, headings, {@code pre}, {@code hr}, {@code blockquote} their blocks;
 *   <li>the policy's removed elements ({@code script}, {@code style}, {@code iframe}, forms, embedded
 *       objects, {@code svg}, {@code math} …) go with their content; event handlers ({@code on*}),
 *       attributes the policy does not allow and URLs other than http, https, mailto, {@code #…} or
 *       relative are removed — each with a {@code raw-html-removed} warning. Tags the policy does not
 *       know are unwrapped (content kept) with the same warning.
 * </ul>
 */
final class RawHtmlReader {
    private static final Set<String> BLOCK_TAGS = Set.of("div", "p", "ul", "ol", "li", "blockquote", "pre",
            "hr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "aside", "header",
            "footer", "nav", "main", "figure", "figcaption", "details", "summary", "dl", "dt", "dd", "center",
            "address", "caption", "thead", "tbody", "tfoot", "tr", "th", "td");

    /** Block tags that may be left open in one HTML block and closed in a later one, Markdown between. */
    static final Set<String> CONTAINERS = Set.of("div", "section", "article", "aside", "header", "footer",
            "nav", "main", "figure", "details", "center", "blockquote", "address");

    /** Tags that are void or are written self-closed: nothing to pair. */
    private static final Set<String> VOID = Set.of("br", "img", "hr", "wbr", "col", "input", "meta", "link",
            "source", "track", "param", "embed", "base", "area");

    private static final Pattern CLASS_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    static final Pattern CLOSE_TAG = Pattern.compile("^</\\s*([A-Za-z][A-Za-z0-9-]*)\\s*>$");

    private final SourceContext ctx;
    private final int maxDepth;
    /** Maps an index in the HTML being converted to a file offset. */
    private IntUnaryOperator offsetOf = i -> i;

    RawHtmlReader(SourceContext ctx, int maxDepth) {
        this.ctx = ctx;
        this.maxDepth = maxDepth;
    }

    /** Parses one tag such as {@code <a href="x">}; null if it is not an element (a declaration, a PI). */
    static Element parseTag(String tag) {
        org.jsoup.nodes.Document d = Jsoup.parseBodyFragment(tag);
        Element body = d.body();
        if (body.childrenSize() > 0) return body.child(0);
        // jsoup moves head-only elements (title, meta, link, style, script) out of the body.
        if (d.head().childrenSize() > 0) return d.head().child(0);
        return null;
    }

    static boolean isVoid(Element el, String raw) {
        return VOID.contains(el.normalName()) || raw.endsWith("/>");
    }

    /**
     * An inline element and its (already converted) content as inlines. Also used for a tag pair
     * assembled by {@link TagStack}.
     */
    List<Inline> inlineElement(Element el, List<Inline> content, SourcePos pos) {
        String tag = el.normalName();
        if (HtmlPolicy.REMOVED_ELEMENTS.contains(tag)) {
            ctx.warn("raw-html-removed", "removed <" + tag + "> element and its content", pos);
            return List.of();
        }
        if (!HtmlPolicy.allowsTag(tag)) {
            ctx.warn("raw-html-removed", "unsupported tag <" + tag + "> removed; its content is kept", pos);
            return content;
        }
        Attr attr = attr(el, pos);
        switch (tag) {
            case "b", "strong": return List.of(new Inline.Strong(content));
            case "i", "em": return List.of(new Inline.Emph(content));
            case "s", "del", "strike": return List.of(new Inline.Strikeout(content));
            case "sub": return List.of(new Inline.Subscript(content));
            case "sup": return List.of(new Inline.Superscript(content));
            case "code": return List.of(new Inline.Code(Walk.plainText(content), pos));
            case "br": return List.of(new Inline.LineBreak());
            case "wbr": return List.of();
            case "span": return List.of(spanOrMath(attr, content));
            case "ruby": return ruby(attr, content, pos);
            case "a": {
                String href = el.attr("href").strip();
                if (href.isEmpty()) return List.of(new Inline.Span(attr, content));
                if (!HtmlPolicy.isSafeLink(href)) {
                    ctx.warn("raw-html-removed", "removed unsafe link target '" + shorten(href) + "' on <a>", pos);
                    return List.of(new Inline.Span(attr, content));
                }
                return List.of(new Inline.Link(withoutTitle(attr), content, href, el.attr("title"), pos));
            }
            case "img": {
                String src = el.attr("src").strip();
                if (src.isEmpty() || !HtmlPolicy.isSafeImageSource(src)) {
                    if (!src.isEmpty()) ctx.warn("raw-html-removed", "removed image with unsafe source '" + shorten(src) + "'", pos);
                    String alt = el.attr("alt");
                    return alt.isEmpty() ? List.of() : List.of(new Inline.Text(alt, pos));
                }
                List<Inline> alt = el.attr("alt").isEmpty() ? List.of() : List.of(new Inline.Text(el.attr("alt"), pos));
                return List.of(new Inline.Image(withoutTitle(attr), alt, src, el.attr("title"), pos));
            }
            default: {
                // Phrasing tags without a node of their own, and block tags met inside a paragraph.
                List<String> classes = new ArrayList<>();
                classes.add(tag);
                classes.addAll(attr.classes());
                return List.of(new Inline.Span(new Attr(attr.id(), classes, attr.attributes()), content));
            }
        }
    }

    /**
     * {@code <ruby>} as an {@link Inline.Ruby}: each {@code <rt>} is the reading of the base text
     * before it (plain text or {@code <rb>}); {@code <rp>} fallbacks are dropped (writers add their
     * own). A ruby without any {@code <rt>} is a span of class ruby; a base after the last
     * {@code <rt>} stays as text after the ruby.
     */
    private static List<Inline> ruby(Attr attr, List<Inline> content, SourcePos pos) {
        List<Inline.RubyPair> pairs = new ArrayList<>();
        StringBuilder base = new StringBuilder();
        for (Inline i : content) {
            if (i instanceof Inline.Span s && s.attr().hasClass("rp")) continue;
            if (i instanceof Inline.Span s && s.attr().hasClass("rt")) {
                String text = Walk.plainText(s.content()).strip();
                if (base.length() > 0 && !text.isEmpty()) pairs.add(new Inline.RubyPair(base.toString(), text));
                base.setLength(0);
            } else {
                base.append(Walk.plainText(List.of(i)));
            }
        }
        if (pairs.isEmpty()) {
            List<String> classes = new ArrayList<>();
            classes.add("ruby");
            classes.addAll(attr.classes());
            return List.of(new Inline.Span(new Attr(attr.id(), classes, attr.attributes()), content));
        }
        List<Inline> out = new ArrayList<>();
        out.add(new Inline.Ruby(pairs, pos));
        if (!base.toString().isBlank()) out.add(new Inline.Text(base.toString(), pos));
        return out;
    }

    /**
     * A span, or the formula that the XHTML writer writes as {@code <span class="math inline"><code>TeX</code></span>}
     * (or {@code math display}) where it has no picture: that HTML reads back as the formula it came from.
     */
    private static Inline spanOrMath(Attr attr, List<Inline> content) {
        if (attr.hasClass("math") && content.size() == 1 && content.get(0) instanceof Inline.Code c) {
            return new Inline.Math(attr.hasClass("display") ? Inline.MathType.DISPLAY : Inline.MathType.INLINE, c.text(), c.pos());
        }
        return new Inline.Span(attr, content);
    }

    /**
     * A converted raw HTML block. If the block ends inside containers ({@code div}, {@code details},
     * {@code section} …) whose end tags are not in the block, {@code open} lists them outermost first,
     * each with its content so far: the Markdown that follows belongs inside the innermost, up to the
     * end tags in later HTML blocks.
     */
    record HtmlBlock(List<Block> blocks, List<OpenTag> open) {}

    /** A container left open at the end of an HTML block, with its converted content so far. */
    record OpenTag(Element el, SourcePos pos, List<Block> content) {}

    /**
     * Converts a whole raw HTML block. {@code offsetOf} maps an index in {@code html} to a file
     * offset (a block inside a quote or list has its line prefixes cut out of {@code html}).
     */
    HtmlBlock block(String html, IntUnaryOperator offsetOf, int depth) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        org.jsoup.nodes.Document d = Jsoup.parse(html, "", parser);
        List<Node> nodes = new ArrayList<>(d.head().childNodes());
        nodes.addAll(d.body().childNodes());
        IntUnaryOperator saved = this.offsetOf;
        this.offsetOf = offsetOf;
        try {
            List<OpenTag> open = new ArrayList<>();
            Element cur = trailingOpenContainer(nodes);
            List<Block> blocks = domBlocks(cur == null ? nodes : nodes.subList(0, nodes.indexOf(cur)), 0, depth);
            int level = depth + 1;
            while (cur != null && level <= maxDepth) {
                List<Node> kids = cur.childNodes();
                Element inner = trailingOpenContainer(kids);
                List<Node> before = inner == null ? kids : kids.subList(0, kids.indexOf(inner));
                open.add(new OpenTag(cur, at(cur, 0), domBlocks(before, 0, level)));
                cur = inner;
                level++;
            }
            return new HtmlBlock(blocks, open);
        } finally {
            this.offsetOf = saved;
        }
    }

    /** The last non-blank node if it is a container element whose end tag is missing from the source. */
    private static Element trailingOpenContainer(List<Node> nodes) {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (n instanceof TextNode t && t.isBlank()) continue;
            if (n instanceof Element el && CONTAINERS.contains(el.normalName())
                    && el.sourceRange().isTracked() && !el.sourceRange().isImplicit()
                    && el.endSourceRange().isImplicit()) {
                return el;
            }
            return null;
        }
        return null;
    }

    /** Converts the inline content of a raw inline HTML fragment's DOM. */
    private List<Inline> domInlines(List<Node> nodes, int start, int depth) {
        List<Inline> out = new ArrayList<>();
        for (Node n : nodes) {
            if (n instanceof TextNode t) {
                String s = t.text();
                if (!s.isEmpty()) out.add(new Inline.Text(s, at(n, start)));
            } else if (n instanceof Element el) {
                String tag = el.normalName();
                if (HtmlPolicy.REMOVED_ELEMENTS.contains(tag)) {
                    out.addAll(inlineElement(el, List.of(), at(el, start)));
                } else if (depth > maxDepth) {
                    ctx.warnOnce("nesting-too-deep", "raw HTML nested more than " + maxDepth
                            + " levels deep; the deeper levels are flattened", at(el, start));
                    out.addAll(domInlines(el.childNodes(), start, depth));
                } else {
                    out.addAll(inlineElement(el, domInlines(el.childNodes(), start, depth + 1), at(el, start)));
                }
            }
        }
        return out;
    }

    private List<Block> domBlocks(List<Node> nodes, int start, int depth) {
        List<Block> out = new ArrayList<>();
        List<Inline> run = new ArrayList<>();
        SourcePos runPos = null;
        for (Node n : nodes) {
            boolean block = n instanceof Element el && (BLOCK_TAGS.contains(el.normalName())
                    || (HtmlPolicy.REMOVED_ELEMENTS.contains(el.normalName())));
            if (!block) {
                if (runPos == null && !(n instanceof TextNode t && t.isBlank())) runPos = at(n, start);
                if (n instanceof TextNode t) {
                    if (!t.text().isEmpty()) run.add(new Inline.Text(t.text(), at(n, start)));
                } else if (n instanceof Element el) {
                    run.addAll(domInlines(List.of(el), start, depth));
                }
                continue;
            }
            flush(run, runPos, out);
            runPos = null;
            out.addAll(blockElement((Element) n, start, depth));
        }
        flush(run, runPos, out);
        return out;
    }

    private static void flush(List<Inline> run, SourcePos pos, List<Block> out) {
        List<Inline> trimmed = trim(run);
        if (!trimmed.isEmpty()) out.add(new Block.Plain(trimmed, pos == null ? SourcePos.NONE : pos));
        run.clear();
    }

    private List<Block> blockElement(Element el, int start, int depth) {
        String tag = el.normalName();
        SourcePos pos = at(el, start);
        if (HtmlPolicy.REMOVED_ELEMENTS.contains(tag)) {
            ctx.warn("raw-html-removed", "removed <" + tag + "> element and its content", pos);
            return List.of();
        }
        if (depth > maxDepth) {
            ctx.warnOnce("nesting-too-deep", "raw HTML nested more than " + maxDepth
                    + " levels deep; the deeper levels are flattened", pos);
            return domBlocks(el.childNodes(), start, depth);
        }
        Attr attr = attr(el, pos);
        int d = depth + 1;
        switch (tag) {
            case "p": return List.of(new Block.Para(trim(domInlines(el.childNodes(), start, d)), pos));
            case "blockquote": return List.of(new Block.BlockQuote(domBlocks(el.childNodes(), start, d), pos));
            case "hr": return List.of(new Block.ThematicBreak(pos));
            case "h1", "h2", "h3", "h4", "h5", "h6":
                return List.of(new Block.Heading(tag.charAt(1) - '0', attr, trim(domInlines(el.childNodes(), start, d)), pos));
            case "pre": {
                Attr a = attr;
                Element code = el.childrenSize() == 1 ? el.child(0) : null;
                if (code != null && code.normalName().equals("code")) {
                    for (String c : code.classNames()) {
                        if (c.startsWith("language-") && c.length() > 9) { a = new Attr(a.id(), List.of(c.substring(9)), a.attributes()); break; }
                    }
                }
                String text = el.wholeText();
                if (text.startsWith("\n")) text = text.substring(1);
                return List.of(new Block.CodeBlock(a, text, pos));
            }
            case "ul", "ol": {
                List<Block.ListItem> items = new ArrayList<>();
                for (Node c : el.childNodes()) {
                    if (c instanceof Element li) {
                        List<Node> inner = li.normalName().equals("li") ? li.childNodes() : List.of(li);
                        items.add(new Block.ListItem(null, domBlocks(inner, start, d)));
                    } else if (c instanceof TextNode t && !t.isBlank()) {
                        items.add(new Block.ListItem(null, List.of(new Block.Plain(List.of(new Inline.Text(t.text().strip(), at(c, start))), at(c, start)))));
                    }
                }
                if (tag.equals("ul")) return List.of(new Block.BulletList(items, pos));
                int first = 1;
                try {
                    if (el.hasAttr("start")) first = Integer.parseInt(el.attr("start").strip());
                } catch (NumberFormatException e) {
                    ctx.warn("raw-html-removed", "ignored <ol start=\"" + shorten(el.attr("start")) + "\">: not a number", pos);
                }
                return List.of(new Block.OrderedList(first, items, pos));
            }
            case "table": return List.of(table(el, attr, start, d, pos));
            case "div": return List.of(new Block.Div(attr, domBlocks(el.childNodes(), start, d), pos));
            default: {
                if (!HtmlPolicy.allowsTag(tag)) {
                    ctx.warn("raw-html-removed", "unsupported tag <" + tag + "> removed; its content is kept", pos);
                    return domBlocks(el.childNodes(), start, d);
                }
                List<String> classes = new ArrayList<>();
                classes.add(tag);
                classes.addAll(attr.classes());
                return List.of(new Block.Div(new Attr(attr.id(), classes, attr.attributes()), domBlocks(el.childNodes(), start, d), pos));
            }
        }
    }

    private Block.Table table(Element table, Attr attr, int start, int depth, SourcePos pos) {
        List<Element> headRows = new ArrayList<>();
        List<Element> bodyRows = new ArrayList<>();
        for (Element section : table.children()) {
            switch (section.normalName()) {
                case "thead" -> headRows.addAll(section.getElementsByTag("tr").stream().filter(r -> r.parent() == section).toList());
                case "tbody", "tfoot" -> bodyRows.addAll(section.children().stream().filter(r -> r.normalName().equals("tr")).toList());
                case "tr" -> bodyRows.add(section);
                case "caption", "colgroup" -> { }
                default -> ctx.warn("raw-html-removed", "unexpected <" + section.normalName() + "> in <table> removed", at(section, start));
            }
        }
        if (headRows.isEmpty() && !bodyRows.isEmpty()
                && bodyRows.get(0).children().stream().allMatch(c -> c.normalName().equals("th"))) {
            headRows.add(bodyRows.remove(0));
        }
        int cols = 0;
        for (Element r : headRows) cols = Math.max(cols, r.childrenSize());
        for (Element r : bodyRows) cols = Math.max(cols, r.childrenSize());
        List<Block.Align> aligns = new ArrayList<>();
        Element first = !headRows.isEmpty() ? headRows.get(0) : bodyRows.isEmpty() ? null : bodyRows.get(0);
        for (int i = 0; i < cols; i++) {
            String a = first != null && i < first.childrenSize() ? first.child(i).attr("align").toLowerCase(Locale.ROOT) : "";
            aligns.add(switch (a) {
                case "left" -> Block.Align.LEFT;
                case "center" -> Block.Align.CENTER;
                case "right" -> Block.Align.RIGHT;
                default -> Block.Align.DEFAULT;
            });
        }
        return new Block.Table(attr, aligns, rows(headRows, cols, start, depth), rows(bodyRows, cols, start, depth), pos);
    }

    private List<Block.Row> rows(List<Element> rows, int cols, int start, int depth) {
        List<Block.Row> out = new ArrayList<>();
        for (Element r : rows) {
            List<Block.Cell> cells = new ArrayList<>();
            for (Element c : r.children()) cells.add(new Block.Cell(trim(domInlines(c.childNodes(), start, depth))));
            while (cells.size() < cols) cells.add(new Block.Cell(List.of()));
            out.add(new Block.Row(cells));
        }
        return out;
    }

    /** The element's safe attributes; everything else is dropped with a warning. */
    Attr attr(Element el, SourcePos pos) {
        String tag = el.normalName();
        String id = "";
        List<String> classes = new ArrayList<>();
        Map<String, String> attrs = new LinkedHashMap<>();
        for (Attribute a : el.attributes()) {
            String key = a.getKey().toLowerCase(Locale.ROOT);
            if (HtmlPolicy.isEventHandler(key)) {
                ctx.warn("raw-html-removed", "removed event handler " + key + " on <" + tag + ">", pos);
                continue;
            }
            if (!HtmlPolicy.allowsAttribute(tag, key)) {
                ctx.warn("raw-html-removed", "removed attribute " + key + " on <" + tag + ">", pos);
                continue;
            }
            switch (key) {
                case "id" -> id = a.getValue().strip();
                case "class" -> {
                    for (String c : a.getValue().strip().split("\\s+")) {
                        if (CLASS_NAME.matcher(c).matches() && !classes.contains(c)) classes.add(c);
                    }
                }
                case "href", "src", "alt" -> { }
                default -> attrs.put(key, a.getValue());
            }
        }
        return new Attr(id, classes, attrs);
    }

    private static Attr withoutTitle(Attr a) {
        if (!a.attributes().containsKey("title")) return a;
        Map<String, String> m = new LinkedHashMap<>(a.attributes());
        m.remove("title");
        return new Attr(a.id(), a.classes(), m);
    }

    private static List<Inline> trim(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in);
        while (!out.isEmpty() && out.get(0) instanceof Inline.Text t && t.text().isBlank()) out.remove(0);
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Text t && t.text().isBlank()) out.remove(out.size() - 1);
        if (!out.isEmpty() && out.get(0) instanceof Inline.Text t) out.set(0, new Inline.Text(t.text().stripLeading(), t.pos()));
        int last = out.size() - 1;
        if (last >= 0 && out.get(last) instanceof Inline.Text t) out.set(last, new Inline.Text(t.text().stripTrailing(), t.pos()));
        return out;
    }

    private SourcePos at(Node n, int start) {
        int p = n.sourceRange().isTracked() ? n.sourceRange().startPos() : -1;
        return ctx.pos(offsetOf.applyAsInt(start + Math.max(0, p)));
    }

    static String shorten(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
