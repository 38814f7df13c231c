package dev.hanmoto.render.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.MemorySink;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.theme.Theme;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class CardRendererTest {
    static final Theme THEME = TestThemes.defaultTheme();
    static final CardRenderer CARDS = new CardRenderer(THEME);
    static final int BACKGROUND = 0x10243e;
    static final int MARGIN = 64;
    static final ExecutorService POOL = Executors.newFixedThreadPool(2);

    @AfterAll
    static void stop() {
        POOL.shutdown();
    }

    static final List<Document> DOCS = List.of(
            CardFixtures.seed(),
            CardFixtures.doc("short", "入門編", List.of("入門"), Map.of("author", "山田 太郎", "date", "2026-03-01T09:00:00+09:00")),
            CardFixtures.doc("emoji", "👨‍👩‍👧‍👦家族で楽しむ🇯🇵日本の旅 🔟選 1️⃣", List.of(), Map.of()),
            CardFixtures.doc("long", "未経験からはじめるテクニカルオペレーションマネージャーのキャリア設計と年収アップのための完全ガイド"
                    + "【2026年最新版】現場で役立つノウハウとロードマップ、面接対策、資格取得、転職成功事例まで徹底解説します",
                    List.of("とても長いタグの名前がここに入ります", "Kubernetes", "Terraform", "モニタリング", "自動化", "SRE"),
                    Map.of("author", "A very long author name that could run into the site line on the left side", "date", "2026-03-01")),
            CardFixtures.doc("english", "Typesetting Japanese handbooks for print, the web and every ebook reader", List.of("typesetting"), Map.of()));

    static BufferedImage png(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** Issue 20: the head start a build gives the card's engines (an empty page laid out and drawn) changes no card, even alongside one. */
    @Test
    void preparingTheEnginesChangesNoCard() throws Exception {
        byte[] before = CARDS.renderPng(CardFixtures.seed(), new Diagnostics());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> prepared = pool.submit(() -> {
                CardRenderer.prepare();
                return null;
            });
            Future<byte[]> during = pool.submit(() -> CARDS.renderPng(CardFixtures.seed(), new Diagnostics()));
            prepared.get();
            assertArrayEquals(before, during.get());
        } finally {
            pool.shutdown();
        }
        CardRenderer.prepare();
        assertArrayEquals(before, CARDS.renderPng(CardFixtures.seed(), new Diagnostics()));
    }

    @Test
    void hasExactlyTheVariantSizeAndAnyRequestedSize() throws IOException {
        Diagnostics d = new Diagnostics();
        BufferedImage og = png(CARDS.renderPng(CardFixtures.seed(), d));
        assertEquals(1200, og.getWidth());
        assertEquals(630, og.getHeight());
        for (int[] size : new int[][] {{1080, 1080}, {1200, 600}, {1600, 2560}, {1201, 631}}) {
            BufferedImage img = png(CARDS.renderPng(CardFixtures.seed(), size[0], size[1], d));
            assertEquals(size[0], img.getWidth());
            assertEquals(size[1], img.getHeight());
        }
    }

    @Test
    void drawsNothingInTheSafeMargin() throws Exception {
        List<Future<BufferedImage>> images = new ArrayList<>();
        for (Document doc : DOCS) images.add(POOL.submit(() -> CARDS.renderImage(doc, 1200, 630, new Diagnostics())));
        images.add(POOL.submit(() -> CARDS.renderImage(CardFixtures.seed(), 1080, 1080, new Diagnostics())));
        for (Future<BufferedImage> f : images) {
            BufferedImage img = f.get();
            for (int y = 0; y < img.getHeight(); y++) {
                for (int x = 0; x < img.getWidth(); x++) {
                    boolean inMargin = x < MARGIN || y < MARGIN || x >= img.getWidth() - MARGIN || y >= img.getHeight() - MARGIN;
                    if (inMargin && (img.getRGB(x, y) & 0xffffff) != BACKGROUND) {
                        throw new AssertionError("pixel drawn in the safe margin at " + x + "," + y + " of a "
                                + img.getWidth() + "x" + img.getHeight() + " card: " + Integer.toHexString(img.getRGB(x, y)));
                    }
                }
            }
        }
    }

    @Test
    void coverSizeScalesTheDesignAndAllowsMoreLines() {
        // 1600 wide = 4/3 of the og width: laid out at 1200x1920, margins scale to 85px.
        BufferedImage cover = CARDS.renderImage(DOCS.get(3), 1600, 2560, new Diagnostics());
        int margin = 85;
        for (int y = 0; y < cover.getHeight(); y++) {
            for (int x = 0; x < cover.getWidth(); x++) {
                boolean inMargin = x < margin || y < margin || x >= cover.getWidth() - margin || y >= cover.getHeight() - margin;
                if (inMargin && (cover.getRGB(x, y) & 0xffffff) != BACKGROUND) throw new AssertionError("cover margin drawn at " + x + "," + y);
            }
        }
        List<String> lines = titleLines(CARDS.xhtml(DOCS.get(3), 1200, 1920, new Diagnostics()));
        assertTrue(lines.size() > 3 && lines.size() <= 6, lines.toString());
    }

    @Test
    void drawsEmojiInColourIncludingKeycaps() {
        // No tags (their accent colour is warm too); only the title box is read.
        var doc = CardFixtures.doc("colour", "🚀 1️⃣", List.of(), Map.of());
        BufferedImage img = CARDS.renderImage(doc, 1200, 630, new Diagnostics());
        int warm = 0, keycapBlue = 0;
        for (int y = 136; y < 478; y++) {
            for (int x = MARGIN; x < 1200 - MARGIN; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
                if (r > 150 && r - b > 80) warm++;                                  // rocket flame and fins
                if (Math.abs(r - 0x3b) < 12 && Math.abs(g - 0x88) < 12 && Math.abs(b - 0xc3) < 12) keycapBlue++; // Twemoji keycap #3B88C3
            }
        }
        assertTrue(warm > 500, "warm emoji pixels: " + warm);
        assertTrue(keycapBlue > 2000, "keycap pixels: " + keycapBlue);
    }

    @Test
    void titleRegionIsNotBlank() {
        for (Document doc : DOCS) {
            BufferedImage img = CARDS.renderImage(doc, 1200, 630, new Diagnostics());
            int ink = 0;
            for (int y = 136; y < 478; y++) {
                for (int x = MARGIN; x < 1200 - MARGIN; x++) if (isInk(img.getRGB(x, y))) ink++;
            }
            assertTrue(ink > 2000, doc.slug() + ": only " + ink + " title pixels");
        }
    }

    @Test
    void sameInputGivesIdenticalBytesAcrossThreads() throws Exception {
        byte[] first = CARDS.renderPng(CardFixtures.seed(), new Diagnostics());
        List<Future<byte[]>> again = new ArrayList<>();
        for (int i = 0; i < 4; i++) again.add(POOL.submit(() -> CARDS.renderPng(CardFixtures.seed(), new Diagnostics())));
        for (Future<byte[]> f : again) assertArrayEquals(first, f.get());
        assertArrayEquals(CARDS.renderPng(DOCS.get(2), new Diagnostics()), new CardRenderer(THEME).renderPng(DOCS.get(2), new Diagnostics()));
    }

    @Test
    void seedTitleTakesAtMostThreeLinesBrokenAtPhrases() {
        String xhtml = CARDS.xhtml(CardFixtures.seed(), 1200, 630, new Diagnostics());
        List<String> lines = titleLines(xhtml);
        assertEquals(List.of("【年収1000万も】", "テクニカルオペレーションマネージャーの", "将来性と未経験からのロードマップ"), lines);
        // The picture agrees: three bands of ink in the title box, and the title uses its full size.
        BufferedImage img = CARDS.renderImage(CardFixtures.seed(), 1200, 630, new Diagnostics());
        assertEquals(3, inkBands(img, 136, 478).size(), "text rows: " + inkBands(img, 136, 478));
        Matcher size = Pattern.compile("font-size: (\\d+)px").matcher(xhtml.substring(xhtml.indexOf("class=\"title\"")));
        assertTrue(size.find());
        assertTrue(Integer.parseInt(size.group(1)) >= 56, "title size " + size.group(1));
    }

    @Test
    void shortTitleGetsTheLargestSizeAndLongTitleIsShortenedWithAWarning() {
        Diagnostics d = new Diagnostics();
        String shortCard = CARDS.xhtml(DOCS.get(1), 1200, 630, d);
        assertTrue(shortCard.contains("font-size: 96px"), "3-character title at max-size");
        assertTrue(d.all().isEmpty());
        String longCard = CARDS.xhtml(DOCS.get(3), 1200, 630, d);
        List<String> lines = titleLines(longCard);
        assertEquals(3, lines.size());
        assertTrue(lines.get(2).endsWith("…"));
        assertEquals(1, d.all().size());
        assertEquals("card-title-truncated", d.all().get(0).code());
        assertTrue(d.all().get(0).format().startsWith("content/long.md: warning: "), d.all().get(0).format());
    }

    @Test
    void warnsAboutTitleCharactersTheFontCannotDraw() {
        var d = new Diagnostics();
        // Hangul is in the fallback chain (no warning for it); Thai is in no bundled font.
        CARDS.xhtml(CardFixtures.doc("glyph", "한국어 ภาษาไทย and 日本語 🚀", List.of(), Map.of()), 1200, 630, d);
        assertEquals(1, d.all().size(), d.all().toString());
        String msg = d.all().get(0).format();
        assertTrue(msg.startsWith("content/glyph.md: warning: the card title font BIZUDPGothic-Bold.ttf and the fallback fonts have no glyph for"), msg);
        assertTrue(msg.contains("'ภ' U+0E20"), msg);
        assertFalse(msg.contains("U+D55C"), "한 is drawn from the chain: " + msg);
        assertFalse(msg.contains("U+1F680"), "emoji are pictures: " + msg);
        var none = new Diagnostics();
        CARDS.xhtml(CardFixtures.seed(), 1200, 630, none);
        assertTrue(none.all().isEmpty(), none.all().toString());
    }

    @Test
    void drawsHangulAndArabicTitlesFromTheFallbackChain() throws Exception {
        var doc = CardFixtures.doc("hangul", "안녕하세요 مرحبا", List.of(), Map.of());
        var withChain = new Diagnostics();
        BufferedImage drawn = CARDS.renderImage(doc, 1200, 630, withChain);
        assertEquals(List.of(), withChain.all(), "every title character has a glyph");
        // Without the chain the same title is drawn as openhtmltopdf's '#' for each letter, and warned about.
        var without = new Diagnostics();
        BufferedImage tofu = new CardRenderer(TestThemes.with("font-fallback: []")).renderImage(doc, 1200, 630, without);
        assertEquals(1, without.all().size(), without.all().toString());
        int differ = 0, ink = 0;
        for (int y = 136; y < 478; y++) {
            for (int x = MARGIN; x < 1200 - MARGIN; x++) {
                if (isInk(drawn.getRGB(x, y))) ink++;
                if (drawn.getRGB(x, y) != tofu.getRGB(x, y)) differ++;
            }
        }
        assertTrue(ink > 2000, "title pixels: " + ink);
        assertTrue(differ > 2000, "pixels that differ from the '#' rendering: " + differ);
        // Arabic in its joined forms, the first letter at the right (as the PDF sets it).
        String joined = new com.ibm.icu.text.ArabicShaping(com.ibm.icu.text.ArabicShaping.LETTERS_SHAPE
                | com.ibm.icu.text.ArabicShaping.TEXT_DIRECTION_LOGICAL).shape("مرحبا");
        String xhtml = CARDS.xhtml(doc, 1200, 630, new Diagnostics());
        assertTrue(joined.codePoints().allMatch(cp -> cp >= 0xFE70 && cp <= 0xFEFF), joined);
        StringBuilder seen = new StringBuilder(); // the template writes characters as hexadecimal references
        new StringBuilder(joined).reverse().codePoints().forEach(cp -> seen.append(String.format("&#x%x;", cp)));
        assertTrue(xhtml.contains(seen), xhtml);
    }

    @Test
    void showsTagsAuthorDateAndSiteName() {
        String xhtml = CARDS.xhtml(DOCS.get(1), 1200, 630, new Diagnostics());
        assertTrue(xhtml.contains(">&#x5165;&#x9580;</span>") || xhtml.contains(">入門</span>"), "tag");
        assertTrue(xhtml.contains("2026-03-01<"), "date part of an ISO timestamp");
        assertTrue(xhtml.contains(">Hanmoto<"), "site name");
        String many = CARDS.xhtml(DOCS.get(3), 1200, 630, new Diagnostics());
        assertEquals(4, many.split("class=\"tag\"").length - 1, "max-tags");
    }

    @Test
    void writesEveryVariantUnderTheSlug() throws IOException {
        var sink = new MemorySink();
        var renderer = new CardRenderer(TestThemes.with("card: { sizes: { og: 1200x630, square: 1080x1080, wide: 1200x600 } }"));
        renderer.render(CardFixtures.seed(), sink, new Diagnostics());
        assertEquals(List.of("technical_operations_manager.png", "technical_operations_manager-square.png",
                "technical_operations_manager-wide.png"), sink.names(), "the default variant first, then the others in theme order");
        assertEquals(1080, png(sink.bytes("technical_operations_manager-square.png")).getHeight());
        assertEquals(600, png(sink.bytes("technical_operations_manager-wide.png")).getHeight());
        assertEquals(630, png(sink.bytes("technical_operations_manager.png")).getHeight());
    }

    @Test
    void canTakeThePathFromTheThumbnail() throws IOException {
        var renderer = new CardRenderer(TestThemes.with("card: { file-name: thumbnail }"));
        var sink = new MemorySink();
        renderer.render(CardFixtures.seed(), sink, new Diagnostics());
        assertEquals(List.of("static/img/technical_operations_manager.png"), sink.names());

        var escape = CardFixtures.doc("esc", "タイトル", List.of(), Map.of("thumbnail", "/static/../../etc/card.png"));
        var d = new Diagnostics();
        var escaped = new MemorySink();
        renderer.render(escape, escaped, d);
        assertEquals(List.of("esc.png"), escaped.names());
        assertEquals("card-thumbnail-path", d.all().get(0).code());
        assertEquals(Optional.empty(), CardRenderer.safeRelative("https://example.com/a.png"));
        assertEquals(Optional.empty(), CardRenderer.safeRelative("C:/a.png"));
        assertEquals(Optional.of("img/a.png"), CardRenderer.safeRelative("/img/a.png"));
    }

    // --- helpers ---

    static boolean isInk(int rgb) {
        int r = (rgb >> 16) & 0xff, g = (rgb >> 8) & 0xff, b = rgb & 0xff;
        return r > 160 && g > 160 && b > 160;
    }

    /** Runs of rows that contain white ink between y0 and y1: one per text line. */
    static List<int[]> inkBands(BufferedImage img, int y0, int y1) {
        List<int[]> bands = new ArrayList<>();
        int start = -1;
        for (int y = y0; y < y1; y++) {
            boolean ink = false;
            for (int x = MARGIN; x < img.getWidth() - MARGIN && !ink; x++) ink = isInk(img.getRGB(x, y));
            if (ink && start < 0) start = y;
            if (!ink && start >= 0) {
                bands.add(new int[] {start, y});
                start = -1;
            }
        }
        if (start >= 0) bands.add(new int[] {start, y1});
        return bands;
    }

    static List<String> titleLines(String xhtml) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<div class=\"line\">(.*?)</div>").matcher(xhtml);
        while (m.find()) out.add(unescape(m.group(1).replaceAll("<[^>]+>", "")));
        return out;
    }

    static String unescape(String s) {
        Matcher m = Pattern.compile("&#x([0-9a-fA-F]+);").matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(Character.toString(Integer.parseInt(m.group(1), 16))));
        m.appendTail(sb);
        return sb.toString().replace("&amp;", "&");
    }
}
