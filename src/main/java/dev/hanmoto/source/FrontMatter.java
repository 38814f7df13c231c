package dev.hanmoto.source;

import dev.hanmoto.ast.Meta;

/**
 * The result of reading a source's front matter.
 *
 * @param meta      the metadata under canonical keys ({@link Meta#EMPTY} when there is none)
 * @param format    which syntax it was written in
 * @param bodyStart char offset in the text where the Markdown body starts (0 when there is none)
 */
public record FrontMatter(Meta meta, Format format, int bodyStart) {
    /** The front-matter syntaxes we read. */
    public enum Format { NONE, YAML, JSON, TOML }

    public static final FrontMatter NONE = new FrontMatter(Meta.EMPTY, Format.NONE, 0);
}
