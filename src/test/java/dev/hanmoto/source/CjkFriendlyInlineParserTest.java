package dev.hanmoto.source;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.hanmoto.testkit.GoldenCases;
import dev.hanmoto.testkit.GoldenCasesSource;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Our emphasis rules case by case (src/test/resources/markdown/emphasis.txt): CommonMark's on Latin
 * text, the CJK-friendly amendment beside CJK characters. The parser is the one {@link MarkdownReader}
 * uses, without extensions, written out by flexmark's own HTML renderer.
 */
class CjkFriendlyInlineParserTest {
    private static final Parser PARSER = CjkFriendlyInlineParser.builder(new MutableDataSet()).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().build();

    @ParameterizedTest(name = "{0}")
    @GoldenCasesSource("src/test/resources/markdown/emphasis.txt")
    void readsEmphasisAsTheSpecSays(GoldenCases.Case c) {
        String html = HTML.render(PARSER.parse(c.files().get("in.md")));
        c.check(List.of(html.strip().split("\n")));
    }
}
