package dev.hanmoto.render.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.BreakIterator;
import dev.hanmoto.diag.Severity;
import dev.hanmoto.render.emoji.EmojiArtwork;
import dev.hanmoto.text.BreakIterators;
import dev.hanmoto.text.JlreqLists;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TitleFitterTest {
    static final String SEED = "【年収1000万も】テクニカルオペレーションマネージャーの将来性と未経験からのロードマップ";
    /** The default theme's og title box: 1200 − 2×64 wide. */
    static final TitleFitter.Box BOX = new TitleFitter.Box(1072, 360, 3, 88, 40, 1.3);
    static final TitleFitter FITTER = new TitleFitter(
            TrueTypeMetrics.of(Path.of("fonts/BIZUDPGothic-Bold.ttf")), EmojiArtwork.twemoji());

    /** What may not start a line, from JLREQ's own lists (not the fitter's table). */
    static final String NO_START = JlreqLists.notStartingALine();
    static final String NO_END = JlreqLists.notEndingALine();

    /** Titles of 3 to 120 characters: Japanese, English, mixed, with emoji; generated, no randomness. */
    static Stream<String> titles() {
        String[] ja = {"未経験から", "始める", "テクニカルオペレーションマネージャーの", "キャリア", "設計と運用", "完全ガイド",
                "【2026年版】", "年収アップの", "ロードマップ", "現場で", "役立つ", "ノウハウ", "「なぜ」を", "問い直す"};
        String[] en = {"Getting", "started", "with", "Hanmoto:", "typesetting", "Japanese", "books", "for", "print", "and", "the", "web"};
        List<String> out = new ArrayList<>(List.of("入門編", "Go!", "🚀🚀🚀", "1️⃣ はじめに", "Java 17で始める型安全なMarkdown処理 🔟選",
                "👨‍👩‍👧‍👦家族で楽しむ🇯🇵日本の旅", SEED, "Why Hanmoto? 📚 A typesetter for 日本語 books"));
        for (int len = 6; len <= 120; len += 6) {
            StringBuilder j = new StringBuilder(), e = new StringBuilder(), m = new StringBuilder();
            for (int k = 0; j.length() < len; k++) j.append(ja[(k * 5 + len) % ja.length]);
            for (int k = 0; e.length() < len; k++) e.append(e.isEmpty() ? "" : " ").append(en[(k * 7 + len) % en.length]);
            for (int k = 0; m.length() < len; k++) m.append(k % 2 == 0 ? ja[(k + len) % ja.length] : " " + en[(k + len) % en.length] + " ").append(k % 5 == 4 ? "✨" : "");
            out.add(j.substring(0, len));
            out.add(e.toString().strip());
            out.add(m.toString().strip());
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("titles")
    void neverExceedsTheBoxOrTheLineLimit(String title) {
        var f = FITTER.fit(title, "ja", BOX);
        assertTrue(f.lines().size() <= 3, f.lines().toString());
        assertTrue(f.fontSize() >= 40 && f.fontSize() <= 88);
        assertTrue(f.blockHeight() <= 360 + 1e-6);
        for (int i = 0; i < f.lines().size(); i++) {
            String line = f.lines().get(i);
            assertTrue(f.lineWidths().get(i) <= 1072 + 1e-6, line + " is " + f.lineWidths().get(i) + "px");
            assertEquals(FITTER.width(line) * f.fontSize(), f.lineWidths().get(i), 1e-6);
            assertFalse(line.isBlank());
        }
    }

    /** In a Japanese document and in an English one (strict breaking without phrases): kinsoku either way. */
    @ParameterizedTest
    @MethodSource("titles")
    void keepsKinsoku(String title) {
        for (String lang : List.of("ja", "en")) {
            var f = FITTER.fit(title, lang, BOX);
            for (String line : f.lines()) {
                assertTrue(NO_START.indexOf(line.codePointAt(0)) < 0, lang + ": line starts with a closing mark: " + f.lines());
                assertTrue(NO_END.indexOf(line.codePointBefore(line.length())) < 0, lang + ": line ends with an opening bracket: " + f.lines());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("titles")
    void choosesTheLargestSizeThatFits(String title) {
        var f = FITTER.fit(title, "ja", BOX);
        if (f.truncated()) {
            assertEquals(40, f.fontSize());
            return;
        }
        assertEquals(title.strip().replaceAll("\\s+", " "), joinWithSpaces(f.lines(), title));
        if (f.fontSize() < 88) {
            int larger = f.fontSize() + 1;
            var at = FITTER.fit(title, "ja", new TitleFitter.Box(1072, 360, 3, larger, larger, 1.3));
            assertTrue(at.truncated() || (at.cutPhrase() && !f.cutPhrase()),
                    "fits at " + larger + "px too: " + at.lines());
        }
    }

    @ParameterizedTest
    @MethodSource("titles")
    void breaksOnlyAtPhraseBoundariesUnlessAPhraseIsTooWide(String title) {
        var f = FITTER.fit(title, "ja", BOX);
        if (f.cutPhrase() || f.truncated()) return;
        Set<Integer> phraseBreaks = phraseBreaks(title.strip().replaceAll("\\s+", " "));
        int pos = 0;
        String norm = title.strip().replaceAll("\\s+", " ");
        for (int i = 0; i < f.lines().size() - 1; i++) {
            pos = norm.indexOf(f.lines().get(i), pos) + f.lines().get(i).length();
            while (pos < norm.length() && norm.charAt(pos) == ' ') pos++;
            assertTrue(phraseBreaks.contains(pos), "break at " + pos + " is not a phrase boundary: " + f.lines());
        }
    }

    @Test
    void seedTitleFitsInThreeLinesAtPhraseBoundaries() {
        var f = FITTER.fit(SEED, "ja", BOX);
        assertTrue(f.lines().size() <= 3, f.lines().toString());
        assertFalse(f.truncated());
        assertFalse(f.cutPhrase());
        assertEquals(SEED, String.join("", f.lines()));
        assertTrue(f.lines().stream().anyMatch(l -> l.contains("テクニカルオペレーションマネージャー")), f.lines().toString());
        assertTrue(f.fontSize() >= 48, "size " + f.fontSize());
    }

    @Test
    void shortTitleGetsTheMaximumSizeOnOneLine() {
        var f = FITTER.fit("入門編", "ja", BOX);
        assertEquals(List.of("入門編"), f.lines());
        assertEquals(88, f.fontSize());
    }

    @Test
    void englishBreaksBetweenWordsAndDropsTheSpace() {
        var f = FITTER.fit("Typesetting Japanese handbooks for print, the web and every ebook reader on the market today", "ja", BOX);
        assertTrue(f.lines().size() > 1);
        for (String line : f.lines()) {
            assertEquals(line.strip(), line);
        }
        assertEquals("Typesetting Japanese handbooks for print, the web and every ebook reader on the market today",
                String.join(" ", f.lines()));
    }

    @Test
    void balancesLinesInsteadOfLeavingAWidow() {
        var g = FITTER.fit("Typesetting Japanese handbooks for print and the web", "ja", new TitleFitter.Box(1072, 360, 2, 88, 40, 1.3));
        assertEquals(2, g.lines().size(), g.lines().toString());
        double a = g.lineWidths().get(0), b = g.lineWidths().get(1);
        assertTrue(Math.min(a, b) / Math.max(a, b) > 0.6, "unbalanced: " + g.lines());
    }

    @Test
    void cutsAPhraseWiderThanTheBoxAtWordsFirst() {
        // One phrase, far wider than a 400px box at 40px (10 em): must be cut, never at テクニカルオペ|レーション.
        var box = new TitleFitter.Box(400, 400, 4, 60, 40, 1.2);
        var f = FITTER.fit("テクニカルオペレーションマネージャーの", "ja", box);
        assertTrue(f.cutPhrase());
        assertFalse(f.truncated());
        assertEquals("テクニカルオペレーションマネージャーの", String.join("", f.lines()));
        for (int i = 0; i < f.lines().size(); i++) assertTrue(f.lineWidths().get(i) <= 400);
        assertFalse(f.lines().stream().anyMatch(l -> l.endsWith("オペ")), f.lines().toString());
        assertFalse(f.lines().stream().anyMatch(l -> l.startsWith("ー") || l.startsWith("ッ")), f.lines().toString());
    }

    @Test
    void truncatesWithEllipsisAtAPhraseBoundaryAndWarns() {
        String longTitle = "未経験からはじめるテクニカルオペレーションマネージャーのキャリア設計と年収アップのための完全ガイド"
                + "【2026年最新版】現場で役立つノウハウとロードマップ、面接対策、資格取得、転職成功事例まで徹底解説します";
        var f = FITTER.fit(longTitle, "ja", BOX);
        assertTrue(f.truncated());
        assertEquals(3, f.lines().size());
        assertEquals(40, f.fontSize());
        String last = f.lines().get(2);
        assertTrue(last.endsWith("…"), last);
        String shown = String.join("", f.lines());
        String kept = shown.substring(0, shown.length() - 1);
        assertTrue(longTitle.startsWith(kept));
        assertTrue(phraseBreaks(longTitle).contains(kept.length()), "not a phrase boundary: " + kept);
        var warning = f.truncationWarning(Path.of("content/long.md"), longTitle).orElseThrow();
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.format().startsWith("content/long.md: warning: card title does not fit"), warning.format());
    }

    @Test
    void emojiCountOneEm() {
        assertEquals(1.0, FITTER.width("1️⃣"), 1e-9);
        assertEquals(1.0, FITTER.width("👨‍👩‍👧‍👦"), 1e-9);
        assertEquals(2.0, FITTER.width("🇯🇵🔟"), 1e-9);
        assertEquals(FITTER.width("あ") + 1, FITTER.width("あ🚀"), 1e-9);
    }

    private static String joinWithSpaces(List<String> lines, String title) {
        String norm = title.strip().replaceAll("\\s+", " ");
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (!sb.isEmpty() && norm.startsWith(sb + " " + l)) sb.append(' ');
            sb.append(l);
        }
        return sb.toString();
    }

    /** Phrase boundaries of a Japanese text. */
    private static Set<Integer> phraseBreaks(String s) {
        BreakIterator bi = BreakIterators.forLanguage("ja").phraseLine();
        bi.setText(s);
        Set<Integer> out = new HashSet<>();
        for (int b = bi.first(); b != BreakIterator.DONE; b = bi.next()) out.add(b);
        return out;
    }
}
