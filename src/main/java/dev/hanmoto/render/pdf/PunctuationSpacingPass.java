package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.text.Kinsoku;
import dev.hanmoto.text.PunctuationSpacing;
import dev.hanmoto.text.Script;
import dev.hanmoto.theme.PdfTheme;
import java.util.ArrayList;
import java.util.List;

/**
 * Consecutive full-width punctuation in solid setting (JLREQ 3.1.4): each character that
 * {@link PunctuationSpacing} says gives up half an em goes in a {@code span.jp-trim} whose letter
 * spacing takes the half em off its advance (openhtmltopdf has no GPOS, so the fonts' {@code halt}
 * cannot be asked for). The run, with the character before it when the run may not start a line and
 * the one after it when it may not end one, goes in a {@code span.jp-pair} that does not wrap: a
 * break at the boundary of an element would otherwise put 」 at a line's start. Letter spacing also
 * keeps the trimmed character out of openhtmltopdf's justification, so the gap stays as JLREQ sets it.
 *
 * <p>The characters and their order are unchanged: copy and search see the same text. Only where
 * {@code pdf.setting} says solid: the body (and table-of-contents entries) by {@code body}, headings,
 * the title page and the running head by {@code headings}.
 */
final class PunctuationSpacingPass implements AstPass {
    static final String PAIR = "jp-pair";
    static final String TRIM = "jp-trim";
    /**
     * An opening bracket closed up to the closing bracket before it ({@code closing-opening: none}),
     * set in its half-width form: the theme's stylesheet gives this class the proportional twin of
     * the solid face, whose bracket is the half em that holds the ink.
     */
    static final String HALF_FORM = "jp-half-form";
    static final String OPEN_EM = "jp-open-em";
    static final String OPEN_HALF = "jp-open-half";
    /** The collapsible half em after closing punctuation that a line's end drops (JLREQ 3.1.6). */
    static final String END = "jp-end";
    /** The collapsible half em before an opening bracket that a line's start drops (JLREQ 3.1.5). */
    static final String START = "jp-start";
    /**
     * The opening bracket with what may not be parted from it, after a {@link #START} space, moved back
     * by the space's margin ({@code jp-lead3}: three characters).
     */
    static final String LEAD = "jp-lead";
    /** The longest bracket group set flush at a line's start; a longer one keeps the bracket's blank half. */
    static final int MAX_LEAD = 8;
    /** The class prefix of a group's width in half ems ({@code jp-w7}: 3.5em). */
    static final String WIDTH = "jp-w";
    /** The widest group the stylesheet sizes; a longer run of punctuation is left as it is. */
    static final int MAX_HALF_EMS = 40;
    /**
     * The longest run of punctuation grouped: the pairs and short runs of JLREQ 3.1.4 (」「, ）」。).
     * A longer run (（「『（【〔〈《）) is left as text for the line breaker: as one box it is sized to
     * the sum of its trims, and a rounding of them wider than the box wraps it inside, at the
     * boundary of a trimmed character's element, where kinsoku cannot see.
     */
    static final int MAX_RUN = 3;

    @Override
    public Document apply(Document doc, PassContext ctx) {
        PdfTheme.Setting s = ctx.pdf().setting();
        boolean body = s.body() == PdfTheme.Typesetting.SOLID;
        boolean headings = s.headings() == PdfTheme.Typesetting.SOLID;
        boolean whole = switch (ctx.part()) {
            case BODY, TOC_ENTRY -> body;
            case TITLE, SUBTITLE, TITLE_PAGE, RUNNING_HEAD -> headings;
        };
        if (!whole && !(ctx.part() == PassContext.Part.BODY && headings)) return doc;
        PdfTheme.ParagraphBracket start = ctx.part() == PassContext.Part.BODY && body ? s.paragraphBracket() : PdfTheme.ParagraphBracket.EM_AND_HALF;
        // The line edges only in the body's running text, and only where the half-em spaces have a face.
        boolean edges = ctx.part() == PassContext.Part.BODY && ctx.latinSpace().isPresent();
        Splitter split = new Splitter(edges && s.lineStartBracket() == PdfTheme.LineStartBracket.FLUSH,
                edges && s.lineEnd() == PdfTheme.LineEnd.HALF, s.closingOpening() == PdfTheme.ClosingOpening.NONE);
        if (ctx.part() != PassContext.Part.BODY || body == headings) {
            return doc.withBlocks(indented(bracketStarts(intoNext(Walk.mapInlines(doc.blocks(), split::split), split.halfEnd()), start)));
        }
        // The body with headings set otherwise than the running text: each block by its kind.
        return doc.withBlocks(indented(bracketStarts(Walk.mapBlocks(doc.blocks(), b -> {
            if (b instanceof Block.Heading h) {
                return List.of(headings ? h.withInlines(Walk.mapInlineList(h.inlines(), split::split)) : h);
            }
            boolean leaf = b instanceof Block.Para || b instanceof Block.Plain || b instanceof Block.Table;
            return leaf && body ? intoNext(Walk.mapInlines(List.of(b), split::split), split.halfEnd()) : List.of(b);
        }), start)));
    }

