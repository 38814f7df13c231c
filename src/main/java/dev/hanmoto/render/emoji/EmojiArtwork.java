package dev.hanmoto.render.emoji;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Colour emoji artwork: maps an emoji sequence to its Twemoji SVG.
 *
 * <p>The artwork is the npm package {@code @twemoji/svg} 15.0.0 tarball, committed unchanged as the
 * class-path resource {@value #RESOURCE} (1.5 MB; 3,720 SVGs, 8 MB unpacked). It is read once, on the
 * first lookup that may find a picture, and kept in memory: a text with no character that could start
 * an emoji ({@link #mayStart}) never reads it, so a card whose title has none does not pay for it.
 * Every method is safe to call from many threads.
 *
 * <p>Twemoji names a file after the sequence's code points in lower-case hex joined by {@code -}, and
 * drops U+FE0F (emoji presentation selector) from most names but keeps it in some ZWJ sequences
 * ({@code 1f3f3-fe0f-200d-1f308}). Lookups therefore ignore U+FE0F on both sides: 1️⃣ written as
 * {@code 31 fe0f 20e3} or {@code 31 20e3} both find {@code 31-20e3.svg}. Matching in running text
 * ({@link #match}) takes the longest sequence that has artwork, so flags (regional-indicator pairs),
 * skin tones (U+1F3FB–1F3FF), keycaps, tag sequences and ZWJ sequences come out as one picture.
 * A single code point whose default presentation is text (UTS #51 {@code Emoji_Presentation=No},
 * e.g. ©, ☺, ↔) counts as emoji only when U+FE0F follows it; U+FE0E forces text.
 */
public final class EmojiArtwork {
    /** Class-path resource holding the artwork. */
    public static final String RESOURCE = "/emoji/twemoji-svg-15.0.0.tgz";

    /** Attribution line required by CC-BY 4.0 wherever the artwork is shown. */
    public static final String ATTRIBUTION =
            "Emoji graphics: Twemoji by Twitter, Inc and other contributors (jdecked/twemoji), licensed CC-BY 4.0";

    private static final int VS16 = 0xFE0F;
    private static final int VS15 = 0xFE0E;

    /** One emoji found in a text: chars {@code [start, end)} and the artwork key. */
    public record Match(int start, int end, String key) {}

    private static final EmojiArtwork TWEMOJI = new EmojiArtwork();

    /** The bundled Twemoji set (read on the first lookup that may find a picture). */
    public static EmojiArtwork twemoji() {
        return TWEMOJI;
    }

    /**
     * The pictures, read once.
     *
     * @param svgs      key without U+FE0F → SVG bytes
     * @param maxLength longest sequence, in code points other than U+FE0F
     * @param starts    code points that start some sequence: a quick reject for ordinary text
     */
    private record Loaded(Map<String, byte[]> svgs, int maxLength, BitSet starts) {
        static Loaded of(Map<String, byte[]> svgs) {
            int max = 1;
            BitSet starts = new BitSet(0x20000);
            for (String k : svgs.keySet()) {
                String[] cps = k.split("-");
                max = Math.max(max, cps.length);
                starts.set(Integer.parseInt(cps[0], 16));
            }
            return new Loaded(svgs, max, starts);
        }
    }

    private volatile Loaded pictures;

    private EmojiArtwork() {}

    private Loaded pictures() {
        Loaded p = pictures;
        if (p == null) {
            synchronized (this) {
                p = pictures;
                if (p == null) pictures = p = Loaded.of(load());
            }
        }
        return p;
    }

    /** Number of pictures in the set. */
    public int size() {
        return pictures().svgs().size();
    }

    /** Every key of the set (for tests of {@link #mayStart}). */
    java.util.Set<String> keys() {
        return pictures().svgs().keySet();
    }

    /**
     * Whether a sequence of the set could start at char {@code start} of {@code text}, told without
     * reading the set: a keycap base ({@code # * 0–9}) only before U+20E3 (U+FE0F between them
     * optional), any other code point only if Unicode makes it an emoji, a pictograph or a regional
     * indicator, or it is for private use (Twemoji has a picture for U+E50A). {@code EmojiArtworkTest} checks every key of the set against this.
     */
    static boolean mayStart(CharSequence text, int start) {
        int first = Character.codePointAt(text, start);
        if (first == '#' || first == '*' || (first >= '0' && first <= '9')) {
            int i = start + 1;
            while (i < text.length() && text.charAt(i) == VS16) i++;
            return i < text.length() && text.charAt(i) == 0x20E3;
        }
        return first > 0x7F && (Character.getType(first) == Character.PRIVATE_USE   // Twemoji draws U+E50A
                || UCharacter.hasBinaryProperty(first, UProperty.EMOJI)
                || UCharacter.hasBinaryProperty(first, UProperty.EXTENDED_PICTOGRAPHIC)
                || UCharacter.hasBinaryProperty(first, UProperty.REGIONAL_INDICATOR));
    }

    /**
     * The key for an emoji sequence: code points in lower-case hex joined by {@code -}, U+FE0F left out
     * (e.g. {@code "1️⃣"} → {@code "31-20e3"}).
     */
    public static String key(CharSequence emoji) {
        StringBuilder sb = new StringBuilder();
        emoji.codePoints().filter(cp -> cp != VS16).forEach(cp -> {
            if (!sb.isEmpty()) sb.append('-');
            sb.append(Integer.toHexString(cp));
        });
        return sb.toString();
    }

    /** Whether the whole of {@code emoji} is one sequence with artwork. */
    public boolean has(CharSequence emoji) {
        return pictures().svgs().containsKey(key(emoji));
    }

    /** The SVG of an emoji sequence (U+FE0F optional), if the set has it. */
    public Optional<byte[]> findSvg(CharSequence emoji) {
        byte[] b = pictures().svgs().get(key(emoji));
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    /** The SVG as text (UTF-8), e.g. to inline it in XHTML. */
    public Optional<String> findSvgText(CharSequence emoji) {
        byte[] b = pictures().svgs().get(key(emoji));
        return b == null ? Optional.empty() : Optional.of(new String(b, StandardCharsets.UTF_8));
    }

    /** The SVG of an emoji sequence; throws if the set has none (check with {@link #has}). */
    public byte[] requireSvg(CharSequence emoji) {
        return findSvg(emoji).orElseThrow(() -> new IllegalArgumentException("no emoji artwork for " + key(emoji)));
    }

    /** The SVG for a key as returned by {@link #key} or {@link Match#key()}. */
    public Optional<byte[]> findSvgByKey(String key) {
        byte[] b = pictures().svgs().get(key);
        return b == null ? Optional.empty() : Optional.of(b.clone());
    }

    /**
     * The emoji sequence with artwork that starts at char index {@code start}, longest first, including
     * any U+FE0F that follows it; empty if none starts there.
     */
    public Optional<Match> match(CharSequence text, int start) {
        if (start >= text.length()) return Optional.empty();
        if (!mayStart(text, start)) return Optional.empty();
        Loaded set = pictures();
        Map<String, byte[]> svgs = set.svgs();
        int maxLength = set.maxLength();
        int first = Character.codePointAt(text, start);
        if (!set.starts().get(first)) return Optional.empty();
        // Gather up to maxLength code points (U+FE0F skipped but remembered through the end index).
        int[] cps = new int[maxLength];
        int[] ends = new int[maxLength];
        int n = 0;
        int i = start;
        while (n < maxLength && i < text.length()) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (cp == VS16) {
                if (n > 0) ends[n - 1] = i;
                continue;
            }
            if (cp == VS15) break;
            cps[n] = cp;
            ends[n] = i;
            n++;
        }
        StringBuilder sb = new StringBuilder();
        for (int len = n; len >= 1; len--) {
            sb.setLength(0);
            for (int k = 0; k < len; k++) {
                if (k > 0) sb.append('-');
                sb.append(Integer.toHexString(cps[k]));
            }
            String key = sb.toString();
            if (!svgs.containsKey(key)) continue;
            int end = ends[len - 1];
            if (len == 1 && !UCharacter.hasBinaryProperty(first, UProperty.EMOJI_PRESENTATION)) {
                // Text-default character: emoji only when U+FE0F follows it.
                int next = start + Character.charCount(first);
                if (next >= text.length() || Character.codePointAt(text, next) != VS16) return Optional.empty();
            }
            return Optional.of(new Match(start, end, key));
        }
        return Optional.empty();
    }

    /** Every emoji with artwork in {@code text}, left to right, not overlapping. */
    public List<Match> findAll(CharSequence text) {
        List<Match> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Optional<Match> m = match(text, i);
            if (m.isPresent()) {
                out.add(m.get());
                i = m.get().end();
            } else {
                i += Character.charCount(Character.codePointAt(text, i));
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** Reads the npm tarball: gzip, then ustar records of 512 bytes; keeps {@code package/*.svg}. */
    private static Map<String, byte[]> load() {
        try (InputStream raw = EmojiArtwork.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) throw new IllegalStateException("emoji artwork missing from the class path: " + RESOURCE);
            byte[] tar;
            try (InputStream in = new GZIPInputStream(raw, 1 << 16)) {
                tar = in.readAllBytes();
            }
            Map<String, byte[]> map = new HashMap<>(8192);
            int pos = 0;
            while (pos + 512 <= tar.length) {
                if (tar[pos] == 0) break; // end-of-archive block
                String name = cString(tar, pos, 100);
                String prefix = cString(tar, pos + 345, 155);
                if (!prefix.isEmpty()) name = prefix + "/" + name;
                long size = Long.parseLong(cString(tar, pos + 124, 12).trim(), 8);
                byte type = tar[pos + 156];
                int data = pos + 512;
                if ((type == '0' || type == 0) && name.startsWith("package/") && name.endsWith(".svg")) {
                    String key = name.substring("package/".length(), name.length() - ".svg".length()).replace("-fe0f", "");
                    byte[] b = new byte[(int) size];
                    System.arraycopy(tar, data, b, 0, (int) size);
                    map.put(key, b);
                }
                pos = data + (int) ((size + 511) / 512 * 512);
            }
            return Map.copyOf(map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read emoji artwork " + RESOURCE, e);
        }
    }

    private static String cString(byte[] b, int off, int len) {
        int end = off;
        while (end < off + len && b[end] != 0) end++;
        return new String(b, off, end - off, StandardCharsets.US_ASCII);
    }
}
