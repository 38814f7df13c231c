package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Block;
import java.util.List;

/**
 * One content document of the book: its package-relative href, the title of its page, its blocks,
 * and the language and matter of its first block.
 */
record Chapter(String href, String title, List<Located> parts, String lang, String matter) {
    Chapter {
        parts = List.copyOf(parts);
    }

    List<Block> blocks() {
        return parts.stream().map(Located::block).toList();
    }

    Chapter withParts(List<Located> newParts) {
        return new Chapter(href, title, newParts, lang, matter);
    }
}
