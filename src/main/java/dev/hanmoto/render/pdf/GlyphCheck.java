package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds characters that no font of the stacks in use can draw, before rendering: openhtmltopdf would
 * silently print {@code #} for them; {@link DrawableTextPass} sets them as 〓 (geta). One warning
 * ({@code missing-glyph}) per distinct character, at its first occurrence, with its code point and how
 * often it occurs.
 *
 * <p>Whitespace, controls and format characters (ZWJ, variation selectors) are not drawn and are not
 * checked.
 */
final class GlyphCheck {
    private final List<org.apache.fontbox.ttf.CmapLookup> cmaps;
    private final String stackNames;
    private final Map<Integer, Hit> missing = new LinkedHashMap<>();
    private final Pictures pictures;

    /** A missing character: where it was first seen (in an included file, that file) and how many times. */
    private static final class Hit {
        final Path file;
        final int line;
        final int col;
        int count;

        Hit(Path file, int line, int col) {
            this.file = file;
            this.line = line;
            this.col = col;
        }
    }

    GlyphCheck(List<FontFace> faces, String stackNames, Pictures pictures) {
        this.cmaps = FontLibrary.cmaps(faces);
        this.stackNames = stackNames;
        this.pictures = pictures;
    }

    /**
     * Checks a document against the faces of {@code stacks}: its {@code blocks} (the outline's copy)
     * and the front matter the title page shows. Reports to {@code diags}; returns the characters
     * found missing.
     */
    static Set<Integer> missing(Document doc, List<Block> blocks, FontStacks fonts, List<String> stacks,
                                Pictures pictures, Diagnostics diags) {
        List<FontFace> faces = new ArrayList<>();
        for (String s : stacks) faces.addAll(fonts.find(s).orElseThrow());
        faces.addAll(fonts.fallback());
        String names = String.join(", ", stacks) + (fonts.fallback().isEmpty() ? "" : " or the fallback chain (font-fallback)");
        GlyphCheck check = new GlyphCheck(faces, names, pictures);
        List<String> shown = new ArrayList<>();
        doc.meta().title().ifPresent(shown::add);
        doc.meta().findText(Meta.SUBTITLE).ifPresent(shown::add);
        doc.meta().description().ifPresent(shown::add);
        shown.addAll(doc.meta().authors());
        for (String text : shown) {
            for (Inline i : pictures.inlines(text)) if (i instanceof Inline.Text t) check.checkText(t.text());
        }
        // Emoji drawn as artwork and formulas drawn as pictures need no glyph (and a formula's ∈ or ℝ
        // would otherwise be set as 〓 in the TeX it is drawn from).
        check.checkBlocks(Walk.mapInlines(blocks, i -> pictures.isDrawn(i) ? List.of() : List.of(i)));
        check.report(doc.source(), diags);
        return new HashSet<>(check.missingCodePoints());
    }

    /** Checks front-matter text shown on the title page (no position inside the file). */
    void checkText(String text) {
        scan(text, SourcePos.NONE);
    }

    void checkBlocks(List<Block> blocks) {
        Walk.forEach(blocks, b -> {
            if (b instanceof Block.CodeBlock c) {
                // Content starts on the line after the opening fence.
                int line = c.pos().isKnown() ? c.pos().line() + 1 : 0;
                for (String l : c.text().split("\n", -1)) {
                    scanCode(l, line > 0 ? new SourcePos(line, 1, c.pos().file()) : SourcePos.NONE);
                    if (line > 0) line++;
                }
            }
        }, i -> {
            if (i instanceof Inline.Text t) scan(t.text(), t.pos());
            else if (i instanceof Inline.Code c) scanCode(c.text(), c.pos());
            else if (i instanceof Inline.Math m) scan(m.tex(), m.pos());
        });
    }

    /** Code text: the emoji in it that are drawn as pictures need no glyph. */
    private void scanCode(String s, SourcePos pos) {
        scan(s, pos, pictures.drawnEmoji(s));
    }

    private void scan(String s, SourcePos pos) {
        scan(s, pos, List.of());
    }

    private void scan(String s, SourcePos pos, List<XhtmlOptions.TextRange> drawn) {
        int next = 0;
        for (int i = 0; i < s.length(); ) {
            if (next < drawn.size() && i >= drawn.get(next).start()) {
                i = drawn.get(next++).end();
                continue;
            }
            int cp = s.codePointAt(i);
            if (!skipped(cp) && !FontLibrary.hasGlyph(cmaps, cp)) {
                int col = pos.isKnown() ? pos.col() + s.codePointCount(0, i) : 0;
                missing.computeIfAbsent(cp, k -> new Hit(pos.file(), pos.line(), col)).count++;
            }
            i += Character.charCount(cp);
        }
    }

    private static boolean skipped(int cp) {
        if (Character.isWhitespace(cp) || Character.isISOControl(cp)) return true;
        int type = Character.getType(cp);
        if (type == Character.FORMAT) return true;
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    /** Reports what was found, in order of first occurrence. */
    void report(Path file, Diagnostics diags) {
        missing.forEach((cp, hit) -> {
            String times = hit.count > 1 ? " (" + hit.count + " times)" : "";
            diags.report(Diagnostic.warning("missing-glyph",
                    "no glyph for '" + new String(Character.toChars(cp)) + "' (U+"
                            + String.format(java.util.Locale.ROOT, "%04X", cp) + ") in the fonts " + stackNames
                            + "; it is set as 〓 (U+3013)" + times,
                    hit.file != null ? hit.file : file, hit.line, hit.col));
        });
    }

    /** The code points found missing so far, in order of first occurrence. */
    List<Integer> missingCodePoints() {
        return List.copyOf(missing.keySet());
    }
}
