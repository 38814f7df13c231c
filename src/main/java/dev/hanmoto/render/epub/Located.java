package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Block;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A top-level block of the flattened book with what the chapter div around it said (book conventions in
 * {@code dev.hanmoto.book}): the file its source positions refer to, its language, the matter it belongs
 * to ({@code epub:type} {@value #FRONT}, {@value #BODY} or {@value #BACK}), how many levels its headings
 * sit below a part title in the TOC, and whether it starts a chapter file.
 */
record Located(Block block, Path source, String lang, String matter, int tocShift, boolean starts) {
    /** {@code epub:type} of the front matter (EPUB 3 Structural Semantics Vocabulary). */
    static final String FRONT = "frontmatter";
    /** {@code epub:type} of the body; also the landmark the reading system opens the book at. */
    static final String BODY = "bodymatter";
    /** {@code epub:type} of appendices and back matter. */
    static final String BACK = "backmatter";

    Located with(Block b) {
        return new Located(b, source, lang, matter, tocShift, starts);
    }

    /** Each block rewritten by {@code f}; what the block carries is kept. */
    static List<Located> map(List<Located> in, Function<Located, Block> f) {
        List<Located> out = new ArrayList<>(in.size());
        for (Located l : in) out.add(l.with(f.apply(l)));
        return out;
    }
}
