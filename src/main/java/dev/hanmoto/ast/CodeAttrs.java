package dev.hanmoto.ast;

import java.util.Optional;
import java.util.TreeSet;

/**
 * The classes and attributes of a {@link Block.CodeBlock} beyond its language (the first class): the
 * Markdown reader sets them from the info string, the XHTML writer reads them.
 */
public final class CodeAttrs {
    private CodeAttrs() {}

    /** Attribute: the title shown in a bar above the block (a file name, usually). */
    public static final String FILENAME = "filename";
    /** Attribute: the number of the block's first line, when its lines are numbered (default 1). */
    public static final String START_FROM = "startFrom";
    /** Attribute: the marked lines as ranges, {@code 3,5-7}, counted from the block's first line as 1. */
    public static final String MARK = "mark";
    /** Attribute: the language inside a {@code diff} block ({@code ```diff lang=js}). */
    public static final String DIFF_LANG = "lang";
    /** Class: number this block's lines (pandoc's spelling). */
    public static final String NUMBER_LINES = "numberLines";
    /** Class: do not number this block's lines, whatever the theme says. */
    public static final String NO_NUMBER_LINES = "nonumberLines";

    /** The block's language, if its info string names one. */
    public static Optional<String> language(Block.CodeBlock b) {
        return b.attr().classes().isEmpty() ? Optional.empty() : Optional.of(b.attr().classes().get(0));
    }

    /** The lines {@link #MARK} names (1 = the block's first line); ranges beyond 100,000 lines are cut there. */
    public static TreeSet<Integer> markedLines(Attr a) {
        TreeSet<Integer> out = new TreeSet<>();
        String v = a.attributes().get(MARK);
        if (v == null) return out;
        for (String part : v.split(",")) {
            String[] ends = part.strip().split("-");
            try {
                int from = Integer.parseInt(ends[0].strip());
                int to = ends.length > 1 ? Integer.parseInt(ends[1].strip()) : from;
                for (int i = Math.max(1, from); i <= Math.min(to, 100_000); i++) out.add(i);
            } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
                // The reader only stores well-formed ranges; a synthesised block with a bad one marks nothing there.
            }
        }
        return out;
    }
}
