package dev.hanmoto.ast;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * A whole document: metadata, blocks, and the file it came from (for diagnostics and for resolving
 * relative resources). A book is one document whose chapters are {@link Block.Div}s with class
 * {@code chapter} (and {@code part}), each carrying its own source file in the attribute
 * {@value #SOURCE_ATTR}.
 */
public record Document(Meta meta, List<Block> blocks, Path source) {
    /** Div attribute naming the file a chapter came from, relative paths resolved against it. */
    public static final String SOURCE_ATTR = "data-source";

    public Document {
        Objects.requireNonNull(meta);
        blocks = List.copyOf(blocks);
        Objects.requireNonNull(source);
    }

    public Document withBlocks(List<Block> newBlocks) {
        return new Document(meta, newBlocks, source);
    }

    public Document withMeta(Meta newMeta) {
        return new Document(newMeta, blocks, source);
    }

    /** The slug for output names: front matter {@code slug}, else the source file name without extension. */
    public String slug() {
        return meta.slug().orElseGet(() -> {
            String name = source.getFileName() == null ? "document" : source.getFileName().toString();
            int dot = name.lastIndexOf('.');
            return dot > 0 ? name.substring(0, dot) : name;
        });
    }
}
