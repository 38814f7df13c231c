package dev.hanmoto.source;

import dev.hanmoto.ast.SourcePos;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Pairs raw-HTML open and close tags that flexmark hands over as separate nodes ({@code <strong>},
 * text, {@code </strong>}) and wraps what lies between. Used for inline tags inside one inline
 * container and for block tags ({@code <div>} … {@code </div>} around Markdown) inside one block
 * container. A close tag with no open partner is dropped with an {@code unbalanced-html} warning; an
 * open tag never closed is closed at the end of its container, also with a warning.
 *
 * @param <T> {@code Inline} or {@code Block}
 */
final class TagStack<T> {
    /** Turns a closed tag and its content into nodes. */
    interface Wrapper<T> {
        List<T> wrap(Element el, List<T> content, SourcePos pos);
    }

    private record Frame<T>(String tag, Element el, SourcePos pos, List<T> content) {}

    private final Deque<Frame<T>> stack = new ArrayDeque<>();
    private final List<T> root = new ArrayList<>();
    private final Wrapper<T> wrapper;
    private final SourceContext ctx;
    private final String where;
    private final int maxOpen;
    /** Open tags ignored because too many were open, per tag name, so their close tags are quiet. */
    private final java.util.Map<String, Integer> ignored = new java.util.HashMap<>();

    /** {@code where} names the container for messages ("paragraph", "block"). */
    TagStack(Wrapper<T> wrapper, SourceContext ctx, String where, int maxOpen) {
        this.wrapper = wrapper;
        this.ctx = ctx;
        this.where = where;
        this.maxOpen = maxOpen;
    }

    void add(T node) {
        top().add(node);
    }

    void addAll(List<T> nodes) {
        top().addAll(nodes);
    }

    /**
     * Opens a tag. Beyond {@code maxOpen} open tags the tag is ignored (its content kept) with one
     * {@code nesting-too-deep} warning: this bounds both the AST depth and the cost of {@link #close}.
     */
    void open(Element el, SourcePos pos) {
        if (stack.size() >= maxOpen) {
            ctx.warnOnce("nesting-too-deep", "more than " + maxOpen + " raw HTML tags open at once; "
                    + "the deeper ones are ignored", pos);
            ignored.merge(el.normalName(), 1, Integer::sum);
            return;
        }
        stack.push(new Frame<>(el.normalName(), el, pos, new ArrayList<>()));
    }

    void close(String tag, SourcePos pos) {
        boolean found = false;
        for (Iterator<Frame<T>> it = stack.iterator(); it.hasNext(); ) {
            if (it.next().tag().equals(tag)) { found = true; break; }
        }
        if (!found && ignored.getOrDefault(tag, 0) > 0) {
            ignored.merge(tag, -1, Integer::sum);
            return;
        }
        if (!found) {
            ctx.warn("unbalanced-html", "stray </" + tag + "> with no matching <" + tag + ">; removed", pos);
            return;
        }
        while (true) {
            Frame<T> f = stack.pop();
            if (f.tag().equals(tag)) {
                top().addAll(wrapper.wrap(f.el(), f.content(), f.pos()));
                return;
            }
            ctx.warn("unbalanced-html", "<" + f.tag() + "> is never closed; closed at </" + tag + "> ("
                    + pos + ")", f.pos());
            top().addAll(wrapper.wrap(f.el(), f.content(), f.pos()));
        }
    }

    /** Closes what is still open and returns the container's nodes. */
    List<T> finish() {
        while (!stack.isEmpty()) {
            Frame<T> f = stack.pop();
            ctx.warn("unbalanced-html", "<" + f.tag() + "> is never closed; closed at the end of the " + where, f.pos());
            top().addAll(wrapper.wrap(f.el(), f.content(), f.pos()));
        }
        return root;
    }

    private List<T> top() {
        return stack.isEmpty() ? root : stack.peek().content();
    }
}
