package dev.hanmoto.render.emoji;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EmojiArtworkTest {
    private final EmojiArtwork art = EmojiArtwork.twemoji();

    private static String svg(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    @Test
    void loadsTheWholeSet() {
        assertEquals(3720, art.size());
        assertTrue(svg(art.requireSvg("😀")).startsWith("<svg"));
    }

    @Test
    void findsKeycapsWithAndWithoutVariationSelector() {
        assertEquals("31-20e3", EmojiArtwork.key("1\uFE0F\u20E3"));
        assertTrue(art.has("1\uFE0F\u20E3"));
        assertTrue(art.has("1\u20E3"));
        assertTrue(art.has("#\uFE0F\u20E3"));
        assertTrue(art.has("🔟"));
        assertFalse(art.has("1"), "a plain digit is not an emoji");
    }

    @Test
    void keepsVariationSelectorInsideZwjNamesOptional() {
        // The file is 1f3f3-fe0f-200d-1f308.svg (rainbow flag); users type it with or without FE0F.
        assertTrue(art.has("\uD83C\uDFF3\uFE0F\u200D\uD83C\uDF08"));
        assertTrue(art.has("\uD83C\uDFF3\u200D\uD83C\uDF08"));
        assertTrue(art.has("❤️‍🔥"));
    }

    @Test
    void matchesLongestSequenceInText() {
        String text = "A👨‍👩‍👧‍👦B🇯🇵C👍🏽D1️⃣E🔟";
        List<EmojiArtwork.Match> all = art.findAll(text);
        assertEquals(List.of("1f468-200d-1f469-200d-1f467-200d-1f466", "1f1ef-1f1f5", "1f44d-1f3fd", "31-20e3", "1f51f"),
                all.stream().map(EmojiArtwork.Match::key).toList());
        for (var m : all) {
            String covered = text.substring(m.start(), m.end());
            assertFalse(covered.chars().anyMatch(c -> c >= 'A' && c <= 'E'), covered);
        }
        // The keycap's U+FE0F and U+20E3 belong to the match: the digit is never drawn beside half a frame.
        var keycap = all.get(3);
        assertEquals("1\uFE0F\u20E3", text.substring(keycap.start(), keycap.end()));
    }

    @Test
    void textDefaultCharactersNeedVariationSelector() {
        assertTrue(art.findAll("© 2026").isEmpty());
        assertEquals(1, art.findAll("©\uFE0F 2026").size());
        assertEquals(2, art.findAll("©\uFE0F 2026").get(0).end());
        assertTrue(art.findAll("☺\uFE0E").isEmpty(), "FE0E asks for text presentation");
        assertTrue(art.findAll("123 #tag").isEmpty());
    }

    /**
     * Issue 20: the set is read only when a text has a character that could start a picture, so
     * {@link EmojiArtwork#mayStart} must hold at the start of every sequence of the set (or a picture
     * would be missed), and reject ordinary text, digits and signs that are not keycaps.
     */
    @Test
    void everyPictureStartsWhereMayStartSaysOneCould() {
        int keycaps = 0;
        for (String key : art.keys()) {
            StringBuilder seq = new StringBuilder();
            for (String cp : key.split("-")) seq.appendCodePoint(Integer.parseInt(cp, 16));
            assertTrue(EmojiArtwork.mayStart(seq, 0), key);
            int first = seq.codePointAt(0);
            if (first < 0x80) {
                assertEquals(Integer.toHexString(first) + "-20e3", key, "an ASCII start is a keycap");
                keycaps++;
            }
        }
        assertEquals(12, keycaps, "# * 0-9");
        for (String plain : List.of("【年収1000万も】テクニカルオペレーションマネージャー", "123 #tag *", "Kubernetes運用、10の対策。")) {
            for (int i = 0; i < plain.length(); i++) assertFalse(EmojiArtwork.mayStart(plain, i), plain + " at " + i);
        }
        assertTrue(EmojiArtwork.mayStart("1\uFE0F\u20E3", 0));
        assertTrue(EmojiArtwork.mayStart("🇯🇵", 0));
    }

    @Test
    void seedHeadingEmojiAreFound() {
        assertEquals(List.of("1f4b0", "1f680"), art.findAll("💰年収と🚀ロードマップ").stream().map(EmojiArtwork.Match::key).toList());
    }

    @Test
    void isSharedAndThreadSafe() {
        assertSame(EmojiArtwork.twemoji(), EmojiArtwork.twemoji());
        var seen = ConcurrentHashMap.<Integer>newKeySet();
        IntStream.range(0, 64).parallel().forEach(i -> seen.add(art.requireSvg("🔟").length));
        assertEquals(1, seen.size());
    }
}
