package dev.hanmoto.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckMathTest {
    @TempDir
    Path dir;

    @Test
    void warnsAtTheFormulaAndKeepsItsTexAsCode() throws IOException {
        Path src = dir.resolve("a.md");
        Files.writeString(src, "---\ntitle: t\n---\n\n式$\\frac{1}{2}$と\n誤り$\\frobnicate{x}$。\n");
        Diagnostics diags = new Diagnostics();
        Document doc = new CheckMath().apply(SourceReader.read(src, diags), diags);
        assertEquals(List.of(src + ":6:4: warning: TeX math cannot be drawn: Unknown symbol or command or predefined"
                        + " TeXFormula: 'frobnicate'; the formula is shown as its TeX"),
                diags.all().stream().map(Diagnostic::format).toList());
        List<Inline> in = ((Block.Para) doc.blocks().get(0)).inlines();
        assertEquals(new Inline.Math(Inline.MathType.INLINE, "\\frac{1}{2}", new dev.hanmoto.ast.SourcePos(5, 3)), in.get(1),
                "a good formula stays math");
        assertEquals("\\frobnicate{x}", ((Inline.Code) in.get(5)).text(), "a bad one becomes code: " + in);
    }

    @Test
    void warnsWhenJapaneseProseLandsInsideMath() throws IOException {
        Path src = dir.resolve("b.md");
        Files.writeString(src, "価格は$5で、式$x$が成り立つ。\n\n速さ$v=\\text{距離}/t$。\n");
        Diagnostics diags = new Diagnostics();
        new CheckMath().apply(SourceReader.read(src, diags), diags);
        assertEquals(List.of(src + ":1:5: warning: the TeX math '5で、式' holds Japanese outside \\text{}: a dollar"
                        + " sign meant as money (価格は$5) pairs with the next one; write \\$ for a dollar sign, or put words in \\text{}"),
                diags.all().stream().filter(d -> d.code().equals("math-japanese")).map(Diagnostic::format).toList());
        assertEquals(false, CheckMath.hasBareJapanese("\\text{速度 {a}} = \\mbox{距離}"));
        assertEquals(true, CheckMath.hasBareJapanese("\\text{速度} = 距離"));
    }
}
