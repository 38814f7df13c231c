package dev.hanmoto.source;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Fenced containers as a flexmark block parser: pandoc's and VFM's fenced divs ({@code ::: {.note}},
 * {@code ::: warning}) and Zenn's {@code :::message} / {@code :::details タイトル}. A line of three or
 * more colons followed by a name or an attribute block opens one; a line of only colons (three or
 * more) closes the innermost open one, whatever the fences' lengths ({@code ::::} around {@code :::}
 * is for the reader's eye, as in pandoc). A closing line inside fenced code is code.
 *
 * <p>Closing works through flexmark's own machinery, so that every block open inside the container
 * (a paragraph, a list) is finished properly: the container does not continue on its closing line,
 * and a {@link Closer} leaf starts there instead, which closes the unmatched container and consumes
 * the line. The reader skips closers; a container still open at the end of the file is reported by
 * the reader ({@link Div#closed()} is false).
 */
final class FencedDivs {
    private FencedDivs() {}

    /** A fenced container; {@link #info()} is what follows the opening colons, trimmed. */
    static final class Div extends Block {
        private String info = "";
        private boolean closed;

        String info() { return info; }

        /** Whether a closing fence ended it (false: the file or the enclosing block ended first). */
        boolean closed() { return closed; }

        @Override
        public BasedSequence[] getSegments() { return EMPTY_SEGMENTS; }
    }

    /** The closing fence line; no content. */
    static final class Closer extends Block {
        @Override
        public BasedSequence[] getSegments() { return EMPTY_SEGMENTS; }
    }

    /** The text after an opening fence, or null if {@code line} (from its first non-space) is none. */
    static String openerInfo(CharSequence line) {
        int colons = colons(line);
        if (colons < 3) return null;
        String rest = line.subSequence(colons, line.length()).toString().strip();
        if (rest.isEmpty()) return null;
        // pandoc allows colons after the attributes too: "::: note :::".
        int end = rest.length();
        while (end > 0 && rest.charAt(end - 1) == ':') end--;
        String info = rest.substring(0, end).strip();
        return info.isEmpty() ? null : info;
    }

    /** Whether {@code line} (from its first non-space) is a closing fence: only colons, at least three. */
    static boolean isCloser(CharSequence line) {
        int colons = colons(line);
        return colons >= 3 && line.subSequence(colons, line.length()).toString().isBlank();
    }

    private static int colons(CharSequence s) {
        int n = 0;
        while (n < s.length() && s.charAt(n) == ':') n++;
        return n;
    }

    private static CharSequence rest(ParserState state) {
        BasedSequence line = state.getLine();
        return line.subSequence(state.getNextNonSpaceIndex(), line.length());
    }

    /** The innermost open fenced container around the active block, or null. */
    private static Div openDiv(ParserState state) {
        for (Node n = state.getActiveBlockParser().getBlock(); n != null; n = n.getParent()) {
            if (n instanceof Div d) return d;
        }
        return null;
    }

    private static final class DivParser extends AbstractBlockParser {
        private final Div block = new Div();

        DivParser(BasedSequence opener, String info) {
            block.setChars(opener);
            block.info = info;
        }

        @Override
        public Block getBlock() { return block; }

        @Override
        public boolean isContainer() { return true; }

        @Override
        public boolean canContain(ParserState state, BlockParser blockParser, Block block) { return true; }

        @Override
        public BlockContinue tryContinue(ParserState state) {
            if (state.getIndent() < 4 && isCloser(rest(state))) {
                Block active = state.getActiveBlockParser().getBlock();
                // Inside fenced code it is code; with a container open inside this one, that one closes.
                boolean inCode = active instanceof FencedCodeBlock;
                if (!inCode && openDiv(state) == block) {
                    block.closed = true;
                    return BlockContinue.none();
                }
            }
            return BlockContinue.atIndex(state.getIndex());
        }

        @Override
        public void closeBlock(ParserState state) {
            block.setCharsFromContent();
        }
    }

    private static final class CloserParser extends AbstractBlockParser {
        private final Closer block = new Closer();

        CloserParser(BasedSequence line) { block.setChars(line); }

        @Override
        public Block getBlock() { return block; }

        @Override
        public BlockContinue tryContinue(ParserState state) { return BlockContinue.none(); }

        @Override
        public void closeBlock(ParserState state) {}
    }

    /** Registers the parser with flexmark. */
    static final class Factory implements CustomBlockParserFactory {
        @Override
        public Set<Class<?>> getAfterDependents() { return null; }

        @Override
        public Set<Class<?>> getBeforeDependents() { return null; }

        @Override
        public boolean affectsGlobalScope() { return false; }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    if (state.getIndent() >= 4) return BlockStart.none();
                    BasedSequence line = state.getLine();
                    CharSequence rest = rest(state);
                    if (isCloser(rest)) {
                        // The innermost container did not continue on this line: consume it here.
                        Div open = openDiv(state);
                        if (open == null || !open.closed) return BlockStart.none();
                        return BlockStart.of(new CloserParser(line.subSequence(state.getIndex()))).atIndex(line.length());
                    }
                    String info = openerInfo(rest);
                    if (info == null) return BlockStart.none();
                    return BlockStart.of(new DivParser(line.subSequence(state.getIndex()), info)).atIndex(line.length());
                }
            };
        }
    }
}