    /**
     * Closing punctuation that ends a text before an emphasis, a link or inline code ({@code
     * 、**強調**}, {@code 。`code`}) gets its end space as the element's first child: openhtmltopdf
     * trims a space at a line's end only if no (still empty) box of the next element comes after it,
     * as {@link LatinSpacingPass} found for 和欧間. The writer puts the one before inline code inside it
     * ({@link #xhtml}); there it is sized from the code's smaller font, so the punctuation ends a line
     * a little less than half an em short of its full width.
     */
    private static List<Block> intoNext(List<Block> blocks, boolean halfEnd) {
        if (!halfEnd) return blocks;
        return Walk.mapInlineSequences(blocks, xs -> {
            List<Inline> out = new ArrayList<>(xs.size());
            boolean changed = false;
            for (int k = 0; k < xs.size(); k++) {
                Inline x = xs.get(k);
                int last = k > 0 && xs.get(k - 1) instanceof Inline.Text t && !t.text().isEmpty() ? t.text().codePointBefore(t.text().length()) : -1;
                int first = last >= 0 && PunctuationSpacing.isClosing(last) ? firstChar(x) : -1;
                if (first < 0 || !Splitter.breakable(last, first)) {
                    out.add(x);
                    continue;
                }
                changed = true;
                if (x instanceof Inline.Code) {
                    out.add(Splitter.space(END));
                    out.add(x);
                } else {
                    List<Inline> kids = new ArrayList<>();
                    kids.add(Splitter.space(END));
                    kids.addAll(Walk.childInlines(x));
                    out.add(Walk.withChildren(x, kids));
                }
            }
            return changed ? out : xs;
        });
    }

    /** The first character of an emphasis, link or inline code, or -1 (another element, or one that starts with a span). */
    private static int firstChar(Inline x) {
        if (x instanceof Inline.Code c) return c.text().isEmpty() ? -1 : c.text().codePointAt(0);
        if (!(x instanceof Inline.Strong || x instanceof Inline.Emph || x instanceof Inline.Strikeout || x instanceof Inline.Link)) return -1;
        List<Inline> kids = Walk.childInlines(x);
        if (kids.isEmpty()) return -1;
        Inline k = kids.get(0);
        if (k instanceof Inline.Text t) return t.text().isEmpty() ? -1 : t.text().codePointAt(0);
        return firstChar(k);
    }

    @Override
    public XhtmlOptions xhtml(XhtmlOptions options) {
        java.util.function.Predicate<Inline.Span> end = s -> s.attr().hasClass(END);
        return options.withIntoNextCode(options.intoNextCode().or(end));
    }

    /**
     * An opening bracket that starts a paragraph (JLREQ 3.1.5) set as the theme's
     * {@code pdf.setting.paragraph-bracket} says: the bracket, with what may not be parted from it, in a
     * {@code span.jp-open-em} or {@code span.jp-open-half} whose negative left margin takes half an em
     * or one em off the indent. Only the top-level paragraphs: they are the ones the stylesheet indents
     * (a list item's or a quotation's paragraph starts flush, and its bracket keeps its blank half).
     */
    private static List<Block> bracketStarts(List<Block> blocks, PdfTheme.ParagraphBracket start) {
        if (start == PdfTheme.ParagraphBracket.EM_AND_HALF) return blocks;
        String cls = start == PdfTheme.ParagraphBracket.EM ? OPEN_EM : OPEN_HALF;
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(b instanceof Block.Para p ? new Block.Para(bracketStart(p.inlines(), cls), p.pos()) : b);
        return out;
    }

