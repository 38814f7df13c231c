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
 * @param face the face the spaces are drawn in
 * @param css  the rule for {@code span.wa}
 */
record LatinSpaceFont(FontFace face, String css) {
    /** The font family the spaces are set in; {@link LatinSpacingPagePass} removes every glyph drawn in it. */
    static final String FAMILY = "hanmoto-wa";

    /** The setting for these stacks; empty when the theme turns it off (0) or no face has a space. */
    static Optional<LatinSpaceFont> choose(PdfTheme pdf, FontStacks fonts, List<String> stacks) {
        Length space = pdf.jaLatinSpace().inRendererUnits();
        if (space.isZero()) return Optional.empty();
        double width = space.value().doubleValue();
        String unit = space.unit().css();
        FontFace best = null;
        double advance = 0;
        for (String name : stacks) {
            for (FontFace face : fonts.find(name).orElseThrow()) {
                double a = FontLibrary.spaceAdvance(face.file());
                if (a > advance) {
                    advance = a;
                    best = face;
                }
            }
        }
        if (best == null) return Optional.empty();
        String size = String.format(Locale.ROOT, "%.4f", width / advance).replaceAll("0+$", "").replaceAll("\\.$", "");
        return Optional.of(new LatinSpaceFont(best, "." + LatinSpacingPass.CLASS + " { font-family: " + FAMILY
                + "; font-size: " + size + unit + "; font-weight: normal; font-style: normal;"
                + " letter-spacing: 0.05pt; text-decoration: none; }\n"));
    }
}
