package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Walk;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Gives every heading of the book an id, unique in the whole book: the nav document and the NCX point
 * at them across chapter files. A heading keeps its id if it is usable and not taken; otherwise it gets
 * {@code h-<n>}. One instance per book, fed the blocks in reading order.
 */
final class HeadingIds {
    private final Set<String> seen = new HashSet<>();

    /** The block with each heading inside it given its book-unique id. */
    Block assign(Block block) {
        return Walk.mapBlocks(List.of(block), b -> {
            if (!(b instanceof Block.Heading h)) return List.of(b);
            String id = h.attr().id();
            if (!usableId(id) || seen.contains(id)) {
                int n = seen.size();
                do id = "h-" + (++n); while (seen.contains(id));
            }
            seen.add(id);
            return List.of(h.withAttr(h.attr().withId(id)));
        }).get(0);
    }

    /**
     * Whether an id can be an HTML id and, unescaped, a URL fragment in nav, NCX and links: not
     * empty, no whitespace or control characters, none of the characters URLs forbid or reserve in
     * a fragment. Non-ASCII letters are fine (IRIs).
     */
    static boolean usableId(String id) {
        if (id.isEmpty()) return false;
        return id.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c)
                || Character.isSpaceChar(c) || "#%\"<>\\^`{|}[]".indexOf(c) >= 0);
    }
}
