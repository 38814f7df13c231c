package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.render.emoji.EmojiArtwork;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the PDF draws as pictures instead of text: emoji that have artwork (inline SVG) and TeX
 * formulas ({@link MathImages}). The passes ask here whether an inline is a picture (nothing can be
 * glued into one; a glyph check has nothing to look for in it); the title page asks here for its
 * front-matter texts as inlines.
 */
final class Pictures {
    /** The class and attribute of an emoji span (as {@code transform.MarkEmoji} sets them). */
    static final String EMOJI_CLASS = "emoji";
    static final String EMOJI_ATTR = "data-emoji";

    private final Function<String, Optional<String>> emojiSource;

    /** @param emojiSource the image {@code src} of an emoji sequence's artwork, empty when it has none */
    Pictures(Function<String, Optional<String>> emojiSource) {
        this.emojiSource = emojiSource;
    }

    /** The bundled Twemoji artwork as {@code data:} URIs (no file, no network). */
    static Pictures twemoji() {
        return new Pictures(Pictures::twemojiDataUri);
    }

    /** The Twemoji SVG of an emoji sequence as a {@code data:} URI. */
    static Optional<String> twemojiDataUri(String emoji) {
        return EmojiArtwork.twemoji().findSvg(emoji)
                .map(svg -> "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg));
    }

    /** The image {@code src} of an emoji sequence's artwork, empty when it stays text (the writer's option). */
    Function<String, Optional<String>> emojiSource() {
        return emojiSource;
    }

    /** True for an emoji span, drawn or not: its content is the emoji, never text of the line. */
    static boolean isEmoji(Inline i) {
        return i instanceof Inline.Span s && s.attr().hasClass(EMOJI_CLASS);
    }

    /** True if the inline is drawn as a picture: an emoji with artwork, or a formula that can be drawn. */
    boolean isDrawn(Inline i) {
        if (i instanceof Inline.Math m) return MathImages.isDrawn(m);
        return i instanceof Inline.Span s && isEmoji(s)
                && emojiSource.apply(s.attr().attributes().getOrDefault(EMOJI_ATTR, Walk.plainText(s.content()))).isPresent();
    }

    /**
     * The emoji in a code text that have artwork, in order: the writer draws them as pictures
     * ({@code XhtmlOptions.emojiInCode}), as it draws the emoji spans of text. Code is a leaf of the
     * tree, so they are found here rather than marked by {@code transform.MarkEmoji}.
     */
    List<XhtmlOptions.TextRange> drawnEmoji(String code) {
        List<XhtmlOptions.TextRange> out = new ArrayList<>();
        for (var m : EmojiArtwork.twemoji().findAll(code)) {
            if (emojiSource.apply(code.substring(m.start(), m.end())).isPresent()) out.add(new XhtmlOptions.TextRange(m.start(), m.end()));
        }
        return out;
    }

    /**
     * Front-matter text as inlines: emoji that have artwork become emoji spans (drawn as pictures,
     * like the body's), the rest stays text.
     */
    List<Inline> inlines(String s) {
        List<Inline> out = new ArrayList<>();
        int at = 0;
        for (var m : EmojiArtwork.twemoji().findAll(s)) {
            String seq = s.substring(m.start(), m.end());
            if (emojiSource.apply(seq).isEmpty()) continue;
            if (m.start() > at) out.add(new Inline.Text(s.substring(at, m.start()), SourcePos.NONE));
            out.add(new Inline.Span(new Attr("", List.of(EMOJI_CLASS), Map.of(EMOJI_ATTR, seq)),
                    List.of(new Inline.Text(seq, SourcePos.NONE))));
            at = m.end();
        }
        if (at < s.length()) out.add(new Inline.Text(s.substring(at), SourcePos.NONE));
        return out;
    }
}
