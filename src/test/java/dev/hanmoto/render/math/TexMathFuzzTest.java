package dev.hanmoto.render.math;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Formulas made of TeX tokens, balanced or not, through jlatexmath: each either draws or gives a
 * problem, and nothing throws. A fixed seed, so CI tries the same formulas every time.
 */
class TexMathFuzzTest {
    static final List<String> TOKENS = List.of(
            "x", "1", " ", "{", "}", "^", "_", "&", "\\\\", "\\", "$", "#", "%", "~", "'", "(", ")", "[", "]", "|",
            "\\frac", "\\sqrt", "\\left(", "\\right)", "\\left.", "\\right|", "\\begin{pmatrix}", "\\end{pmatrix}",
            "\\begin{aligned}", "\\end{aligned}", "\\begin{array}{cc}", "\\end{array}", "\\text{", "\\mathbb{", "\\mathrm{",
            "\\sum", "\\int", "\\lim", "\\over", "\\choose", "\\overbrace", "\\underbrace", "\\hat", "\\vec", "\\binom",
            "\\alpha", "\\infty", "\\,", "\\!", "\\;", "\\quad", "\\color{red}", "\\textcolor{blue}{", "\\rule{1em}{2em}",
            "\\hspace{-5em}", "\\raisebox{9em}{", "\\scalebox{100}{", "\\kern-3em", "\\fbox{", "\\boxed{", "\\not",
            "\\newcommand", "\\includegraphics", "\\def", "速度", "ℝ", "∈", "😀", "\u0000", "\uFFFF", "\uD800");

    @Provide
    Arbitrary<String> formulas() {
        return Arbitraries.of(TOKENS).list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Property(tries = 400, seed = "20261128", shrinking = ShrinkingMode.BOUNDED)
    void drawsOrExplainsNeverThrows(@ForAll("formulas") String tex) {
        boolean inline = TexMath.find(tex, false).isPresent();
        boolean display = TexMath.find(tex, true).isPresent();
        boolean problem = TexMath.problem(tex).isPresent();
        assertTrue(inline != problem, "either a picture or a problem: " + tex);
        assertTrue(display || problem, "display style draws what text style draws: " + tex);
    }
}
