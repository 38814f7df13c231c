package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Ruby from VFM's braces and from raw {@code <ruby>}: group and mono, escapes, what stays text. */
class RubyReaderTest {
    private final Diagnostics diags = new Diagnostics();

    private String read(String md) {
        return AstDump.dump(MarkdownReader.read(md, 0, Path.of("doc.md"), diags));
    }

    private String messages() {
        return diags.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    @Test
    void vfmGroupAndMonoRuby() {
        assertEquals("""
                Para 1:1
                  Ruby 1:1 "漢字"|"かんじ"
                  Text 1:9 "と"
                  Ruby mono 1:10 "東"|"とう" "京"|"きょう"
                  Text 1:21 "、"
                  Ruby 1:22 "a|b"|"c"
                """, read("{漢字|かんじ}と{東京|とう|きょう}、{a\\|b|c}\n"));
        assertEquals("", messages());
    }

    @Test
    void bracesThatAreNotRubyStayText() {
        assertEquals("""
                Para 1:1
                  Text 1:1 "{a} {|b} {c|} "
                  Code 1:15 "{d|e}"
                  Text 1:22 " {f|g"
                """, read("{a} {|b} {c|} `{d|e}` {f|g\n"));
        assertEquals("", messages());
    }

    @Test
    void readingsThatMatchNeitherWayAreKeptWithAWarning() {
        assertEquals("""
                Para 1:1
                  Text 1:1 "{漢字|か|ん|じ}"
                """, read("{漢字|か|ん|じ}\n"));
        assertEquals("doc.md:1:1: warning: ruby '{漢字|か|ん|じ}' has neither one reading nor one per base character; kept as typed",
                messages());
    }

    @Test
    void rawHtmlRubyWithRbAndRp() {
        assertEquals("""
                Para 1:1
                  Ruby 1:1 "紫陽花"|"あじさい"
                  Text 1:50 "と"
                  Ruby mono 1:51 "漢"|"かん" "字"|"じ"
                """, read("<ruby>紫陽花<rp>(</rp><rt>あじさい</rt><rp>)</rp></ruby>と<ruby><rb>漢</rb><rt>かん</rt><rb>字</rb><rt>じ</rt></ruby>\n"));
        assertEquals("", messages());
    }
}
