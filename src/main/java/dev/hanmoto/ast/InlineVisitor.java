package dev.hanmoto.ast;

/** One method per {@link Inline} type; adding an inline type breaks every visitor at compile time. */
public interface InlineVisitor<R> {
    R visitText(Inline.Text i);
    R visitSoftBreak(Inline.SoftBreak i);
    R visitLineBreak(Inline.LineBreak i);
    R visitEmph(Inline.Emph i);
    R visitStrong(Inline.Strong i);
    R visitStrikeout(Inline.Strikeout i);
    R visitSuperscript(Inline.Superscript i);
    R visitSubscript(Inline.Subscript i);
    R visitCode(Inline.Code i);
    R visitMath(Inline.Math i);
    R visitLink(Inline.Link i);
    R visitImage(Inline.Image i);
    R visitSpan(Inline.Span i);
    R visitRuby(Inline.Ruby i);
    R visitNote(Inline.Note i);
}
