package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.text.Script;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 和欧間 (JLREQ 3.2.6: a quarter em in principle): the space between a kana or kanji and a Latin
 * letter or digit, on this renderer's copy of the tree. Each such boundary — inside one text, or
 * between a text and an element such as {@code `code`} or {@code **Java**} — gets a {@code span.wa}
 * holding one ordinary space; next to punctuation, brackets, emoji or footnote references there is no
 * boundary, so no span. Spaces the author typed at a boundary are replaced by it.
 *
 * <p>Why a space: it is the one thing CSS already drops at a line's start and hangs at its end, which
 * is what JLREQ asks of 和欧間. This pass's CSS sizes it ({@link LatinSpaceFont}, from {@code
 * pdf.ja-latin-space}) and gives it a letter spacing, which keeps openhtmltopdf's justification from
 * stretching it like a word space. The space is a layout device only: {@link LatinSpacingPagePass}
 * removes its glyph from the finished pages, so copied or searched text gets no character that the
 * source does not have.
 *
 * <p>In the body and the title-page lines and table-of-contents entries; not in running heads, which
 * are one line set tight (a running head copied from a heading loses the spans again, and with them
 * the spaces typed at a boundary).
 */
final class LatinSpacingPass implements AstPass {
    /** The class of the spacing span; its CSS rule ({@link LatinSpaceFont}) and the writer key on it. */
    static final String CLASS = "wa";

    @Override
    public Document apply(Document doc, PassContext ctx) {
        if (ctx.latinSpace().filter(LatinSpaceFont::spaced).isEmpty() || ctx.part() == PassContext.Part.RUNNING_HEAD) return doc;
        return doc.withBlocks(Walk.mapBlocks(Walk.mapOwnInlines(doc.blocks(), LatinSpacingPass::space), b -> {
            if (b instanceof Block.Div d && d.attr().hasClass(RunningHeadPass.CLASS)) {
                return List.of(new Block.Div(d.attr(), Walk.mapInlines(d.blocks(),
                        i -> i instanceof Inline.Span s && isSpacing(s) ? List.of() : List.of(i)), d.pos()));
            }
            return List.of(b);
        }));
    }

    @Override
    public String css(PassContext ctx) {
        return ctx.latinSpace().map(LatinSpaceFont::css).orElse("");
    }

    /**
     * A spacing span right before inline code goes inside the code element, for the same reason spans
     * go inside a following emphasis or link: inline code is a leaf in the tree, so the writer does
     * it. Inside code the span is sized from the code's font size, a little smaller than elsewhere
     * when the theme sets code smaller.
     */
    @Override
    public XhtmlOptions xhtml(XhtmlOptions options) {
        return options.withIntoNextCode(LatinSpacingPass::isSpacing);
    }

    /** One inline sequence with its 和欧間 spans (children first, then the boundaries between members). */
    static List<Inline> space(List<Inline> in) {
        List<Inline> out = new ArrayList<>();
        for (Inline i : withoutTypedSpaces(in)) {
            Inline x = withChildren(i);
            if (!out.isEmpty()) {
                Optional<Integer> before = lastChar(out.get(out.size() - 1));
                Optional<Integer> after = firstChar(x);
                if (before.isPresent() && after.isPresent() && boundary(before.get(), after.get())) {
                    // Into an element that follows, as its first child: openhtmltopdf trims a space at a
                    // line's end only if no (still empty) box of the next element comes after it.
                    if (isSpaced(x)) x = withFirst(x, span());
                    else out.add(span());
                }
            }
            if (x instanceof Inline.Text t) out.addAll(split(t));
            else out.add(x);
        }
        return out;
    }

    /**
     * The sequence without the spaces an author typed between Japanese and Latin ({@code PDF では},
     * a line break between them in the source): they become the same 和欧間 as {@code PDFでは}, as
     * in pLaTeX or xeCJK, instead of a word space that justification stretches. Inside a text and
     * across element boundaries; a full-width space (U+3000) is deliberate and stays.
     */
    private static List<Inline> withoutTypedSpaces(List<Inline> in) {
        List<Inline> xs = new ArrayList<>();
        for (Inline i : in) xs.add(i instanceof Inline.Text t ? new Inline.Text(TYPED.matcher(t.text()).replaceAll(m ->
                boundary(m.group(1).codePointAt(0), m.group(3).codePointAt(0)) ? "$1" : "$0"), t.pos()) : i);
        for (int k = 0; k < xs.size(); k++) {
            Inline x = xs.get(k);
            Optional<Integer> before = k > 0 ? lastChar(xs.get(k - 1)) : Optional.empty();
            Optional<Integer> after = k + 1 < xs.size() ? firstChar(xs.get(k + 1)) : Optional.empty();
            if (x instanceof Inline.SoftBreak && before.isPresent() && after.isPresent() && boundary(before.get(), after.get())) {
                xs.remove(k--);
            } else if (x instanceof Inline.Text t) {
                String s = t.text();
                String trimmed = s;
                if (after.isPresent() && !s.isBlank()) {
                    String end = s.stripTrailing();
                    if (end.length() < s.length() && s.substring(end.length()).chars().allMatch(c -> c == ' ')
                            && boundary(end.codePointBefore(end.length()), after.get())) trimmed = end;
                }
                if (before.isPresent() && !trimmed.isBlank()) {
                    String start = trimmed.stripLeading();
                    if (start.length() < trimmed.length() && trimmed.substring(0, trimmed.length() - start.length()).chars().allMatch(c -> c == ' ')
                            && boundary(before.get(), start.codePointAt(0))) trimmed = start;
                }
                if (!trimmed.equals(s)) xs.set(k, new Inline.Text(trimmed, t.pos()));
            }
        }
        return xs;
    }

