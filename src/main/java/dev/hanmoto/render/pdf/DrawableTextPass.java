package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text as the fonts can draw it: each character no font of the stylesheet's stacks has ({@link
 * GlyphCheck}, which warned about it) is set as 〓, and the invisible characters that select emoji
 * presentation are dropped. In text, code, code blocks and formulas' TeX, in every part of the page.
 */
final class DrawableTextPass implements AstPass {
    /**
     * A character no font can draw is set as 〓 (geta, U+3013), the Japanese typesetter's mark for a
     * missing sort, instead of openhtmltopdf's {@code #} (which also leaves the PDF without a Unicode
     * mapping for it, failing PDF/A and PDF/UA).
     */
    static final int GETA = 0x3013;

    /**
     * Variation selectors and the zero-width joiner select emoji presentation; no text face has them,
     * and openhtmltopdf would print {@code #} for them. Drawn as text, they are dropped (the emoji
     * itself is kept, and warned about if no font has it). The PDF outline keeps them: viewers draw it.
     */
    private static final Pattern INVISIBLE = Pattern.compile("[\\x{FE00}-\\x{FE0F}\\x{200D}\\x{E0100}-\\x{E01EF}]");

    @Override
    public Document apply(Document doc, PassContext ctx) {
        Set<Integer> missing = ctx.missingGlyphs();
        return doc.withBlocks(Walk.map(doc.blocks(), b -> {
            if (b instanceof Block.CodeBlock c) return List.of(new Block.CodeBlock(c.attr(), drawableCode(c.text(), missing, ctx.pictures()), c.pos()));
            return List.of(b);
        }, i -> {
            if (i instanceof Inline.Text t) return List.of(new Inline.Text(drawable(t.text(), missing), t.pos()));
            if (i instanceof Inline.Code c) return List.of(new Inline.Code(drawableCode(c.text(), missing, ctx.pictures()), c.pos()));
            if (i instanceof Inline.Math m) return List.of(new Inline.Math(m.attr(), m.type(), drawable(m.tex(), missing), m.pos()));
            return List.of(i);
        }));
    }

    /**
     * Code as {@link #drawable}, except the emoji the writer draws as pictures ({@link Pictures#drawnEmoji}):
     * those keep their selectors and joiners, which make one picture of a sequence such as 👨‍💻.
     */
    static String drawableCode(String code, Set<Integer> missing, Pictures pictures) {
        StringBuilder sb = new StringBuilder(code.length());
        int at = 0;
        for (var r : pictures.drawnEmoji(code)) {
            sb.append(drawable(code.substring(at, r.start()), missing)).append(code, r.start(), r.end());
            at = r.end();
        }
        return sb.append(drawable(code.substring(at), missing)).toString();
    }

    /** The text without invisible selectors, each missing character as 〓. */
    static String drawable(String s, Set<Integer> missing) {
        String visible = INVISIBLE.matcher(s).replaceAll("");
        if (missing.isEmpty()) return visible;
        StringBuilder sb = new StringBuilder(visible.length());
        visible.codePoints().forEach(cp -> sb.appendCodePoint(missing.contains(cp) ? GETA : cp));
        return sb.toString();
    }
}
