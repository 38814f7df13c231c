package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.transform.Transforms;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * jsoup-style "must not throw" corpus: hand-picked nasty inputs plus deterministic byte mutations of
 * the seed go through the reader and the standard transforms. Only {@link UserError} may escape, and
 * the resulting tree must stay within the nesting limits.
 */
class NeverCrashesOnBadInputTest {
    private static final Path FILE = Path.of("fuzz.md");

    static Stream<byte[]> corpus() throws Exception {
        List<String> texts = List.of(
                "", "---", "---\n", "---json\n", "+++\n+++", "---\n: : :\n---\n", "---json\n{\"a\":[[[[[[\n---\n",
                "---\ntitle: &a [*a]\n---\n", "---\n" + "- ".repeat(5000) + "x\n---\n",
                "+++\n[[a]]\nb = 1\n[[a]]\n+++\n", "---\ntitle: !!binary AAAA\n---\n",
                "<", "</", "<>", "<a", "<div", "</div>", "<!-- ", "<![CDATA[", "<?x", "<!DOCTYPE html>",
                "<table><tr><td><table><tr><td>x</table>", "<ol start=x><li>a</ol>", "<pre><code class=language->",
                "<a href='java\tscript:alert(1)'>x</a>", "<img src=x onerror=alert(1)>", "<svg><script>x</script></svg>",
                "*".repeat(10_000), "[".repeat(10_000), "](".repeat(5_000), "`".repeat(10_001),
                "[^1]\n\n[^1]: [^1]", "[^a]: [^b]\n[^b]: [^a]\n\nx[^a]", "> ".repeat(3000) + "x",
                "- ".repeat(3000) + "x", "1. ".repeat(3000) + "x", "|a|\n|-|\n" + "|x|\n".repeat(2000),
                "| " + "a|".repeat(2000) + "\n|" + "-|".repeat(2000) + "\n", "\u0000\u0001\u0002",
                "\uD800 lone surrogate", "\u202E right-to-left override", "# \u200D\uFE0F\u20E3",
                "<div>\n\n".repeat(300) + "x" + "\n\n</div>".repeat(300), "<b>".repeat(2000) + "x" + "</b>".repeat(2000));
        List<byte[]> out = new ArrayList<>();
        for (String t : texts) out.add(t.getBytes(StandardCharsets.UTF_8));
        byte[] seed = Files.readAllBytes(Path.of("content/technical-operations-manager.md"));
        Random r = new Random(20260101L); // fixed: the corpus is the same on every run
        byte[] alphabet = "<>/*_`[]()!#|-+:{}\"\\\n\r\t &;\u0000".getBytes(StandardCharsets.ISO_8859_1);
        for (int k = 0; k < 25; k++) {
            byte[] m = seed.clone();
            for (int e = 0, edits = 1 + r.nextInt(30); e < edits; e++) {
                int at = r.nextInt(m.length);
                m[at] = r.nextBoolean() ? alphabet[r.nextInt(alphabet.length)] : (byte) r.nextInt(256);
            }
            out.add(m);
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void readsWithoutThrowingAnythingButUserError(byte[] input) {
        Document d;
        try {
            d = Transforms.standard().apply(SourceReader.read(input, FILE, new Diagnostics()));
        } catch (UserError e) {
            assertTrue(!e.diagnostics().isEmpty());
            return;
        }
        assertNotNull(AstDump.dump(d));
        assertTrue(depth(d.blocks()) <= 2 * MarkdownReader.MAX_DEPTH + 10, "too deep");
    }

    private static int depth(List<Block> blocks) {
        int max = 0;
        for (Block b : blocks) max = Math.max(max, 1 + depth(Walk.childBlocks(b)));
        return max;
    }
}
