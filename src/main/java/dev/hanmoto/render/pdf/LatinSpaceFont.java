package dev.hanmoto.render.pdf;

import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
import dev.hanmoto.theme.Length;
import dev.hanmoto.theme.PdfTheme;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How the 和欧間 spaces ({@link LatinSpacingPass}) are set: in {@code face}, the face of the
 * stylesheet's stacks with the widest space (a half-width space in the usual Japanese monospace
 * face), registered for the layout under a family of its own ({@value #FAMILY}) that nothing else
 * uses, at the font size that makes that space {@code pdf.ja-latin-space} wide. The size is relative
 * to the surrounding text when the theme gives ems. The letter spacing is tiny but not zero (one of
 * openhtmltopdf's 1/20 pt units; less rounds to zero): openhtmltopdf leaves text with letter spacing
 * out of justification, so the space keeps its width on justified lines instead of taking most of the
 * slack as a word space would.
 *
 * <p>The same face sets the collapsible half-em spaces of {@link PunctuationSpacingPass} (a closing
 * punctuation's blank half, which a line's end drops; the blank before an opening bracket, which a
 * line's start drops), so the face is chosen even when the theme turns 和欧間 off.
 *
 * @param face    the face the spaces are drawn in
 * @param css     the rule for {@code span.wa}; empty when {@code pdf.ja-latin-space} is 0
 * @param advance the face's space advance in ems of its size
 * @param wordSpace the narrowest space advance of the stacks' faces, in ems: a proportional face's
 *                  word space ({@link WordSpacePass}'s spaces typed at an element's edge)
 */
record LatinSpaceFont(FontFace face, String css, double advance, double wordSpace) {
    /** The font family the spaces are set in; {@link LatinSpacingPagePass} removes every glyph drawn in it. */
    static final String FAMILY = "hanmoto-wa";
    /**
     * The same face under a family the page pass leaves alone, for spaces that are the source's own
     * ({@link WordSpacePass}'s spaces typed at an element's edge): they stay in the text layer.
     */
    static final String WORD_FAMILY = "hanmoto-ws";

    /** The setting for these stacks; empty when no face has a space. */
    static Optional<LatinSpaceFont> choose(PdfTheme pdf, FontStacks fonts, List<String> stacks) {
        Length space = pdf.jaLatinSpace().inRendererUnits();
        double width = space.value().doubleValue();
        String unit = space.unit().css();
        FontFace best = null;
        double advance = 0;
        double narrowest = Double.MAX_VALUE;
        for (String name : stacks) {
            for (FontFace face : fonts.find(name).orElseThrow()) {
                double a = FontLibrary.spaceAdvance(face.file());
                if (a > advance) {
                    advance = a;
                    best = face;
                }
                if (a > 0) narrowest = Math.min(narrowest, a);
            }
        }
        if (best == null) return Optional.empty();
        String css = space.isZero() ? "" : rule(LatinSpacingPass.CLASS, width / advance, unit, "");
        return Optional.of(new LatinSpaceFont(best, css, advance, narrowest));
    }

    /** Whether the theme asks for 和欧間 ({@code pdf.ja-latin-space} not 0). */
    boolean spaced() {
        return !css.isEmpty();
    }

    /**
     * The rule for a span whose one space is {@code ems} of the surrounding text's em wide, with a
     * {@code property} (a margin; none if null) of {@code parentEms} of the surrounding text's em.
     */
    String rule(String cls, double ems, String property, double parentEms) {
        double own = ems / advance; // the span's font size in the surrounding text's ems
        return rule(cls, own, "em", property == null ? "" : " " + property + ": " + number(parentEms / own) + "em;");
    }

    /** The rule for a span whose one space is a word space ({@link #wordSpace}) of the surrounding text, kept in the text layer. */
    String wordRule(String cls) {
        return rule(WORD_FAMILY, cls, wordSpace / advance, "em", "");
    }

    private static String rule(String cls, double size, String unit, String extra) {
        return rule(FAMILY, cls, size, unit, extra);
    }

    private static String rule(String family, String cls, double size, String unit, String extra) {
        return "." + cls + " { font-family: " + family + "; font-size: " + number(size) + unit
                + "; font-weight: normal; font-style: normal; letter-spacing: 0.05pt; text-decoration: none;" + extra + " }\n";
    }

    private static String number(double d) {
        return String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
