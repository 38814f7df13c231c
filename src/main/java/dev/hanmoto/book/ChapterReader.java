package dev.hanmoto.book;

import dev.hanmoto.ast.Document;
import dev.hanmoto.build.DocumentLoader;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.Preprocessor;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.transform.Transforms;
import java.nio.file.Path;

/**
 * Reads one chapter file as an article is read: {@link SourceReader}, then the standard per-document
 * transforms (CJK soft breaks, heading ids, emoji). Book-wide work — ids unique across chapters,
 * numbering, links between chapters — is {@link BookLoader}'s.
 */
public final class ChapterReader implements ChapterLoader, DocumentLoader {
    @Override
    public Document load(Path file, Preprocessor preprocessor, Diagnostics diags) {
        return Transforms.standard().apply(SourceReader.read(file, preprocessor, diags));
    }

    @Override
    public Document load(Path file, Diagnostics diags) {
        return load(file, Preprocessor.NONE, diags);
    }
}