    private static List<Inline> bracketStart(List<Inline> xs, String cls) {
        int i = 0;
        while (i < xs.size() && xs.get(i) instanceof Inline.Span s && s.attr().hasClass(LastLineKeepPass.INDENT)) i++;
        if (i == xs.size()) return xs;
        List<Inline> out = new ArrayList<>(xs.subList(0, i));
        Inline first = xs.get(i);
        if (first instanceof Inline.Span s && s.attr().hasClass(PAIR) && startsWithBracket(firstText(s))) {
            out.add(new Inline.Span(Attr.classes(cls), List.of(first)));
        } else if (first instanceof Inline.Text t && startsWithBracket(t.text())) {
            String text = t.text();
            // The bracket with what follows up to the first place a line may break: the span's end is
            // an element boundary, where openhtmltopdf may break whatever the characters.
            int end = text.offsetByCodePoints(0, 1);
            while (end < text.length() && (Kinsoku.mayNotEndLine(text.codePointBefore(end)) || Kinsoku.mayNotStartLine(text.codePointAt(end)))) {
                end = text.offsetByCodePoints(end, 1);
            }
            out.add(new Inline.Span(Attr.classes(cls), List.of(text(text.substring(0, end), t.pos()))));
            if (end < text.length()) out.add(text(text.substring(end), t.pos()));
        } else {
            return xs;
        }
        out.addAll(xs.subList(i + 1, xs.size()));
        return out;
    }

    /** The text a group starts with: its first child's, or that of the trimmed character's span. */
    private static String firstText(Inline i) {
        while (i instanceof Inline.Span s && !s.content().isEmpty()) i = s.content().get(0);
        return i instanceof Inline.Text t ? t.text() : "";
    }

    private static boolean startsWithBracket(String s) {
        return !s.isEmpty() && PunctuationSpacing.isOpeningBracket(s.codePointAt(0));
    }

    /**
     * openhtmltopdf drops a paragraph's text-indent when an inline-block stands on its first line; an
     * empty inline-block first (as {@link LastLineKeepPass} puts before its keeps) draws it again.
     */
    private static List<Block> indented(List<Block> blocks) {
        return Walk.mapBlocks(blocks, b -> {
            if (!(b instanceof Block.Para p) || p.inlines().isEmpty() || !hasPair(p.inlines())) return List.of(b);
            if (p.inlines().get(0) instanceof Inline.Span s && s.attr().hasClass(LastLineKeepPass.INDENT)) return List.of(b);
            List<Inline> xs = new ArrayList<>();
            xs.add(new Inline.Span(Attr.classes(LastLineKeepPass.INDENT), List.of(new Inline.Span(Attr.EMPTY, List.of()))));
            xs.addAll(p.inlines());
            return List.of(new Block.Para(xs, p.pos()));
        });
    }

    private static boolean hasPair(List<Inline> xs) {
        boolean[] found = {false};
        Walk.forEachInline(List.of(new Block.Plain(xs, SourcePos.NONE)), i -> {
            if (i instanceof Inline.Span s && s.attr().hasClass(PAIR)) found[0] = true;
        });
        return found[0];
    }

