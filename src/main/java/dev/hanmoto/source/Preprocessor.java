package dev.hanmoto.source;

import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Path;

/**
 * Rewrites a source's Markdown body before it is parsed: what a book format does to its text ahead of
 * Markdown (mdBook's {@code {{#include}}}, HonKit's {@code {{ book.x }}} variables and imported code
 * files). The result keeps, for every char, where it came from ({@link SourceText}), so that problems
 * found later point into the included file, and a value or fence made by a directive points at the
 * directive.
 */
@FunctionalInterface
public interface Preprocessor {
    /** Leaves the text as it is. */
    Preprocessor NONE = (body, file, diags) -> body;

    /**
     * @param body  the body after the front matter, mapping into {@code file}
     * @param file  the file the body is in, as diagnostics name it; included paths resolve against it
     * @param diags where problems go, each at its {@code file:line:col}
     * @return the expanded body
     */
    SourceText expand(SourceText body, Path file, Diagnostics diags);

    /**
     * Whether this preprocessor renders {@code {% … %}} template tags and reports those it keeps (HonKit);
     * the Markdown reader reports such tags otherwise, as nothing else renders them.
     */
    default boolean rendersTemplateTags() {
        return false;
    }
}
