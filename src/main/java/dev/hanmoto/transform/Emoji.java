package dev.hanmoto.transform;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import dev.hanmoto.text.BreakIterators;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds emoji in text by Unicode properties (UTS #51) over extended grapheme clusters (UAX #29), so
 * that a ZWJ family, a flag, a skin-toned hand or a keycap such as 1️⃣ is one emoji.
 *
 * <p>A cluster is an emoji when it is a keycap ([0-9#*] + U+20E3), a regional-indicator pair, or
 * starts with an {@code Emoji} character that has emoji presentation by default, or is asked for it
 * with U+FE0F, or carries a ZWJ or a skin-tone modifier. Text-default characters on their own
 * (©, ™, ↔, digits) are not emoji.
 */
final class Emoji {
    private static final int VS15 = 0xFE0E;
    private static final int VS16 = 0xFE0F;
    private static final int ZWJ = 0x200D;
    private static final int KEYCAP = 0x20E3;

    private Emoji() {}

    /** A run of text that is either one emoji or none. */
    record Piece(String text, int offset, boolean emoji) {}

    /** Splits {@code s} into emoji and non-emoji pieces, in order; one piece if there is no emoji. */
    static List<Piece> split(String s) {
        if (!mayContain(s)) return List.of(new Piece(s, 0, false));
        List<Piece> out = new ArrayList<>();
        BreakIterator bi = BreakIterators.graphemes();
        bi.setText(s);
        int textStart = 0;
        int start = bi.first();
        for (int end = bi.next(); end != BreakIterator.DONE; start = end, end = bi.next()) {
            String cluster = s.substring(start, end);
            if (isEmoji(cluster)) {
                if (start > textStart) out.add(new Piece(s.substring(textStart, start), textStart, false));
                out.add(new Piece(cluster, start, true));
                textStart = end;
            }
        }
        if (textStart < s.length()) out.add(new Piece(s.substring(textStart), textStart, false));
        return out;
    }

    /** A cheap linear pre-check: some code point could start or form an emoji. */
    private static boolean mayContain(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp == KEYCAP || cp == VS16) return true;
            if (cp > 0x7f && (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI)
                    || UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC))) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether one grapheme cluster is an emoji. */
    static boolean isEmoji(String cluster) {
        int first = cluster.codePointAt(0);
        boolean keycapBase = first == '#' || first == '*' || (first >= '0' && first <= '9');
        if (keycapBase) return cluster.indexOf(KEYCAP) >= 0;
        if (UCharacter.hasBinaryProperty(first, UProperty.REGIONAL_INDICATOR)) return true;
        if (!UCharacter.hasBinaryProperty(first, UProperty.EMOJI)
                && !UCharacter.hasBinaryProperty(first, UProperty.EXTENDED_PICTOGRAPHIC)) return false;
        if (cluster.indexOf(VS15) >= 0) return false; // text presentation asked for
        if (UCharacter.hasBinaryProperty(first, UProperty.EMOJI_PRESENTATION)) return true;
        for (int i = Character.charCount(first); i < cluster.length(); ) {
            int cp = cluster.codePointAt(i);
            if (cp == VS16 || cp == ZWJ || UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }
}