    @Override
    public String css(PassContext ctx) {
        // An inline-block: openhtmltopdf breaks between the boxes of a nowrap span, never inside an
        // inline-block; it sizes one without its content's letter spacing, so the width is written.
        StringBuilder css = new StringBuilder("." + PAIR + " { display: inline-block; text-indent: 0; }\n"
                + "." + TRIM + " { letter-spacing: -0.5em; }\n"
                + "." + OPEN_EM + " { margin-left: -0.5em; }\n"
                + "." + OPEN_HALF + " { margin-left: -1em; }\n");
        ctx.latinSpace().ifPresent(f -> {
            css.append(f.rule(END, 0.5, "margin-left", -0.5));
            // The space before a group of n characters with n - 0.5 em of margin, the group n em back:
            // the space fits on the line only where the whole group does, else the line breaks before
            // the space, which the next line then drops, and the bracket starts half an em early.
            for (int n = 1; n <= MAX_LEAD; n++) {
                css.append(f.rule(START + n, 0.5, "margin-right", n - 0.5));
                css.append('.').append(LEAD).append(n).append(" { margin-left: -").append(n).append("em; }\n");
            }
        });
        for (int h = 1; h <= MAX_HALF_EMS; h++) {
            css.append('.').append(WIDTH).append(h).append(" { width: ").append(h / 2).append(h % 2 == 1 ? ".5" : "").append("em; }\n");
        }
        return css.toString();
    }

    /**
     * Consecutive punctuation grouped and trimmed; with {@code flushStart} and {@code halfEnd}, also
     * the line edges of JLREQ 3.1.5 and 3.1.6, which depend on where the lines break. Both are done
     * with a collapsible space, the one thing a line breaker drops at a line's edges by itself, so one
     * layout sets them wherever the lines fall:
     * <ul>
     *   <li>a closing bracket, comma or full stop followed by a place a line may break gets a {@code
     *       span.jp-end} after it: a half-em space with half an em of negative margin. Inside a line the
     *       two cancel and the punctuation keeps its em; at a line's end the space is dropped and the
     *       margin takes the blank half off the line, which justification then fills;
     *   <li>an opening bracket after such a place goes, with what may not be parted from it (n
     *       characters), in a {@code span.jp-leadN} pulled n em back, after a {@code span.jp-startN}: a
     *       half-em space with n - 0.5 em of margin. Inside a line the two add up to the half em the
     *       bracket's blank takes; the space and its margin fit on a line only where the whole group
     *       does, so a line that cannot hold the group breaks before the space, the next line drops
     *       it, and the bracket's ink stands at the line head. (A break after the space would keep it:
     *       openhtmltopdf does not trim a space that the next element's still empty box follows.)
     * </ul>
     * Only between characters of one text and the groups cut from it: at another element's boundary
     * openhtmltopdf keeps a space at a line's end (an end space before a closed-up pair, whose
     * inline-block wraps, stays as neutral as inside the line: the punctuation then keeps its em).
     */
    private record Splitter(boolean flushStart, boolean halfEnd, boolean closeBrackets) {
        List<Inline> split(Inline i) {
            if (!(i instanceof Inline.Text t)) return List.of(i);
            String s = t.text();
            List<PunctuationSpacing.Run> runs = PunctuationSpacing.runs(s, closeBrackets);
            if (runs.isEmpty() && !flushStart && !halfEnd) return List.of(i);
            List<Inline> out = new ArrayList<>();
            int at = 0;
            for (PunctuationSpacing.Run r : runs) {
                if (r.start() < at) continue;  // taken into the group before
                if (s.codePointCount(r.start(), r.end()) > MAX_RUN) continue;
                int start = r.start();
                int end = r.end();
                // Grown until a line may break before and after it: 」 may not start a line, 「 not end one.
                while (start > at && (Kinsoku.mayNotStartLine(s.codePointAt(start)) || Kinsoku.mayNotEndLine(s.codePointBefore(start)))) {
                    start = s.offsetByCodePoints(start, -1);
                }
                end = grown(s, end);
                // At the edge of the text (another element's box next to it) the group could not grow:
                // openhtmltopdf may break there, so the run is left as it is.
                if ((start == at && Kinsoku.mayNotStartLine(s.codePointAt(start)))
                        || (end == s.length() && Kinsoku.mayNotEndLine(s.codePointBefore(end)))) continue;
                String group = s.substring(start, end);
                // Its width is written in ems: every member must be on the em grid.
                int halfEms = 2 * group.codePointCount(0, group.length()) - r.halfEms();
                if (!group.codePoints().allMatch(Script::isFullWidth) || halfEms > MAX_HALF_EMS) continue;
                if (start > at) edges(s, at, start, t.pos(), out);
                List<Inline> pair = new ArrayList<>();
                int from = start;
                List<Integer> cut = new ArrayList<>(r.trimmed());
                cut.addAll(r.halved());
                cut.sort(null);
                for (int k : cut) {
                    if (k > from) pair.add(text(s.substring(from, k), t.pos()));
                    int after = s.offsetByCodePoints(k, 1);
                    String cls = r.halved().contains(k) ? HALF_FORM : TRIM;
                    pair.add(new Inline.Span(Attr.classes(cls), List.of(text(s.substring(k, after), t.pos()))));
                    from = after;
                }
                if (end > from) pair.add(text(s.substring(from, end), t.pos()));
                out.add(new Inline.Span(Attr.classes(PAIR, WIDTH + halfEms), pair));
                at = end;
            }
            if (at < s.length()) edges(s, at, s.length(), t.pos(), out);
            return out.size() == 1 && out.get(0) instanceof Inline.Text ? List.of(i) : out;
        }

