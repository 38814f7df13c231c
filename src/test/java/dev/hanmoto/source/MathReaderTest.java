package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** TeX math in Markdown: pandoc's {@code tex_math_dollars} rules and GitLab/GitHub {@code ```math} fences. */
class MathReaderTest {
    private final Diagnostics diags = new Diagnostics();

    private List<Block> read(String md) {
        return MarkdownReader.read(md, 0, Path.of("doc.md"), diags);
    }

    /** The first block's inlines as a compact string: math as ⟨i:tex⟩ / ⟨d:tex⟩, code as `x`. */
    private String inl(String md) {
        List<Block> blocks = read(md);
        Block b = blocks.get(0);
        List<Inline> is = b instanceof Block.Para p ? p.inlines() : b instanceof Block.Heading h ? h.inlines() : List.of();
        StringBuilder sb = new StringBuilder();
        for (Inline i : is) show(i, sb);
        return sb.toString();
    }

    private static void show(Inline i, StringBuilder sb) {
        if (i instanceof Inline.Math m) {
            sb.append(m.isDisplay() ? "⟨d:" : "⟨i:").append(m.tex()).append('⟩');
        } else if (i instanceof Inline.Text t) {
            sb.append(t.text());
        } else if (i instanceof Inline.Code c) {
            sb.append('`').append(c.text()).append('`');
        } else if (i instanceof Inline.SoftBreak) {
            sb.append('↵');
        } else {
            sb.append('[').append(i.getClass().getSimpleName()).append(':');
            for (Inline c : Walk.childInlines(i)) show(c, sb);
            sb.append(']');
        }
    }

    @Test
    void readsInlineMathInJapaneseText() {
        assertEquals("式⟨i:a^2+b^2=c^2⟩が成り立つ", inl("式$a^2+b^2=c^2$が成り立つ"));
    }

    @Test
    void leavesPricesAsText() {
        assertEquals("$5 and $10", inl("$5 and $10"));
        assertEquals("価格は $5 と $10 です", inl("価格は $5 と $10 です"));
        assertEquals("from $20,000 to $30,000", inl("from $20,000 to $30,000"));
    }

    @Test
    void needsNoSpaceInsideTheDollarsAndNoDigitAfter() {
        assertEquals("$ a$", inl("$ a$"));
        assertEquals("$a $", inl("$a $"));
        assertEquals("$a$5", inl("$a$5"));
        assertEquals("⟨i:a⟩.", inl("$a$."));
    }

    @Test
    void readsEscapedDollarsAsText() {
        assertEquals("$x$", inl("\\$x\\$"));
        assertEquals("cost \\$5 and ⟨i:x⟩", inl("cost \\\\$5 and $x$"));
        assertEquals("⟨i:a\\$b⟩", inl("$a\\$b$"));
    }

    @Test
    void keepsTexBackslashesThatMarkdownWouldEat() {
        assertEquals("⟨i:a\\,b \\\\ c \\{d\\}⟩", inl("$a\\,b \\\\ c \\{d\\}$"));
        assertEquals("⟨i:a*b*c_d_e⟩", inl("$a*b*c_d_e$"));
    }

    @Test
    void allowsDollarsInsideText() {
        assertEquals("⟨i:\\text{cost $5} + x⟩", inl("$\\text{cost $5} + x$"));
    }

    @Test
    void leavesCodeSpansAndCodeBlocksAlone() {
        assertEquals("`$x$` and ⟨i:y⟩", inl("`$x$` and $y$"));
        assertEquals(new Block.CodeBlock(dev.hanmoto.ast.Attr.EMPTY, "$a$ and $$b$$\n", ((Block.CodeBlock) read("    $a$ and $$b$$\n").get(0)).pos()),
                read("    $a$ and $$b$$\n").get(0));
        Block.CodeBlock fenced = (Block.CodeBlock) read("```sh\necho $HOME $x$\n```\n").get(0);
        assertEquals("echo $HOME $x$\n", fenced.text());
    }

    @Test
    void collapsesWhiteSpaceInInlineMathAcrossALine() {
        assertEquals("a ⟨i:x + y⟩ b", inl("a $x +\n  y$ b"));
    }

    @Test
    void readsDisplayMathOverSeveralLines() {
        assertEquals("⟨d:\\int_0^1 f\n= 1⟩", inl("$$\n\\int_0^1 f\n= 1\n$$\n"));
        assertEquals("前↵⟨d:x⟩↵後", inl("前\n$$x$$\n後"));
    }

    @Test
    void endsMathAtABlankLine() {
        List<Block> blocks = read("$a\n\nb$\n");
        assertEquals(2, blocks.size());
        assertEquals("$a", inl("$a\n\nb$\n"));
        assertEquals("$$a", inl("$$a\n\nb$$\n"));
    }

    @Test
    void leavesAnUnclosedDoubleDollarAsText() {
        assertEquals("$$x$ y", inl("$$x$ y"));
    }

    @Test
    void mixesWithEmphasisAndLinks() {
        assertEquals("[Strong:⟨i:x⟩ は]", inl("**$x$ は**"));
        assertEquals("[Link:⟨i:n⟩ 件]", inl("[$n$ 件](#a)"));
    }

    @Test
    void readsMathInHeadingsListsAndQuotes() {
        assertEquals("定理 ⟨i:n!⟩", inl("# 定理 $n!$"));
        Block.BlockQuote q = (Block.BlockQuote) read("> $$\n> a\n> $$\n").get(0);
        assertEquals(List.of(new Inline.Math(Inline.MathType.DISPLAY, "a", new dev.hanmoto.ast.SourcePos(2, 3))),
                ((Block.Para) q.blocks().get(0)).inlines());
    }

    @Test
    void readsMathFencesAsDisplayMath() {
        assertEquals("⟨d:\\sum_{k=1}^n k⟩", inl("```math\n\\sum_{k=1}^n k\n```\n"));
    }

    @Test
    void placesTheFormulaAtItsFirstCharacter() {
        List<Block> blocks = read("一行目\n式$x^2$と\n\n```math\n  y\n```\n");
        List<Inline.Math> formulas = new java.util.ArrayList<>();
        Walk.forEachInline(blocks, i -> { if (i instanceof Inline.Math m) formulas.add(m); });
        assertEquals(List.of("x^2", "y"), formulas.stream().map(Inline.Math::tex).toList());
        assertEquals("2:3", formulas.get(0).pos().toString());
        assertEquals("5:3", formulas.get(1).pos().toString());
        assertEquals(List.of(), diags.all());
    }

    @Test
    void dumpsMathWithItsTypeAndTex() {
        assertEquals("""
                Para 1:1
                  Text 1:1 "式"
                  Math 1:3 inline "a^2"
                Para 3:1
                  Math 3:3 display "\\\\sum_k k"
                """, dev.hanmoto.ast.AstDump.dump(read("式$a^2$\n\n$$\\sum_k k$$\n")));
    }

    @Test
    void readsTheHtmlOfAnUndrawnFormulaBackAsThatFormula() {
        // What XhtmlWriter writes for a formula it has no picture of.
        assertEquals("式⟨i:a<b⟩と⟨d:x⟩", inl("式<span class=\"math inline\"><code>a&lt;b</code></span>と"
                + "<span class=\"math display\"><code>x</code></span>"));
        assertEquals("[Span:`x` y]", inl("<span class=\"math\"><code>x</code> y</span>"), "anything else in it: a span");
    }
}
