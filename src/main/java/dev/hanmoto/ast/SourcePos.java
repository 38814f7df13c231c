package dev.hanmoto.ast;

/** A 1-based line and column in the source file a node came from; {@link #NONE} when synthesised. */
public record SourcePos(int line, int col) {
    public static final SourcePos NONE = new SourcePos(0, 0);

    public SourcePos {
        if (line < 0 || col < 0) throw new IllegalArgumentException("negative position " + line + ":" + col);
    }

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return line + ":" + col;
    }
}
