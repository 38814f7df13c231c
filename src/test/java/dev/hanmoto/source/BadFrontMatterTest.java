package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.GoldenCases;
import dev.hanmoto.testkit.GoldenCasesSource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The golden cases of {@code golden/source/bad-front-matter.txt}: a source whose front matter is
 * malformed, unclosed or of the wrong types, and every diagnostic the front-matter reader gives for
 * it, with file, line and column, in order.
 */
class BadFrontMatterTest {
    @ParameterizedTest(name = "{0}")
    @GoldenCasesSource("src/test/resources/golden/source/bad-front-matter.txt")
    void reportsTheProblemWhereItIs(GoldenCases.Case c) {
        c.check(diagnostics(c));
    }

    /** The front matter of the case's one source read; its diagnostics as golden lines. */
    private static List<String> diagnostics(GoldenCases.Case c) {
        assertEquals(1, c.files().size(), c.name() + ": one source per case");
        Map.Entry<String, String> source = c.files().entrySet().iterator().next();
        Diagnostics d = new Diagnostics();
        FrontMatterReader.read(source.getValue(), Path.of(source.getKey()), d);
        return d.all().stream().map(x -> GoldenCases.line(x.format(), x.code())).toList();
    }
}
