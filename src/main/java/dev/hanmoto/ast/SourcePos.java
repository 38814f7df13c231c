package dev.hanmoto.ast;

import java.nio.file.Path;

/**
 * A 1-based line and column in the source file a node came from; {@link #NONE} when synthesised.
 *
 * @param line 1-based line, 0 when unknown
 * @param col  1-based column, 0 when unknown
 * @param file the file the position is in when it is not the document's (or chapter's) own: text a
 *             book pulled in from another file ({@code {{#include}}}) keeps pointing into that file;
 *             null for the document's own file
 */
public record SourcePos(int line, int col, Path file) {
    public static final SourcePos NONE = new SourcePos(0, 0);

    public SourcePos {
        if (line < 0 || col < 0) throw new IllegalArgumentException("negative position " + line + ":" + col);
    }

    /** A position in the document's own file. */
    public SourcePos(int line, int col) {
        this(line, col, null);
    }

    public boolean isKnown() {
        return line > 0;
    }

    /** The file to name in a diagnostic at this position: its own, else {@code documentFile}. */
    public Path fileOr(Path documentFile) {
        return file == null ? documentFile : file;
    }

    /** The same place, {@code n} columns to the right (a position inside a text node). */
    public SourcePos plusColumns(int n) {
        return isKnown() ? new SourcePos(line, col + n, file) : this;
    }

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