    /** A character, ordinary spaces, a character: the spaces go if the two are Japanese and Latin. */
    private static final java.util.regex.Pattern TYPED = java.util.regex.Pattern.compile("(\\S)( +)(?=(\\S))");

    /** A container with its own sequence spaced; leaves, emoji, images and notes as they are. */
    private static Inline withChildren(Inline x) {
        return isSpaced(x) ? Walk.withChildren(x, space(Walk.childInlines(x))) : x;
    }

    /** The container with {@code first} put before its content. */
    private static Inline withFirst(Inline x, Inline first) {
        List<Inline> kids = new ArrayList<>();
        kids.add(first);
        kids.addAll(Walk.childInlines(x));
        return Walk.withChildren(x, kids);
    }

    /** A text cut at each boundary inside it, with a span in each cut. */
    private static List<Inline> split(Inline.Text t) {
        String s = t.text();
        List<Inline> out = new ArrayList<>();
        int from = 0;
        int prev = -1;
        for (int k = 0; k < s.length(); ) {
            int cp = s.codePointAt(k);
            if (prev >= 0 && boundary(prev, cp)) {
                out.add(new Inline.Text(s.substring(from, k), t.pos()));
                out.add(span());
                from = k;
            }
            prev = cp;
            k += Character.charCount(cp);
        }
        if (from == 0) return List.of(t);
        out.add(new Inline.Text(s.substring(from), t.pos()));
        return out;
    }

    private static Inline span() {
        return new Inline.Span(Attr.classes(CLASS), List.of(new Inline.Text(" ", SourcePos.NONE)));
    }

    /**
     * True between a Japanese letter (kana or kanji, with ー 々 〆; not punctuation) and a Latin letter
     * or ASCII digit, in either order ({@link Script}).
     */
    static boolean boundary(int a, int b) {
        return Script.isJapaneseLetter(a) && Script.isLatinLetterOrDigit(b)
                || Script.isLatinLetterOrDigit(a) && Script.isJapaneseLetter(b);
    }

    private static Optional<Integer> firstChar(Inline x) {
        if (x instanceof Inline.Math m) return mathChar(m);
        if (x instanceof Inline.Text t) return first(t.text());
        if (x instanceof Inline.Code c) return first(c.text());
        if (!isSpaced(x)) return Optional.empty();
        for (Inline k : Walk.childInlines(x)) {
            if (k instanceof Inline.Span s && isSpacing(s)) return Optional.empty(); // spaced already
            return firstChar(k);
        }
        return Optional.empty();
    }

    private static Optional<Integer> lastChar(Inline x) {
        if (x instanceof Inline.Math m) return mathChar(m);
        if (x instanceof Inline.Text t) return last(t.text());
        if (x instanceof Inline.Code c) return last(c.text());
        if (!isSpaced(x)) return Optional.empty();
        List<Inline> kids = Walk.childInlines(x);
        return kids.isEmpty() ? Optional.empty() : lastChar(kids.get(kids.size() - 1));
    }

    private static Optional<Integer> first(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s.codePointAt(0));
    }

    private static Optional<Integer> last(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(s.codePointBefore(s.length()));
    }

    /** Elements whose text continues the line's text: emphasis, links, plain spans. */
    private static boolean isSpaced(Inline x) {
        return x instanceof Inline.Emph || x instanceof Inline.Strong || x instanceof Inline.Strikeout
                || x instanceof Inline.Link || x instanceof Inline.Span s && !Pictures.isEmoji(s) && !isSpacing(s);
    }

    /**
     * An inline TeX formula is spaced like a Latin word on both sides, as pLaTeX puts xkanjiskip
     * around inline math; the spacing spans go beside it, a formula having no inside. A displayed
     * formula stands on its own line and takes none.
     */
    private static Optional<Integer> mathChar(Inline.Math m) {
        return m.isDisplay() ? Optional.empty() : Optional.of((int) 'x');
    }

    static boolean isSpacing(Inline.Span s) {
        return s.attr().hasClass(CLASS);
    }
}
