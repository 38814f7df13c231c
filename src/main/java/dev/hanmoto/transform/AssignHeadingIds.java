package dev.hanmoto.transform;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Gives every heading without an id a stable, readable one made from its text, so that the TOC, the
 * PDF outline, EPUB nav and cross-references agree, and so that a link written for GitHub (or Zenn,
 * Qiita, mdBook, which follow the same rule) finds its heading. Japanese stays Japanese.
 *
 * <p>Rule: GitHub's (github-slugger, as github.com makes heading anchors): the text lower-cased;
 * every character removed but letters, marks, decimal and letter numbers, connector punctuation
 * ({@code _}), the hyphen-minus and the space; each space becomes {@code -} (so {@code a - b} gives
 * {@code a---b}; full-width spaces, tabs and every other punctuation or symbol are removed). Two
 * amendments, so that an id is a valid NCName in XHTML, EPUB and PDF named destinations and reads
 * well: emoji sequences (keycaps such as 1️⃣ included) are removed whole and leading {@code -} are
 * dropped, and an id that would not start with a letter or {@code _} gets the prefix
 * {@value #PREFIX} (an empty one becomes {@code h}). A link written with GitHub's form of such an id
 * ({@code #2-setup}) is found by {@link #slug} of the fragment. Repeats get {@code -1}, {@code -2}, …
 * in document order, as on GitHub; ids already in the document (explicit heading ids, ids from raw
 * HTML) are kept and never reused.
 */
public final class AssignHeadingIds implements Transform {
    static final String PREFIX = "h-";

    @Override
    public Document apply(Document d) {
        Set<String> used = ids(d.blocks());
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

    /** Every id the blocks give an element (headings, divs, tables, code, spans, links, images). */
    public static Set<String> ids(List<Block> blocks) {
        Set<String> ids = new HashSet<>();
        Walk.forEach(blocks, b -> {
            String id = Block.idOf(b);
            if (!id.isEmpty()) ids.add(id);
        }, i -> {
            String id = inlineId(i);
            if (!id.isEmpty()) ids.add(id);
        });
        return ids;
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

    /**
     * The id for a heading text, before de-duplication; also what a link's fragment is tried as when
     * no id matches it as written (it turns GitHub's {@code 2-setup} into this rule's {@code h-2-setup}).
     */
    public static String slug(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        for (Emoji.Piece piece : Emoji.split(s)) {
            if (piece.emoji()) continue;
            String t = piece.text();
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == ' ' || cp == '-') {
                    if (sb.length() > 0) sb.append('-');
                } else if (keeps(cp)) {
                    sb.appendCodePoint(cp);
                }
            }
        }
        if (sb.length() == 0) return "h";
        int first = sb.codePointAt(0);
        if (!(first == '_' || (Character.isLetter(first) && isNameStartChar(first)))) return PREFIX + sb;
        return sb.toString();
    }

    /**
     * What GitHub keeps besides space and hyphen: letters, marks, decimal and letter numbers, connector
     * punctuation, and what Unicode calls alphabetic (circled letters, which are symbols otherwise) —
     * if XML allows it in a name.
     */
    private static boolean keeps(int cp) {
        int type = Character.getType(cp);
        boolean word = Character.isLetter(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.CONNECTOR_PUNCTUATION || Character.isAlphabetic(cp);
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

    private static String inlineId(Inline i) {
        Attr a = null;
        if (i instanceof Inline.Span x) a = x.attr();
        else if (i instanceof Inline.Link x) a = x.attr();
        else if (i instanceof Inline.Image x) a = x.attr();
        return a == null ? "" : a.id();
    }
}