        /** {@code s[from, to)}, outside any group, with its line-edge spaces and bracket groups. */
        private void edges(String s, int from, int to, SourcePos pos, List<Inline> out) {
            int at = from;
            int k = from;
            while (k < to) {
                int cp = s.codePointAt(k);
                int after = k + Character.charCount(cp);
                if (halfEnd && after < s.length() && PunctuationSpacing.isClosing(cp) && breakable(cp, s.codePointAt(after))) {
                    if (after > at) out.add(text(s.substring(at, after), pos));
                    out.add(space(END));
                    at = after;
                } else if (flushStart && k > 0 && PunctuationSpacing.isOpeningBracket(cp) && breakable(s.codePointBefore(k), cp)) {
                    int end = grown(s, after);
                    if (end <= to && !(end == s.length() && Kinsoku.mayNotEndLine(s.codePointBefore(end)))
                            && s.codePointCount(k, end) <= MAX_LEAD && s.substring(k, end).codePoints().allMatch(Script::isFullWidth)) {
                        if (k > at) out.add(text(s.substring(at, k), pos));
                        // Right after an end space (。「 not closed up as a pair): one space, not two, as
                        // openhtmltopdf collapses a space that follows another across elements.
                        if (k == at && !out.isEmpty() && out.get(out.size() - 1) instanceof Inline.Span e && e.attr().hasClass(END)) {
                            out.remove(out.size() - 1);
                        }
                        int n = s.codePointCount(k, end);
                        out.add(space(START + n));
                        out.add(new Inline.Span(Attr.classes(LEAD + n), List.of(text(s.substring(k, end), pos))));
                        // A group that ends with closing punctuation (「運」) ends a line as that
                        // punctuation does outside a group.
                        if (halfEnd && end < s.length() && PunctuationSpacing.isClosing(s.codePointBefore(end))
                                && breakable(s.codePointBefore(end), s.codePointAt(end))) {
                            out.add(space(END));
                        }
                        at = end;
                        k = end;
                        continue;
                    }
                }
                k = after;
            }
            if (to > at) out.add(text(s.substring(at, to), pos));
        }

        /** {@code end} moved on while the characters on either side of it may not be parted. */
        private static int grown(String s, int end) {
            while (end < s.length() && (Kinsoku.mayNotEndLine(s.codePointBefore(end)) || Kinsoku.mayNotStartLine(s.codePointAt(end)))) {
                end = s.offsetByCodePoints(end, 1);
            }
            return end;
        }

        /**
         * A line may break between {@code a} and {@code b}, and neither is a space (a typed space is a
         * break of its own). Either may be punctuation: a pair before 「 (、「) ends where a line may
         * break, and the spaces are neutral inside a line, so a bracket after one is flush at a line's
         * start as well.
         */
        private static boolean breakable(int a, int b) {
            return !Character.isWhitespace(a) && !Character.isWhitespace(b) && !Kinsoku.mayNotEndLine(a) && !Kinsoku.mayNotStartLine(b);
        }

        private static Inline space(String cls) {
            return new Inline.Span(Attr.classes(cls), List.of(new Inline.Text(" ", SourcePos.NONE)));
        }
    }

    private static Inline.Text text(String s, SourcePos pos) {
        return new Inline.Text(s, pos);
    }
}
