package dev.hanmoto.source;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What our flexmark inline extensions ({@link DollarMath}, {@link VfmRuby}) share: each starts at a
 * trigger character, needs no ordering against other extensions and no work at the end of a block or
 * document, and appends a leaf node that keeps its source characters. Only {@code parse} differs.
 */
abstract class SourceInlineExtension implements InlineParserExtension {
    /** A leaf node whose one segment is the source it was read from. */
    abstract static class SourceNode extends Node {
        SourceNode(BasedSequence chars) {
            super(chars);
        }

        @Override
        public BasedSequence[] getSegments() {
            return new BasedSequence[] {getChars()};
        }
    }

    /** Makes a fresh extension per parser, triggered by any of {@code characters}. */
    static class Factory implements InlineParserExtensionFactory {
        private final String characters;
        private final Supplier<InlineParserExtension> make;

        Factory(String characters, Supplier<InlineParserExtension> make) {
            this.characters = characters;
            this.make = make;
        }

        @Override
        public CharSequence getCharacters() {
            return characters;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser parser) {
            return make.get();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }

    @Override
    public void finalizeDocument(InlineParser parser) {}

    @Override
    public void finalizeBlock(InlineParser parser) {}

    /** Ends the pending text run and appends {@code node} to the block being parsed. */
    static void append(LightInlineParser parser, Node node) {
        parser.flushTextNode();
        parser.getBlock().appendChild(node);
    }
}
