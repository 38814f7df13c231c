package dev.hanmoto.render.xhtml;

import dev.hanmoto.ast.Inline;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Per-output choices of the XHTML writer; everything else is the same for PDF and EPUB.
 *
 * @param footnotes   how footnotes are written
 * @param imageSource the {@code src} to write for an image (a renderer may copy, embed or refuse it);
 *                    empty means "write the alt text instead"
 * @param emojiSource the {@code src} of the artwork for an emoji sequence; empty means "write the
 *                    characters as text"
 * @param linkTarget  rewrites a link target (e.g. {@code #id} → {@code chapter-3.xhtml#id} in an EPUB)
 * @param mathSource  the picture of a TeX formula ({@link Inline.Math}); empty means "write the TeX as code"
 * @param emojiInCode where emoji sequences lie in a code text (inline code and code blocks are leaves:
 *                    no pass can mark them); each one that {@code emojiSource} has artwork for is written
 *                    as its picture, as in text; none by default
 * @param intoNextCode spans that, standing right before inline code, are written inside the code
 *                    element as its first child (inline code is a leaf in the tree, so a pass cannot
 *                    put them there; the PDF's 和欧間 span then takes the code's font size); none by default
 * @param code        how code blocks are written: numbered by default or not, and whether every line
 *                    gets a gutter cell even unnumbered (the PDF's continuation mark hides behind it)
 */
public record XhtmlOptions(FootnoteStyle footnotes,
                           Function<Inline.Image, Optional<String>> imageSource,
                           Function<String, Optional<String>> emojiSource,
                           Function<String, String> linkTarget,
                           Function<Formula, Optional<MathImage>> mathSource,
                           Predicate<Inline.Span> intoNextCode,
                           Function<String, List<TextRange>> emojiInCode,
                           Code code) {

    /** The UTF-16 range [start, end) of a code text. */
    public record TextRange(int start, int end) {}

    /**
     * Code block choices.
     *
     * @param lineNumbers number every block's lines unless a block says {@code nonumberLines}
     * @param gutter      write the gutter cell ({@code span.ln}) on every line, empty when unnumbered
     * @param digitBoxes  write a number's digits as empty boxes {@code span.lnd.dN}, which the PDF's
     *                    stylesheet draws as pictures, so that no number is in the text layer
     * @param textLayer   write for a PDF's layout and text layer: each plain run in a {@code span} of its
     *                    own, so that the layout draws a line's runs in their order (it draws a box's own
     *                    text before its children's, which put the tokens after the plain text); tabs as
     *                    the spaces to the next tab stop (the layout draws eight spaces wherever a tab
     *                    stands); and the code as written in the {@code pre}'s {@code title} after
     *                    {@link #CODE_TEXT_MARK}, which the PDF turns into the block's {@code /ActualText}
     */
    public record Code(boolean lineNumbers, boolean gutter, boolean digitBoxes, boolean textLayer) {
        /** Unnumbered, no gutter. */
        public static final Code PLAIN = new Code(false, false, false, false);

        /**
         * The first character of a code block's {@code title} that holds its code (a private-use
         * character, so that no title a writer gives starts with it).
         */
        public static final char CODE_TEXT_MARK = '\uE0C0';

        public Code(boolean lineNumbers, boolean gutter) {
            this(lineNumbers, gutter, false, false);
        }
    }

    /** A TeX formula to draw; {@code display} for a displayed equation, else inline (text style). */
    public record Formula(String tex, boolean display) {}

    /**
     * A formula's picture: its {@code src} and its box in em of the surrounding text, {@code depth}
     * being how far the formula's baseline lies above the picture's bottom edge.
     */
    public record MathImage(String src, double width, double height, double depth) {}

    /** Footnote styles: CSS Paged Media page floats, or EPUB 3 noteref links with asides. */
    public enum FootnoteStyle {
        /** {@code <span class="footnote">} at the reference point, for {@code float: footnote}. */
        PAGE_FLOAT,
        /** {@code <a epub:type="noteref">} plus {@code <aside epub:type="footnote">} after the content. */
        EPUB_ASIDE
    }

    /** Defaults: images and links as written, emoji as text, formulas as their TeX. */
    public static XhtmlOptions of(FootnoteStyle style) {
        return new XhtmlOptions(style, img -> Optional.of(img.src()), e -> Optional.empty(), Function.identity(),
                f -> Optional.empty(), s -> false, s -> List.of(), Code.PLAIN);
    }

    public XhtmlOptions withImageSource(Function<Inline.Image, Optional<String>> f) {
        return new XhtmlOptions(footnotes, f, emojiSource, linkTarget, mathSource, intoNextCode, emojiInCode, code);
    }

    public XhtmlOptions withEmojiSource(Function<String, Optional<String>> f) {
        return new XhtmlOptions(footnotes, imageSource, f, linkTarget, mathSource, intoNextCode, emojiInCode, code);
    }

    public XhtmlOptions withLinkTarget(Function<String, String> f) {
        return new XhtmlOptions(footnotes, imageSource, emojiSource, f, mathSource, intoNextCode, emojiInCode, code);
    }

    public XhtmlOptions withMathSource(Function<Formula, Optional<MathImage>> f) {
        return new XhtmlOptions(footnotes, imageSource, emojiSource, linkTarget, f, intoNextCode, emojiInCode, code);
    }

    public XhtmlOptions withEmojiInCode(Function<String, List<TextRange>> f) {
        return new XhtmlOptions(footnotes, imageSource, emojiSource, linkTarget, mathSource, intoNextCode, f, code);
    }

    public XhtmlOptions withIntoNextCode(Predicate<Inline.Span> p) {
        return new XhtmlOptions(footnotes, imageSource, emojiSource, linkTarget, mathSource, p, emojiInCode, code);
    }

    public XhtmlOptions withCode(Code c) {
        return new XhtmlOptions(footnotes, imageSource, emojiSource, linkTarget, mathSource, intoNextCode, emojiInCode, c);
    }
}
