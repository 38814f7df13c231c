package dev.hanmoto.render.pdf;

import java.util.Set;

/**
 * Numbers for what an AST pass marks as possibly broken apart by a layout (a {@code data-*}
 * attribute in the XHTML, which a {@link LayoutCheck} reads back from the box tree), and the marks a
 * check asked to keep together in this layout. The passes meet the marks in the same order in every
 * layout of a document, so a number names the same place each time.
 *
 * <p>One instance per written XHTML; not thread-safe.
 */
final class Marks {
    private final Set<Integer> kept;
    private int next;

    /** @param kept the marks earlier layouts broke apart */
    Marks(Set<Integer> kept) {
        this.kept = Set.copyOf(kept);
    }

    /** The next mark's number. */
    int next() {
        return next++;
    }

    /** True if a layout check asked to keep this mark's content together. */
    boolean isKept(int mark) {
        return kept.contains(mark);
    }
}
