package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Text assembled from several files keeps, for every char, the file, line and column it came from. */
class SourceTextTest {
    private static final Path INC = Path.of("inc.md");

    @Test
    void copiedCharsMapIntoTheirFileAndGeneratedOnesOntoTheirDirective() {
        SourceText main = SourceText.of("ab\n{{x}}\ncd\n");
        SourceText inc = SourceText.of("one\ntwo\n", INC);
        SourceText t = SourceText.builder()
                .append(main, 0, 3)
                .append(inc, 4, 8)
                .generated("VALUE", main.pos(3))
                .append(main, 8, main.length())
                .build();
        assertEquals("ab\ntwo\nVALUE\ncd\n", t.text());
        assertEquals(new SourcePos(1, 2), t.pos(1));
        assertEquals(new SourcePos(2, 1, INC), t.pos(3));
        assertEquals(new SourcePos(2, 3, INC), t.pos(5));
        assertEquals(new SourcePos(2, 1), t.pos(7), "a generated char is at its directive");
        assertEquals(new SourcePos(2, 1), t.pos(11));
        assertEquals(new SourcePos(2, 6), t.pos(12));
        assertEquals(new SourcePos(3, 1), t.pos(13));
        assertEquals(new SourcePos(3, 2), t.pos(14));
    }

    @Test
    void aCopyOfACopyKeepsTheOriginalPositions() {
        SourceText inc = SourceText.of("x\ny\nz\n", INC);
        SourceText part = SourceText.builder().append(inc, 2, 6).build();
        SourceText whole = SourceText.builder().append(SourceText.of("# T\n\n")).append(part).build();
        assertEquals(new SourcePos(2, 1, INC), whole.pos(5));
        assertEquals(new SourcePos(3, 1, INC), whole.pos(7));
    }

    @Test
    void theMarkdownReaderReportsIntoTheIncludedFile() {
        SourceText main = SourceText.of("# T\n\nINCLUDE\n");
        SourceText inc = SourceText.of("前置き\n\n<script>alert(1)</script>\n", INC);
        SourceText t = SourceText.builder().append(main, 0, 5).append(inc).append(main, 12, main.length()).build();
        Diagnostics d = new Diagnostics();
        List<Block> blocks = MarkdownReader.read(t, 0, Path.of("main.md"), d);
        assertEquals(2, blocks.size(), "the heading and the included paragraph; the script is dropped");
        Diagnostic w = d.all().get(0);
        assertEquals(INC, w.file());
        assertEquals(3, w.line());
        assertEquals(1, w.col());
    }
}
