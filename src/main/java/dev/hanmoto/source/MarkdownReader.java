package dev.hanmoto.source;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.HtmlInnerBlockComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Containers;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.html.HtmlPolicy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads a Markdown body with flexmark-java (CommonMark plus GFM tables, strikethrough, task lists,
 * footnotes and autolinks) into the AST, keeping each node's 1-based line:col in the original file.
 *
 * <p>Footnote references become {@link Inline.Note}s carrying their definition's blocks. Raw HTML is
 * converted by {@link RawHtmlReader} (sanitised, never passed through as text); inline tags split over
 * several flexmark nodes are paired by {@link TagStack} within their container.
 *
 * <p>Limits: lists, block quotes and inline containers nested deeper than {@value #MAX_DEPTH} levels
 * are <em>flattened</em> — the deeper levels' content is kept in the level-{@value #MAX_DEPTH}
 * container — with one {@code nesting-too-deep} warning at the first such line. We flatten rather
 * than fail because the text is still worth printing, and everything downstream (the AST walkers,
 * the XHTML writer) then sees a bounded depth. Parsing runs on a thread with a large stack so that
 * flexmark's own recursion cannot overflow on pathological input; if it still does, that is a
 * {@code nesting-too-deep} error.
 */
public final class MarkdownReader {
    /** Deepest nesting of lists, quotes and inline containers kept as such. */
    public static final int MAX_DEPTH = 100;

    /** Footnotes whose definitions reference further footnotes are followed this deep. */
    public static final int MAX_NOTE_DEPTH = 8;

    /** Stack for the parse thread, bytes; only reserved address space until used. */
    private static final long PARSE_STACK = 256L * 1024 * 1024;

    private static final Parser PARSER;
    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), FootnoteExtension.create(), AutolinkExtension.create()));
        // GFM table semantics: no column spans, rows padded or cut to the header's column count.
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        // Emphasis by CommonMark's rules with the CJK-friendly amendment: **「重要」**です is bold.
        PARSER = CjkFriendlyInlineParser.builder(options)
                .customInlineParserExtensionFactory(new DollarMath.Factory())
                .customInlineParserExtensionFactory(new VfmRuby.Factory())
                .customBlockParserFactory(new FencedDivs.Factory()).build();
    }

    private MarkdownReader() {}

    /**
     * Reads the Markdown in {@code text} from char offset {@code bodyStart} on (the part after the
     * front matter). Positions are computed against the whole {@code text}, so they are file
     * positions. Problems go to {@code diags}; only a failure that leaves nothing to read throws.
     *
     * @throws UserError when the parser itself cannot cope (pathological nesting)
     */
    public static List<Block> read(String text, int bodyStart, Path file, Diagnostics diags) {
        return read(SourceText.of(text), bodyStart, file, diags);
    }

    /**
     * As {@link #read(String, int, Path, Diagnostics)}, for a text whose chars may come from other
     * files (expanded includes): every position is where its char came from.
     */
    public static List<Block> read(SourceText source, int bodyStart, Path file, Diagnostics diags) {
        return read(source, bodyStart, file, diags, false);
    }

    /**
     * As {@link #read(SourceText, int, Path, Diagnostics)}; {@code templatesExpanded} says that a
     * preprocessor has rendered the text's template tags already and reported those it kept (HonKit's),
     * so {@code {% … %}} left in it is not reported again.
     */
    static List<Block> read(SourceText source, int bodyStart, Path file, Diagnostics diags, boolean templatesExpanded) {
        String text = source.text();
        // The parse thread reports into its own collector, handed over only once it has finished,
        // so an abandoned parse (caller interrupted) never writes into the caller's diagnostics.
        Diagnostics local = new Diagnostics();
        SourceContext ctx = new SourceContext(file, local, source);
        String body = text.substring(bodyStart);
        AtomicReference<List<Block>> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                Node doc = PARSER.parse(body);
                StrongClosedByTag.repair(doc, ctx, bodyStart);
                result.set(new Converter(ctx, text, bodyStart, templatesExpanded).document(doc));
                ctx.finish();
            } catch (Throwable e) { // handed to the caller's thread below; nothing is printed here
                failure.set(e);
            }
        }, "hanmoto-markdown", PARSE_STACK);
        // If the caller is interrupted (a build's time bound), the parse cannot be stopped; as a
        // daemon it at least never keeps the JVM alive.
        t.setDaemon(true);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError(Diagnostic.error("interrupted", "reading was interrupted", file, 0, 0));
        }
        diags.reportAll(local.all());
        Throwable f = failure.get();
        if (f instanceof StackOverflowError) {
            throw new UserError(Diagnostic.error("nesting-too-deep",
                    "the Markdown is nested too deeply to read; simplify the nesting", file, 0, 0));
        }
        if (f instanceof OutOfMemoryError) {
            throw new UserError(Diagnostic.error("document-too-large",
                    "ran out of memory reading this file; split it into smaller files", file, 0, 0));
        }
        if (f instanceof Error e) throw e;
        if (f != null) {
            throw new UserError(Diagnostic.error("markdown-unreadable",
                    "the Markdown reader failed on this file: " + f, file, 0, 0), f);
        }
        return result.get();
    }

    /** One conversion of a flexmark tree; not thread-safe, used once. */
    private static final class Converter {
        private final SourceContext ctx;
        private final String text;
        private final int base;
        private final RawHtmlReader html;
        private final Map<FootnoteBlock, List<Block>> notes = new IdentityHashMap<>();
        private final Map<FootnoteBlock, Boolean> converting = new IdentityHashMap<>();
        private final boolean templatesExpanded;
        /** Paragraphs that were a heading's kramdown attribute list, already applied to it. */
        private final Set<Node> applied = Collections.newSetFromMap(new IdentityHashMap<>());

        Converter(SourceContext ctx, String text, int base, boolean templatesExpanded) {
            this.ctx = ctx;
            this.text = text;
            this.base = base;
            this.html = new RawHtmlReader(ctx, MAX_DEPTH);
            this.templatesExpanded = templatesExpanded;
        }

        List<Block> document(Node doc) {
            if (!templatesExpanded) lintTemplateTags(doc);
            List<Block> blocks = blocks(doc, 0);
            for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof FootnoteBlock fb && !notes.containsKey(fb)) {
                    ctx.warn("footnote-unused", "footnote [^" + fb.getText() + "] is defined but never referenced", pos(fb));
                }
            }
            return uniqueIds(blocks);
        }

        private SourcePos pos(Node n) {
            return ctx.pos(base + n.getStartOffset());
        }

        // ---- blocks ----

        private List<Block> blocks(Node parent, int depth) {
            TagStack<Block> out = new TagStack<>((el, content, p) -> List.of(divOf(el, content, p)), ctx, "enclosing block", MAX_DEPTH);
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof HtmlBlock hb) {
                    htmlBlock(hb, depth, out);
                } else {
                    block(n, parent, depth, out);
                }
            }
            return FigureReader.apply(out.finish());
        }

        private Block divOf(Element el, List<Block> content, SourcePos p) {
            Attr a = html.attr(el, p);
            String tag = el.normalName();
            if (tag.equals("blockquote")) return new Block.BlockQuote(content, p);
            if (!tag.equals("div")) {
                List<String> classes = new ArrayList<>();
                classes.add(tag);
                classes.addAll(a.classes());
                a = new Attr(a.id(), classes, a.attributes());
            }
            return new Block.Div(a, content, p);
        }

        private void htmlBlock(HtmlBlock hb, int depth, TagStack<Block> out) {
            String raw = hb.getChars().toString().strip();
            SourcePos p = pos(hb);
            Matcher close = RawHtmlReader.CLOSE_TAG.matcher(raw);
            if (close.matches()) {
                out.close(close.group(1).toLowerCase(java.util.Locale.ROOT), p);
                return;
            }
            // The content chars leave out quote and list prefixes ("> ") of the lines after the first.
            BasedSequence content = hb.getContentChars();
            int length = content.length();
            RawHtmlReader.HtmlBlock r = html.block(content.toString(), i -> base + (i < length
                    ? content.getIndexOffset(i) : content.getEndOffset()), depth);
            out.addAll(r.blocks());
            // <div class="note"> (or <details><summary>…</summary>) left open: the Markdown that
            // follows goes inside, up to the </div> in a later HTML block.
            for (RawHtmlReader.OpenTag o : r.open()) {
                out.open(o.el(), o.pos());
                out.addAll(o.content());
            }
        }

        private void block(Node n, Node parent, int depth, TagStack<Block> out) {
            SourcePos p = pos(n);
            if (applied.contains(n)) return;
            if (n instanceof Paragraph para) {
                List<Inline> in = inlines(para, 0);
                if (parent instanceof ListItem li && li.isParagraphInTightListItem(para)) out.add(new Block.Plain(in, p));
                else out.add(new Block.Para(in, p));
            } else if (n instanceof Heading h) {
                heading(h, p, out);
            } else if (n instanceof FencedCodeBlock f) {
                // The language, title, line numbers and marked lines (CodeInfo reads every dialect's form).
                CodeInfo info = CodeInfo.parse(f.getInfo().unescape().strip());
                for (AttributeBlock.Malformed m : info.problems()) {
                    ctx.warn("code-info", "code block info string: " + m.message() + "; the rest of it is ignored",
                            ctx.pos(base + f.getInfo().getStartOffset() + Math.min(m.at(), f.getInfo().length())));
                }
                String lang = info.language().orElse("");
                if (lang.equals("math") && !f.getContentChars().isBlank()) {
                    // GitLab/GitHub display math: the same node as a paragraph holding $$…$$.
                    BasedSequence tex = f.getContentChars();
                    int lead = tex.length() - tex.trimStart().length();
                    out.add(new Block.Para(List.of(math(tex.toString().strip(), true,
                            ctx.pos(base + tex.getStartOffset() + lead))), p));
                    return;
                }
                out.add(new Block.CodeBlock(info.attr(), f.getContentChars().toString(), p));
            } else if (n instanceof IndentedCodeBlock c) {
                out.add(new Block.CodeBlock(Attr.EMPTY, c.getContentChars().toString(), p));
            } else if (n instanceof BlockQuote) {
                Optional<String> alert = alertKind(n);
                if (tooDeep(depth, p)) out.addAll(blocks(n, depth));
                else if (alert.isPresent()) out.add(Containers.of(alert.get(), Attr.EMPTY, List.of(), blocks(n, depth + 1), p));
                else out.add(new Block.BlockQuote(blocks(n, depth + 1), p));
            } else if (n instanceof FencedDivs.Div d) {
                if (!d.closed()) ctx.warn("container-unclosed", "container ':::" + RawHtmlReader.shorten(d.info())
                        + "' is not closed by a ':::' line; it runs to the end of its enclosing block", p);
                List<Block> content = tooDeep(depth, p) ? blocks(n, depth) : blocks(n, depth + 1);
                int infoAt = text.indexOf(d.info(), base + n.getStartOffset());
                out.add(ContainerReader.fenced(d.info(), content, p, infoAt < 0 ? p : ctx.pos(infoAt), ctx));
            } else if (n instanceof FencedDivs.Closer) {
                // the end of a container, read with it
            } else if (n instanceof BulletList || n instanceof OrderedList) {
                if (tooDeep(depth, p)) {
                    for (Node it = n.getFirstChild(); it != null; it = it.getNext()) out.addAll(blocks(it, depth));
                    return;
                }
                List<Block.ListItem> items = new ArrayList<>();
                for (Node it = n.getFirstChild(); it != null; it = it.getNext()) {
                    Boolean task = it instanceof TaskListItem t ? t.isItemDoneMarker() : null;
                    items.add(new Block.ListItem(task, blocks(it, depth + 1)));
                }
                if (n instanceof OrderedList ol) out.add(new Block.OrderedList(ol.getStartNumber(), items, p));
                else out.add(new Block.BulletList(items, p));
            } else if (n instanceof ThematicBreak) {
                out.add(new Block.ThematicBreak(p));
            } else if (n instanceof TableBlock tb) {
                out.add(table(tb, p));
            } else if (n instanceof HtmlCommentBlock || n instanceof HtmlInnerBlockComment || n instanceof Reference
                    || n instanceof FootnoteBlock || n instanceof BlankLine) {
                // Comments are the author's notes; references and footnote definitions are used where referenced.
            } else {
                ctx.warn("unsupported-markdown", "unsupported Markdown construct " + n.getNodeName() + " kept as text", p);
                out.add(new Block.Para(List.of(new Inline.Text(n.getChars().toString(), p)), p));
            }
        }

        // ---- attributes ----

        /**
         * A heading with its attributes: a block ending its text ({@code ## 見出し {#id}}), and a
         * kramdown attribute list alone on the next line ({@code {: .class}}), which is then not a
         * paragraph of its own.
         */
        private void heading(Heading h, SourcePos p, TagStack<Block> out) {
            int level = Math.max(1, Math.min(6, h.getLevel()));
            BasedSequence t = h.getText();
            Attr attr = Attr.EMPTY;
            int cut = Integer.MAX_VALUE;
            Optional<AttributeSyntax.Found> found = t.isEmpty() ? Optional.empty() : AttributeSyntax.trailing(t.toString(), h.isAtxHeading());
            if (found.isPresent() && found.get() instanceof AttributeSyntax.Trailing tr) {
                int at = tr.cut() < t.length() ? t.getIndexOffset(tr.cut()) : t.getEndOffset();
                if (onlyTextFrom(h, at)) {
                    attr = documentAttr(tr.attr(), false, p);
                    cut = at;
                }
            } else if (found.isPresent() && found.get() instanceof AttributeSyntax.Bad bad) {
                malformed(bad.message(), ctx.pos(base + t.getIndexOffset(bad.at())));
            }
            if (h.getNext() instanceof Paragraph next && nextLine(h, next)) {
                String line = next.getChars().toString().strip();
                int lead = next.getChars().length() - next.getChars().trimStart().length();
                if (line.startsWith("{:") && AttributeBlock.looksLikeBlock(line, 0)) {
                    AttributeBlock.Result r = AttributeBlock.parse(line, 0);
                    if (r.parsed().isPresent() && r.parsed().get().end() == line.length()) {
                        attr = AttributeSyntax.merge(attr, documentAttr(r.parsed().get().attr(), false, pos(next)));
                        applied.add(next);
                    } else if (r.error().isPresent()) {
                        malformed(r.error().get().message(), ctx.pos(base + next.getStartOffset() + lead + r.error().get().at()));
                    }
                }
            }
            out.add(new Block.Heading(level, attr, inlines(h, 0, cut), p));
        }

        /** Whether {@code next} starts on the line after {@code n} ends. */
        private boolean nextLine(Node n, Node next) {
            String between = text.substring(base + n.getEndOffset(), base + next.getStartOffset());
            return between.isBlank() && between.chars().filter(c -> c == '\n').count() <= 1;
        }

        /** Whether every child of {@code parent} that reaches past {@code offset} is text, so the content can be cut there. */
        private static boolean onlyTextFrom(Node parent, int offset) {
            for (Node c = parent.getFirstChild(); c != null; c = c.getNext()) {
                if (c.getEndOffset() > offset && !(c instanceof Text)) return false;
            }
            return true;
        }

        /** pandoc's attributes after an inline link or image ({@code [t](u){.cls}}), if they follow it directly. */
        private Optional<AttributeBlock.Parsed> attributesAfter(Node n) {
            int at = base + n.getEndOffset();
            if (!AttributeBlock.looksLikeBlock(text, at)) return Optional.empty();
            AttributeBlock.Result r = AttributeBlock.parse(text, at);
            if (r.error().isPresent()) {
                malformed(r.error().get().message(), ctx.pos(r.error().get().at()));
                return Optional.empty();
            }
            int end = r.parsed().get().end() - base;
            for (Node c = n.getNext(); c != null && c.getStartOffset() < end; c = c.getNext()) {
                if (!(c instanceof Text)) return Optional.empty();
            }
            return r.parsed();
        }

        /** Attributes as the document keeps them ({@link AttributeSyntax#forDocument}); keys that cannot be kept are reported. */
        private Attr documentAttr(Attr a, boolean image, SourcePos p) {
            List<String> dropped = new ArrayList<>();
            Attr out = AttributeSyntax.forDocument(a, image, dropped);
            for (String d : dropped) ctx.warn("attribute-ignored", "attribute " + d + " is ignored", p);
            return out;
        }

        private void malformed(String why, SourcePos at) {
            ctx.warn("attribute-malformed", "malformed attribute block: " + why + "; kept as text", at);
        }

        /**
         * The document's blocks with every id once: a heading, element, link or image whose id an
         * earlier one has already (in reading order) loses it, with a warning; a heading then gets one
         * made from its text.
         */
        private List<Block> uniqueIds(List<Block> blocks) {
            Map<String, SourcePos> first = new HashMap<>();
            Set<String> dropped = new HashSet<>();
            Walk.forEach(blocks, b -> {
                if (b instanceof Block.Heading || b instanceof Block.Div) checkId(Block.idOf(b), b.pos(), first, dropped);
                else if (!Block.idOf(b).isEmpty()) first.putIfAbsent(Block.idOf(b), b.pos());
            }, i -> {
                if (i instanceof Inline.Link l) checkId(l.attr().id(), l.pos(), first, dropped);
                else if (i instanceof Inline.Image m) checkId(m.attr().id(), m.pos(), first, dropped);
                else if (i instanceof Inline.Span x && !x.attr().id().isEmpty()) first.putIfAbsent(x.attr().id(), SourcePos.NONE);
            });
            if (dropped.isEmpty()) return blocks;
            return Walk.map(blocks, b -> {
                if (b instanceof Block.Heading h && dropped.contains(h.attr().id() + "@" + h.pos())) return List.of(h.withAttr(h.attr().withId("")));
                if (b instanceof Block.Div d && dropped.contains(d.attr().id() + "@" + d.pos())) return List.of(new Block.Div(d.attr().withId(""), d.blocks(), d.pos()));
                return List.of(b);
            }, i -> {
                if (i instanceof Inline.Link l && dropped.contains(l.attr().id() + "@" + l.pos())) {
                    return List.of(new Inline.Link(l.attr().withId(""), l.content(), l.target(), l.title(), l.pos()));
                }
                if (i instanceof Inline.Image m && dropped.contains(m.attr().id() + "@" + m.pos())) {
                    return List.of(new Inline.Image(m.attr().withId(""), m.alt(), m.src(), m.title(), m.pos()));
                }
                return List.of(i);
            });
        }

        private void checkId(String id, SourcePos at, Map<String, SourcePos> first, Set<String> dropped) {
            if (id.isEmpty()) return;
            SourcePos earlier = first.putIfAbsent(id, at);
            if (earlier == null) return;
            dropped.add(id + "@" + at);
            ctx.warn("duplicate-id", "the id '" + id + "' is already used"
                    + (earlier.equals(SourcePos.NONE) ? "" : " at line " + earlier.line() + ":" + earlier.col())
                    + "; this one is dropped (a heading gets an id made from its text)", at);
        }

        // ---- embeds and template tags ----

        /** Zenn's {@code @[name](…)}: {@code n} is the text before the link, ending in {@code @}. */
        private static boolean isZennEmbed(Node n) {
            if (!(n instanceof Text) || !(n.getNext() instanceof Link l) || l.getStartOffset() != n.getEndOffset()) return false;
            BasedSequence c = n.getChars();
            return c.length() > 0 && c.charAt(c.length() - 1) == '@' && !AttributeSyntax.escaped(c.toString(), c.length() - 1)
                    && Embeds.ZENN.contains(l.getText().toString().strip());
        }

        /** A Zenn embed as a link to what it shows, or as written if it has no address; reported either way. */
        private void zennEmbed(Link l, TagStack<Inline> out) {
            SourcePos at = ctx.pos(base + l.getStartOffset() - 1);
            String name = l.getText().toString().strip();
            Optional<String> url = Embeds.url(name, l.getUrl().unescape());
            if (url.isPresent()) {
                ctx.warn("embed-unsupported", "Zenn's @[" + name + "] embed cannot be shown in print or EPUB;"
                        + " written as a link to " + RawHtmlReader.shorten(url.get()), at);
                out.add(new Inline.Link(Attr.classes("embed", "embed-" + name), List.of(new Inline.Text(url.get(), at)),
                        url.get(), "", at));
            } else {
                ctx.warn("embed-unsupported", "Zenn's @[" + name + "] embed cannot be shown in print or EPUB"
                        + " and names no web address; kept as text", at);
                out.add(new Inline.Text("@" + l.getChars(), at));
            }
        }

        /** Reports each Liquid tag ({@code {% … %}}) in the text, outside code: nothing renders it, it prints as written. */
        private void lintTemplateTags(Node doc) {
            for (Node n : doc.getDescendants()) {
                if (!(n instanceof Text) || n.getAncestorOfType(Code.class, FencedCodeBlock.class, IndentedCodeBlock.class) != null) continue;
                Matcher m = Embeds.LIQUID_TAG.matcher(n.getChars());
                while (m.find()) {
                    ctx.warn("template-tag", "the template tag '" + RawHtmlReader.shorten(m.group()) + "' (Liquid: Jekyll,"
                            + " GitHub Pages, GitBook) is not rendered here; kept as text", ctx.pos(base + n.getStartOffset() + m.start()));
                }
            }
        }

        /**
         * The kind of a GFM alert ({@code > [!NOTE]} alone on the quotation's first line), its marker
         * then taken out of the flexmark tree; empty for an ordinary quotation.
         */
        private Optional<String> alertKind(Node quote) {
            if (!(quote.getFirstChild() instanceof Paragraph para) || para.getLineCount() == 0) return Optional.empty();
            Optional<String> kind = ContainerReader.alertKind(para.getLineChars(0).toString(), pos(para), ctx);
            if (kind.isEmpty()) return kind;
            Node c = para.getFirstChild();
            while (c != null) {
                Node next = c.getNext();
                boolean lineEnd = c instanceof SoftLineBreak || c instanceof HardLineBreak;
                c.unlink();
                if (lineEnd) break;
                c = next;
            }
            if (para.getFirstChild() == null) para.unlink();
            return kind;
        }

        private boolean tooDeep(int depth, SourcePos p) {
            if (depth < MAX_DEPTH) return false;
            ctx.warnOnce("nesting-too-deep", "lists and block quotes nested more than " + MAX_DEPTH
                    + " levels deep; the deeper levels are flattened", p);
            return true;
        }

        private Block.Table table(TableBlock tb, SourcePos p) {
            List<Block.Row> head = new ArrayList<>();
            List<Block.Row> body = new ArrayList<>();
            List<Block.Align> aligns = new ArrayList<>();
            int cols = 0;
            for (Node section = tb.getFirstChild(); section != null; section = section.getNext()) {
                boolean isHead = section instanceof TableHead;
                if (!isHead && !(section instanceof TableBody)) continue;
                for (Node r = section.getFirstChild(); r != null; r = r.getNext()) {
                    if (!(r instanceof TableRow)) continue;
                    List<Block.Cell> cells = new ArrayList<>();
                    for (Node c = r.getFirstChild(); c != null; c = c.getNext()) {
                        if (!(c instanceof TableCell cell)) continue;
                        if (isHead && head.isEmpty()) aligns.add(align(cell.getAlignment()));
                        cells.add(new Block.Cell(inlines(cell, 0)));
                    }
                    cols = Math.max(cols, cells.size());
                    (isHead ? head : body).add(new Block.Row(cells));
                }
            }
            while (aligns.size() < cols) aligns.add(Block.Align.DEFAULT);
            return new Block.Table(Attr.EMPTY, aligns, pad(head, cols), pad(body, cols), p);
        }

        private static List<Block.Row> pad(List<Block.Row> rows, int cols) {
            List<Block.Row> out = new ArrayList<>(rows.size());
            for (Block.Row r : rows) {
                if (r.cells().size() == cols) { out.add(r); continue; }
                List<Block.Cell> cells = new ArrayList<>(r.cells());
                while (cells.size() < cols) cells.add(new Block.Cell(List.of()));
                out.add(new Block.Row(cells));
            }
            return out;
        }

        private static Block.Align align(TableCell.Alignment a) {
            if (a == null) return Block.Align.DEFAULT;
            return switch (a) {
                case LEFT -> Block.Align.LEFT;
                case CENTER -> Block.Align.CENTER;
                case RIGHT -> Block.Align.RIGHT;
                default -> Block.Align.DEFAULT;
            };
        }

        // ---- inlines ----

        private List<Inline> inlines(Node parent, int depth) {
            return inlines(parent, depth, Integer.MAX_VALUE);
        }

        /**
         * The inline content of {@code parent} up to body offset {@code end} (where its attribute block
         * starts; only text reaches past it). Attributes right after a link or image go onto it; Zenn's
         * embeds become links.
         */
        private List<Inline> inlines(Node parent, int depth, int end) {
            TagStack<Inline> out = new TagStack<>(html::inlineElement, ctx, "paragraph", MAX_DEPTH);
            int skip = -1; // text before this offset was an attribute block
            for (Node n = parent.getFirstChild(); n != null && n.getStartOffset() < end; n = n.getNext()) {
                int from = Math.max(n.getStartOffset(), skip);
                boolean embed = isZennEmbed(n);
                int to = Math.min(end, n.getEndOffset()) - (embed ? 1 : 0);
                Optional<AttributeBlock.Parsed> after = n instanceof Link || n instanceof Image ? attributesAfter(n) : Optional.empty();
                if (from > n.getStartOffset() || to < n.getEndOffset()) {
                    textPart((Text) n, from, to, out);
                } else if (after.isPresent()) {
                    container(n, depth, out, documentAttr(after.get().attr(), n instanceof Image, pos(n)));
                    skip = after.get().end() - base;
                } else {
                    inline(n, depth, out);
                }
                if (embed) {
                    n = n.getNext();
                    zennEmbed((Link) n, out);
                }
            }
            List<Inline> in = mergeText(out.finish());
            if (end == Integer.MAX_VALUE || in.isEmpty() || !(in.get(in.size() - 1) instanceof Inline.Text last)) return in;
            List<Inline> trimmed = new ArrayList<>(in.subList(0, in.size() - 1));
            if (!last.text().isBlank()) trimmed.add(new Inline.Text(last.text().stripTrailing(), last.pos()));
            return trimmed;
        }

        /** The part of a text node between body offsets {@code from} and {@code to}. */
        private void textPart(Text n, int from, int to, TagStack<Inline> out) {
            if (to <= from) return;
            lintAsterisks(n);
            int start = n.getStartOffset();
            out.add(new Inline.Text(n.getChars().subSequence(from - start, to - start).unescape(), ctx.pos(base + from)));
        }

        private void inline(Node n, int depth, TagStack<Inline> out) {
            if (n instanceof Text) {
                lintAsterisks(n);
                out.add(new Inline.Text(n.getChars().unescape(), pos(n)));
            } else if (n instanceof HtmlEntity) {
                out.add(new Inline.Text(n.getChars().unescape(), pos(n)));
            } else if (n instanceof TextBase) {
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, depth, out);
            } else if (n instanceof SoftLineBreak) {
                out.add(new Inline.SoftBreak());
            } else if (n instanceof HardLineBreak) {
                out.add(new Inline.LineBreak());
            } else if (n instanceof Code c) {
                out.add(new Inline.Code(codeText(c.getText().toString()), pos(n)));
            } else if (n instanceof DollarMath.MathNode m) {
                out.add(math(m.tex(), m.display(), ctx.pos(base + m.texOffset())));
            } else if (n instanceof VfmRuby.RubyNode r) {
                ruby(r, out);
            } else if (n instanceof HtmlInlineComment) {
                // an author's comment: not content
            } else if (n instanceof HtmlInline) {
                htmlInline(n, out);
            } else if (n instanceof Footnote f) {
                footnote(f, out);
            } else if (n instanceof Emphasis || n instanceof StrongEmphasis || n instanceof Strikethrough
                    || n instanceof Link || n instanceof Image || n instanceof LinkRef || n instanceof ImageRef) {
                container(n, depth, out);
            } else if (n instanceof AutoLink a) {
                String url = a.getUrl().toString();
                SourcePos textPos = ctx.pos(base + a.getText().getStartOffset());
                link(url, List.of(new Inline.Text(a.getText().toString(), textPos)), "", pos(n), out, "autolink", Attr.EMPTY);
            } else if (n instanceof MailLink m) {
                String addr = m.getText().toString();
                out.add(new Inline.Link(Attr.EMPTY, List.of(new Inline.Text(addr, pos(n))), "mailto:" + addr, "", pos(n)));
            } else {
                ctx.warn("unsupported-markdown", "unsupported Markdown construct " + n.getNodeName() + " kept as text", pos(n));
                out.add(new Inline.Text(n.getChars().toString(), pos(n)));
            }
        }

        private void container(Node n, int depth, TagStack<Inline> out) {
            container(n, depth, out, Attr.EMPTY);
        }

        /** An inline container; {@code attr} goes onto a link or image. */
        private void container(Node n, int depth, TagStack<Inline> out, Attr attr) {
            SourcePos p = pos(n);
            if (depth >= MAX_DEPTH) {
                ctx.warnOnce("nesting-too-deep", "inline formatting nested more than " + MAX_DEPTH
                        + " levels deep; the deeper levels are flattened", p);
                for (Node c = n.getFirstChild(); c != null; c = c.getNext()) inline(c, depth, out);
                return;
            }
            if (n instanceof LinkRef lr && !lr.isDefined() || n instanceof ImageRef ir && !ir.isDefined()) {
                out.add(new Inline.Text(n.getChars().unescape(), p));
                return;
            }
            List<Inline> content = inlines(n, depth + 1);
            if (n instanceof Emphasis) out.add(new Inline.Emph(content));
            else if (n instanceof StrongEmphasis) out.add(new Inline.Strong(content));
            else if (n instanceof Strikethrough) out.add(new Inline.Strikeout(content));
            else if (n instanceof Link l) link(l.getUrl().unescape(), content, l.getTitle().unescape(), p, out, "link", attr);
            else if (n instanceof Image i) image(i.getUrl().unescape(), content, i.getTitle().unescape(), p, out, attr);
            else if (n instanceof LinkRef lr) {
                Reference r = lr.getReferenceNode(lr.getDocument());
                if (r == null) out.add(new Inline.Text(n.getChars().unescape(), p));
                else link(r.getUrl().unescape(), content, r.getTitle().unescape(), p, out, "link", Attr.EMPTY);
            } else if (n instanceof ImageRef ir) {
                Reference r = ir.getReferenceNode(ir.getDocument());
                if (r == null) out.add(new Inline.Text(n.getChars().unescape(), p));
                else image(r.getUrl().unescape(), content, r.getTitle().unescape(), p, out, Attr.EMPTY);
            }
        }

        private void link(String url, List<Inline> content, String title, SourcePos p, TagStack<Inline> out, String what, Attr attr) {
            if (!HtmlPolicy.isSafeLink(url)) {
                ctx.warn("unsafe-link", "removed unsafe " + what + " target '" + RawHtmlReader.shorten(url) + "'; its text is kept", p);
                out.addAll(content);
                return;
            }
            out.add(new Inline.Link(attr, content, url, title, p));
        }

        private void image(String url, List<Inline> alt, String title, SourcePos p, TagStack<Inline> out, Attr attr) {
            if (!HtmlPolicy.isSafeImageSource(url)) {
                ctx.warn("unsafe-link", "removed image with unsafe source '" + RawHtmlReader.shorten(url) + "'; its alt text is kept", p);
                out.addAll(alt);
                return;
            }
            out.add(new Inline.Image(attr, alt, url, title, p));
        }

        private void htmlInline(Node n, TagStack<Inline> out) {
            String raw = n.getChars().toString().strip();
            SourcePos p = pos(n);
            Matcher close = RawHtmlReader.CLOSE_TAG.matcher(raw);
            if (close.matches()) {
                out.close(close.group(1).toLowerCase(java.util.Locale.ROOT), p);
                return;
            }
            Element el = RawHtmlReader.parseTag(raw);
            if (el == null) {
                ctx.warn("raw-html-removed", "removed raw HTML '" + RawHtmlReader.shorten(raw) + "'", p);
            } else if (RawHtmlReader.isVoid(el, raw)) {
                out.addAll(html.inlineElement(el, List.of(), p));
            } else {
                out.open(el, p);
            }
        }

        private void ruby(VfmRuby.RubyNode r, TagStack<Inline> out) {
            if (r.pairs().isEmpty()) {
                ctx.warn("ruby-mismatch", "ruby '" + r.getChars() + "' has neither one reading nor one per base character;"
                        + " kept as typed", pos(r));
                out.add(new Inline.Text(r.getChars().toString(), pos(r)));
            } else {
                out.add(new Inline.Ruby(r.pairs(), pos(r)));
            }
        }

        private void footnote(Footnote f, TagStack<Inline> out) {
            SourcePos p = pos(f);
            FootnoteBlock fb = f.getFootnoteBlock();
            if (fb == null) {
                ctx.warn("footnote-undefined", "footnote [^" + f.getText() + "] has no definition; kept as text", p);
                out.add(new Inline.Text(f.getChars().toString(), p));
                return;
            }
            if (converting.size() >= MAX_NOTE_DEPTH) {
                ctx.warn("nesting-too-deep", "footnotes nested in footnotes more than " + MAX_NOTE_DEPTH
                        + " deep; [^" + f.getText() + "] kept as text", p);
                out.add(new Inline.Text(f.getChars().toString(), p));
                return;
            }
            if (converting.containsKey(fb)) {
                ctx.warn("footnote-recursive", "footnote [^" + f.getText() + "] refers to itself; kept as text", p);
                out.add(new Inline.Text(f.getChars().toString(), p));
                return;
            }
            List<Block> blocks = notes.get(fb);
            if (blocks == null) {
                converting.put(fb, Boolean.TRUE);
                blocks = blocks(fb, 1);
                converting.remove(fb);
                notes.put(fb, blocks);
            }
            out.add(new Inline.Note(blocks, p));
        }

        /**
         * Warns about a literal {@code **} left in text where the author most likely meant bold: at
         * the start of a line or after a space, or next to a non-ASCII character. CommonMark keeps an
         * unmatched run as text (the CJK-friendly rules of {@link CjkFriendlyInlineParser} already
         * accept {@code **} beside 「」 or ？, so what is left is mostly a run never closed).
         * {@code 2**10} or {@code a ** b} are left alone.
         */
        private void lintAsterisks(Node n) {
            BasedSequence raw = n.getChars();
            int start = base + n.getStartOffset();
            for (int i = 0; i + 1 < raw.length(); i++) {
                if (raw.charAt(i) != '*' || raw.charAt(i + 1) != '*') continue;
                int abs = start + i;
                int end = abs;
                while (end < text.length() && text.charAt(end) == '*') end++;
                char before = abs > 0 ? text.charAt(abs - 1) : '\n';
                char after = end < text.length() ? text.charAt(end) : '\n';
                boolean escaped = before == '\\';
                boolean openerLike = (Character.isWhitespace(before) || before > 0x7f) && !Character.isWhitespace(after);
                if (!escaped && (openerLike || after > 0x7f)) {
                    ctx.warn("unmatched-emphasis", "'**' prints as is, not bold: close it with '**'", ctx.pos(abs));
                }
                i += end - abs - 1;
            }
        }

        /** TeX math as pandoc reads it; {@code p} is where the TeX starts. */
        private static Inline math(String tex, boolean display, SourcePos p) {
            return new Inline.Math(display ? Inline.MathType.DISPLAY : Inline.MathType.INLINE, tex, p);
        }

        /** CommonMark code spans: line ends become spaces; one space stripped from each side if both have one. */
        private static String codeText(String s) {
            String t = s.replace('\n', ' ');
            if (t.length() >= 2 && t.startsWith(" ") && t.endsWith(" ") && !t.isBlank()) t = t.substring(1, t.length() - 1);
            return t;
        }

        /** Joins adjacent text nodes (escapes and entities arrive as separate flexmark nodes). */
        private static List<Inline> mergeText(List<Inline> in) {
            List<Inline> out = new ArrayList<>(in.size());
            StringBuilder sb = null;
            SourcePos first = null;
            for (Inline i : in) {
                if (i instanceof Inline.Text t) {
                    if (sb == null) { sb = new StringBuilder(t.text()); first = t.pos(); }
                    else sb.append(t.text());
                    continue;
                }
                if (sb != null) { if (sb.length() > 0) out.add(new Inline.Text(sb.toString(), first)); sb = null; }
                out.add(i);
            }
            if (sb != null && sb.length() > 0) out.add(new Inline.Text(sb.toString(), first));
            return out;
        }
    }
}
