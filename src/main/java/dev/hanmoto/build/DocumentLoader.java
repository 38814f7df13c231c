package dev.hanmoto.build;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Path;

/**
 * Turns one build input (a Markdown file, or a book folder) into a transformed document, reporting
 * problems to {@code diags}. Throws {@link dev.hanmoto.diag.UserError} when no document can be made.
 */
@FunctionalInterface
public interface DocumentLoader {
    Document load(Path input, Diagnostics diags);
}
