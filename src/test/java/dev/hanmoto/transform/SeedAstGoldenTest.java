package dev.hanmoto.transform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed article through the reader and {@link Transforms#standard()} (as {@link TestDocuments} reads it), dumped and compared with a
 * reviewed golden file. After an intended change run with {@code -Dgolden.update=true}, then read
 * the diff of {@code src/test/resources/golden/seed.ast.txt} before committing it.
 */
class SeedAstGoldenTest {
    private static final Path SEED = Path.of("content/technical-operations-manager.md");
    private static final Path GOLDEN = Path.of("src/test/resources/golden/seed.ast.txt");

    @Test
    void seedAstMatchesTheGolden() throws Exception {
        Diagnostics diags = new Diagnostics();
        Document d = TestDocuments.read(SEED, diags);
        StringBuilder actual = new StringBuilder(AstDump.dump(d));
        actual.append("Diagnostics\n");
        for (Diagnostic x : diags.all()) actual.append("  ").append(x.format()).append('\n');
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual.toString(),
                "seed AST changed; if intended, rerun with -Dgolden.update=true and review the diff");
    }
}
