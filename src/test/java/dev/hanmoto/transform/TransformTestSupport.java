package dev.hanmoto.transform;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.MarkdownReader;
import java.nio.file.Path;
import java.util.List;

/** Builds documents from Markdown snippets through the real reader. */
final class TransformTestSupport {
    private TransformTestSupport() {}

    static Document doc(String markdown) {
        List<Block> blocks = MarkdownReader.read(markdown, 0, Path.of("t.md"), new Diagnostics());
        return new Document(Meta.EMPTY, blocks, Path.of("t.md"));
    }
}
