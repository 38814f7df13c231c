package dev.hanmoto.ast;

import java.util.List;
import java.util.Objects;

/** Inline nodes. Text, code, math, links and images carry their source position for diagnostics. */
public sealed interface Inline {
    <R> R accept(InlineVisitor<R> v);

    /** Plain text, spaces included. */
    record Text(String text, SourcePos pos) implements Inline {
        public Text { Objects.requireNonNull(text); Objects.requireNonNull(pos); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitText(this); }
    }

    /** A soft line break in the source (rendered as a space, or nothing between CJK characters). */
    record SoftBreak() implements Inline {
        public <R> R accept(InlineVisitor<R> v) { return v.visitSoftBreak(this); }
    }

    /** A hard line break. */
    record LineBreak() implements Inline {
        public <R> R accept(InlineVisitor<R> v) { return v.visitLineBreak(this); }
    }

    /** Emphasis. */
    record Emph(List<Inline> content) implements Inline {
        public Emph { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitEmph(this); }
    }

    /** Strong emphasis. */
    record Strong(List<Inline> content) implements Inline {
        public Strong { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitStrong(this); }
    }

    /** Struck-out text. */
    record Strikeout(List<Inline> content) implements Inline {
        public Strikeout { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitStrikeout(this); }
    }

    /** Superscript. */
    record Superscript(List<Inline> content) implements Inline {
        public Superscript { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitSuperscript(this); }
    }

    /** Subscript. */
    record Subscript(List<Inline> content) implements Inline {
        public Subscript { content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitSubscript(this); }
    }

    /** Inline code. */
    record Code(String text, SourcePos pos) implements Inline {
        public Code { Objects.requireNonNull(text); Objects.requireNonNull(pos); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitCode(this); }
    }

    /** A hyperlink; {@code target} is a URL, a {@code #fragment} or a relative path. */
    record Link(Attr attr, List<Inline> content, String target, String title, SourcePos pos) implements Inline {
        public Link {
            Objects.requireNonNull(attr);
            content = List.copyOf(content);
            Objects.requireNonNull(target);
            title = title == null ? "" : title;
            Objects.requireNonNull(pos);
        }
        public <R> R accept(InlineVisitor<R> v) { return v.visitLink(this); }
    }

    /** An image; {@code alt} is its alternative text as inlines. */
    record Image(Attr attr, List<Inline> alt, String src, String title, SourcePos pos) implements Inline {
        public Image {
            Objects.requireNonNull(attr);
            alt = List.copyOf(alt);
            Objects.requireNonNull(src);
            title = title == null ? "" : title;
            Objects.requireNonNull(pos);
        }
        public <R> R accept(InlineVisitor<R> v) { return v.visitImage(this); }
    }

    /**
     * TeX math (pandoc's {@code Math}): the formula's TeX as written, and where that TeX starts. A
     * writer draws it or, where it cannot, shows the TeX; a formula's plain text is its TeX. The
     * attributes (none from a reader) are a renderer pass's marks, which a writer puts on the
     * formula's picture.
     */
    record Math(Attr attr, MathType type, String tex, SourcePos pos) implements Inline {
        public Math { Objects.requireNonNull(attr); Objects.requireNonNull(type); Objects.requireNonNull(tex); Objects.requireNonNull(pos); }
        public Math(MathType type, String tex, SourcePos pos) { this(Attr.EMPTY, type, tex, pos); }
        public boolean isDisplay() { return type == MathType.DISPLAY; }
        public Math withAttr(Attr a) { return new Math(a, type, tex, pos); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitMath(this); }
    }

    /** pandoc's {@code DisplayMath} (an equation set on a line of its own) and {@code InlineMath} (in the text). */
    enum MathType { DISPLAY, INLINE }

    /** A generic inline container (emoji, sanitised raw HTML, language spans). */
    record Span(Attr attr, List<Inline> content) implements Inline {
        public Span { Objects.requireNonNull(attr); content = List.copyOf(content); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitSpan(this); }
    }

    /**
     * Ruby (furigana, JLREQ 3.3): bases with their readings. One pair is group ruby (the reading
     * belongs to the whole base, 熟語ルビ as {@code {漢字|かんじ}}); several pairs are mono-ruby, one
     * reading per base character ({@code {漢字|かん|じ}}). The base is the text: readers and the
     * plain text see it first; the readings are an annotation.
     */
    record Ruby(List<RubyPair> pairs, SourcePos pos) implements Inline {
        public Ruby {
            pairs = List.copyOf(pairs);
            if (pairs.isEmpty()) throw new IllegalArgumentException("ruby without a base");
            Objects.requireNonNull(pos);
        }
        /** The bases, in order: the text the ruby annotates. */
        public String base() {
            StringBuilder sb = new StringBuilder();
            for (RubyPair p : pairs) sb.append(p.base());
            return sb.toString();
        }
        /** One reading per base character (several pairs), not one for the whole base. */
        public boolean mono() { return pairs.size() > 1; }
        public <R> R accept(InlineVisitor<R> v) { return v.visitRuby(this); }
    }

    /** One base of a {@link Ruby} and its reading, the ruby text ({@code rt}). */
    record RubyPair(String base, String text) {
        public RubyPair { Objects.requireNonNull(base); Objects.requireNonNull(text); }
    }

    /** A footnote: its content, at its reference point. Notes carry no number: writers number them in document order. */
    record Note(List<Block> blocks, SourcePos pos) implements Inline {
        public Note { blocks = List.copyOf(blocks); Objects.requireNonNull(pos); }
        public <R> R accept(InlineVisitor<R> v) { return v.visitNote(this); }
    }
}
