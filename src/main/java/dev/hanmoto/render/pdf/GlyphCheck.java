package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.theme.FontFace;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds characters that no font of the stacks in use can draw, before rendering: openhtmltopdf would
 * silently print {@code #} for them. The renderer sets them as 〓 (geta). One warning ({@code missing-glyph}) per distinct character, at its
 * first occurrence, with its code point and how often it occurs.
 *
 * <p>Whitespace, controls and format characters (ZWJ, variation selectors) are not drawn and are not
 * checked.
 */
final class GlyphCheck {
    private final List<org.apache.fontbox.ttf.CmapLookup> cmaps;
    private final String stackNames;
    private final Map<Integer, Hit> missing = new LinkedHashMap<>();

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

    GlyphCheck(List<FontFace> faces, String stackNames) {
        this.cmaps = FontLibrary.cmaps(faces);
        this.stackNames = stackNames;
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
                    scan(l, line > 0 ? new SourcePos(line, 1, c.pos().file()) : SourcePos.NONE);
                    if (line > 0) line++;
                }
            }
        }, i -> {
            if (i instanceof Inline.Text t) scan(t.text(), t.pos());
            else if (i instanceof Inline.Code c) scan(c.text(), c.pos());
            else if (i instanceof Inline.Math m) scan(m.tex(), m.pos());
        });
    }

    private void scan(String s, SourcePos pos) {
        for (int i = 0; i < s.length(); ) {
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
