package dev.hanmoto.transform;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every heading without an id a stable, readable one made from its text, so that the TOC, the
 * PDF outline, EPUB nav and cross-references agree. Japanese stays Japanese.
 *
 * <p>Rule: NFKC (full-width Latin becomes ASCII), Latin lowercased, emoji removed, whitespace runs
 * become one {@code -}, every other punctuation or symbol removed, leading and trailing {@code -}
 * dropped. Only XML NameChars survive, and the id must start with a letter or {@code _}; otherwise it
 * gets the prefix {@value #PREFIX} (an empty one becomes {@code h}). So ids are valid NCNames in
 * XHTML, EPUB and PDF named destinations. Repeats get {@code -1}, {@code -2}, … in document order;
 * ids already in the document (explicit heading ids, ids from raw HTML) are kept and never reused.
 */
public final class AssignHeadingIds implements Transform {
    static final String PREFIX = "h-";

    @Override
    public Document apply(Document d) {
        Set<String> used = new HashSet<>();
        Walk.forEach(d.blocks(), b -> {
            String id = blockId(b);
            if (!id.isEmpty()) used.add(id);
        }, i -> {
            String id = inlineId(i);
            if (!id.isEmpty()) used.add(id);
        });
        Map<String, Integer> nextSuffix = new HashMap<>();
        List<Block> blocks = Walk.mapBlocks(d.blocks(), b -> {
            if (b instanceof Block.Heading h && h.attr().id().isEmpty()) {
                String id = unique(slug(Walk.plainText(h.inlines())), used, nextSuffix);
                return List.of(h.withAttr(h.attr().withId(id)));
            }
            return List.of(b);
        });
        return d.withBlocks(blocks);
    }

    private static String unique(String base, Set<String> used, Map<String, Integer> nextSuffix) {
        if (used.add(base)) return base;
        int n = nextSuffix.getOrDefault(base, 1);
        while (used.contains(base + "-" + n)) n++;
        nextSuffix.put(base, n + 1);
        String id = base + "-" + n;
        used.add(id);
        return id;
    }

    /** The id for a heading text, before de-duplication. */
    public static String slug(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean dash = false;
        for (Emoji.Piece piece : Emoji.split(s)) {
            if (piece.emoji()) continue;
            String t = piece.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == '-') {
                    dash = true;
                } else if (keeps(cp)) {
                    if (dash && sb.length() > 0) sb.append('-');
                    dash = false;
                    sb.appendCodePoint(cp);
                }
            }
        }
        if (sb.length() == 0) return "h";
        int first = sb.codePointAt(0);
        if (!(first == '_' || (Character.isLetter(first) && isNameStartChar(first)))) return PREFIX + sb;
        return sb.toString();
    }

    /** Letters, digits, combining marks and {@code _}, if XML allows them in a name. */
    private static boolean keeps(int cp) {
        if (cp == '_') return true;
        int type = Character.getType(cp);
        boolean word = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.LETTER_NUMBER;
        boolean selector = (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
        return word && !selector && isNameChar(cp);
    }

    /** XML 1.0 (Fifth Edition) §2.3 NameStartChar, without ':' (NCName). */
    static boolean isNameStartChar(int c) {
        return (c >= 'A' && c <= 'Z') || c == '_' || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0xD6)
                || (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D)
                || (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F)
                || (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF)
                || (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
    }

    /** XML 1.0 (Fifth Edition) §2.3 NameChar, without ':'. */
    static boolean isNameChar(int c) {
        return isNameStartChar(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7
                || (c >= 0x300 && c <= 0x36F) || (c >= 0x203F && c <= 0x2040);
    }

    private static String blockId(Block b) {
        if (b instanceof Block.Heading h) return h.attr().id();
        if (b instanceof Block.Div x) return x.attr().id();
        if (b instanceof Block.Table x) return x.attr().id();
        if (b instanceof Block.CodeBlock x) return x.attr().id();
        return "";
    }

    private static String inlineId(Inline i) {
        Attr a = null;
        if (i instanceof Inline.Span x) a = x.attr();
        else if (i instanceof Inline.Link x) a = x.attr();
        else if (i instanceof Inline.Image x) a = x.attr();
        return a == null ? "" : a.id();
    }
}
