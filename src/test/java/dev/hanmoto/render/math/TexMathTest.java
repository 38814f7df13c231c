package dev.hanmoto.render.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.render.SafeSvg;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TexMathTest {
    @Test
    void drawsAFormulaAsSelfContainedSvgWithGlyphsAsPaths() {
        TexMath.Picture p = TexMath.find("a^2+b^2=c^2", false).orElseThrow();
        String svg = p.svgText();
        assertTrue(svg.contains("<svg"), svg);
        assertTrue(svg.contains("<path"), "glyphs drawn as paths");
        assertFalse(svg.contains("<text"), "no text that would need a font");
        assertFalse(svg.contains("DOCTYPE"), "no DTD to fetch");
        assertEquals(Optional.empty(), SafeSvg.refusal(p.svg()), "passes the EPUB's SVG safety check");
    }

    @Test
    void givesTheBoxInEmOfTheText() {
        TexMath.Picture x = TexMath.find("x", false).orElseThrow();
        // Computer Modern italic x: 0.57 em wide, x-height 0.43 em, no depth (plus 0.01 em insets).
        assertEquals(0.59, x.width(), 0.02);
        assertEquals(0.45, x.height(), 0.02);
        assertEquals(0.01, x.depth(), 0.005);
        TexMath.Picture frac = TexMath.find("\\frac{1}{2}", false).orElseThrow();
        assertTrue(frac.depth() > 0.3, "a fraction reaches below the baseline: " + frac.depth());
        TexMath.Picture display = TexMath.find("\\sum_{k=1}^n k", true).orElseThrow();
        TexMath.Picture text = TexMath.find("\\sum_{k=1}^n k", false).orElseThrow();
        assertTrue(display.height() > text.height() * 1.5, "display style sets limits above and below");
    }

    @Test
    void scriptsKeepTheirSmallerSize() {
        // At two decimals Batik rounded jlatexmath's 0.007 script scale to 0.01: scripts came out full size.
        String svg = TexMath.find("e^{x^2}", false).orElseThrow().svgText();
        assertTrue(svg.contains("scale(0.007") && svg.contains("scale(0.005"), svg);
    }

    @Test
    void sameTexSameBytes() {
        byte[] a = TexMath.find("\\int_0^1 f(x)\\,dx", true).orElseThrow().svg();
        byte[] b = TexMath.find("\\int_0^1 f(x)\\,dx", true).orElseThrow().svg();
        assertEquals(new String(a, java.nio.charset.StandardCharsets.UTF_8), new String(b, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void reportsWhatCannotBeDrawn() {
        assertEquals(Optional.of("Unknown symbol or command or predefined TeXFormula: 'frobnicate'"), TexMath.problem("\\frobnicate{x}"));
        assertEquals(Optional.empty(), TexMath.find("\\frobnicate{x}", false));
        assertEquals(Optional.of("the formula is empty"), TexMath.problem(" "));
        assertEquals(Optional.empty(), TexMath.problem("\\begin{pmatrix}a&b\\\\c&d\\end{pmatrix}"));
    }

    @Test
    void refusesPathologicalNestingInsteadOfOverflowing() {
        String deep = "{".repeat(1000) + "x" + "}".repeat(1000);
        assertTrue(TexMath.problem(deep).orElseThrow().contains("nested more than"));
        assertTrue(TexMath.problem("x".repeat(5_000)).orElseThrow().contains("longer than"));
    }

    @Test
    void drawsJapaneseTextInMathFromTheGivenFontsOrSaysWhyNot() {
        // Japanese in \text{} is drawn from the bundled faces, never from the machine's fonts.
        TexMath.useTextFonts(java.nio.file.Path.of("fonts/BIZUDPMincho-Regular.ttf"), java.nio.file.Path.of("fonts/BIZUDPGothic-Regular.ttf"));
        assertTrue(TexMath.problem("\\text{速度} = v").isEmpty(), TexMath.problem("\\text{速度} = v").toString());
        assertTrue(TexMath.find("\\text{速度} = v", false).orElseThrow().width() > 2.5, "two kanji and = v");
        // A character outside the faces (and outside the blocks drawn from them) is a problem, not a blank.
        assertTrue(TexMath.problem("\\text{한국어}").orElseThrow().contains("cannot be drawn inside a formula"));
    }

    @Test
    void refusesCommandsThatHangReadFilesOrChangeGlobalState() {
        // \\newcommand{\\a}{\\a}\\a loops forever in jlatexmath; \\includegraphics reads any file.
        for (String tex : List.of("\\newcommand{\\a}{\\a}\\a", "\\renewcommand{\\x}{y}x", "\\includegraphics{/etc/passwd}",
                "\\definecolor{red}{rgb}{0,1,0}", "\\jlmExternalFont{Serif}")) {
            assertTrue(TexMath.problem(tex).orElseThrow().contains("is not supported in formulas"), tex);
        }
        assertEquals(Optional.empty(), TexMath.problem("\\textcolor{red}{x} + \\mathrm{newcommand}"));
    }
}
