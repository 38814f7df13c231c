package dev.hanmoto.book;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.Preprocessor;
import java.nio.file.Path;

/**
 * Reads one chapter file into a transformed document, its text first expanded by the book format's
 * preprocessor (includes, variables). Throws {@link dev.hanmoto.diag.UserError} when nothing can be read.
 */
@FunctionalInterface
public interface ChapterLoader {
    Document load(Path file, Preprocessor preprocessor, Diagnostics diags);
}
