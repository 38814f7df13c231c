package dev.hanmoto.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.SourceReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCodeTest {
    @TempDir
    Path dir;

    private List<String> check(CheckCode check, Path src) throws IOException {
        Diagnostics diags = new Diagnostics();
        check.apply(SourceReader.read(src, diags), diags);
        return diags.all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void anUnknownLanguageIsReportedOncePerBuildAtItsFirstBlock() throws IOException {
        Path a = dir.resolve("a.md");
        Files.writeString(a, "# A\n\n```js\nlet x = 1;\n```\n\n```frobnicate\nx\n```\n\n```frobnicate\ny\n```\n\n```zorg\nz\n```\n");
        Path b = dir.resolve("b.md");
        Files.writeString(b, "# B\n\n```quux\nq\n```\n");
        CheckCode check = new CheckCode();
        assertEquals(List.of(a + ":7:1: warning: code block language 'frobnicate' is not one Hanmoto highlights; its blocks"
                + " are shown as plain text (docs/code.md lists the languages; other unknown languages in this build are not reported)"),
                check(check, a));
        assertEquals(List.of(), check(check, b), "a second document of the same build is not told again");
        assertEquals(1, check(new CheckCode(), b).size(), "a new build is");
    }

    @Test
    void aBlockTheHighlighterLeavesPlainIsAWarningAtThatBlock() throws IOException {
        Path src = dir.resolve("c.md");
        String longLine = "x".repeat(20_001);
        Files.writeString(src, "# C\n\n```js\nok();\n```\n\n```js\nlet s = \"" + longLine + "\";\n```\n\n```c\nint \u0001\u0002\u0007\u001b\u00ff\ufffd x;\n```\n");
        List<String> got = check(new CheckCode(), src);
        // The control characters are lexed without loss by the C lexer: highlighted, nothing to say.
        assertEquals(List.of(src + ":7:1: warning: code block not highlighted in full: a line has 20012 characters (more than"
                + " 20000 are not highlighted); it is shown as plain text there"), got);
    }

    @Test
    void hugeLongOpenAndJunkBlocksBuildToAPdfWithTheExpectedWarnings() throws IOException {
        StringBuilder md = new StringBuilder("# R\n\n```js\n");
        for (int i = 0; i < 5_000; i++) md.append("let v").append(i).append(" = ").append(i).append("; // line\n");
        md.append("```\n\n```py\n").append("x = '").append("y".repeat(20_000)).append("'\n```\n\n");
        md.append("```js\nconst s = \"never closed\n/* nor this\n```\n\n```c\n");
        for (int i = 1; i < 32; i++) if (i != '\n' && i != '\r' && i != '\t') md.append((char) i);
        md.append("\uffff\ud7ff\u00ad junk\n```\n");
        Path src = dir.resolve("r.md");
        Files.writeString(src, md);
        Diagnostics diags = new Diagnostics();
        var doc = dev.hanmoto.transform.Transforms.standard().apply(new CheckCode().apply(SourceReader.read(src, diags), diags));
        byte[] pdf = dev.hanmoto.testkit.TestPdfs.render(dev.hanmoto.testkit.TestThemes.defaultTheme(), doc, diags);
        assertEquals(List.of(src + ":5006:1: warning: code block not highlighted in full: a line has 20006 characters (more than"
                + " 20000 are not highlighted); it is shown as plain text there"),
                diags.all().stream().filter(d -> d.code().startsWith("code-")).map(Diagnostic::format).toList());
        String text = dev.hanmoto.testkit.PdfReadBack.text(pdf);
        org.junit.jupiter.api.Assertions.assertTrue(text.contains("v4999") && text.contains("never closed"),
                "every block is in the PDF");
    }
}
