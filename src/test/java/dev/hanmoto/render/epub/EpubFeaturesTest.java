package dev.hanmoto.render.epub;

import static dev.hanmoto.render.epub.Fixtures.P;
import static dev.hanmoto.render.epub.Fixtures.heading;
import static dev.hanmoto.render.epub.Fixtures.image;
import static dev.hanmoto.render.epub.Fixtures.link;
import static dev.hanmoto.render.epub.Fixtures.note;
import static dev.hanmoto.render.epub.Fixtures.para;
import static dev.hanmoto.render.epub.Fixtures.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.ReadBack;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.Theme;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4 features, each on its own fixture: EPUBCheck 5.3 reports nothing (0 fatal, 0 errors,
 * 0 warnings) and an EPUB 2-era reader (epub4j) finds the title, spine and TOC.
 */
class EpubFeaturesTest {
    static final Instant DATE = Instant.parse("2026-11-28T09:30:00Z");

    @TempDir
    Path dir;

    private byte[] build(Document doc, UnaryOperator<EpubTheme> epub, Optional<byte[]> cover, Diagnostics diags) throws IOException {
        return build(doc, epub, cover, diags, dir);
    }

    private byte[] build(Document doc, UnaryOperator<EpubTheme> epub, Optional<byte[]> cover, Diagnostics diags, Path project)
            throws IOException {
        Theme theme = TestThemes.withEpub(TestThemes.defaultTheme(), epub);
        return new EpubRenderer(theme, d -> cover, project, Optional.of(DATE)).build(doc, diags);
    }

    /** EPUBCheck clean, and epub4j sees the title, a spine of every content document, the TOC. */
    private ReadBack assertClean(byte[] epub, String name, String title) throws IOException {
        EpubCheckReport r = EpubCheckReport.check(epub, dir, name);
        assertEquals("", r.problems(), name);
        assertEquals(0, r.fatalCount() + r.errorCount() + r.warningCount());
        ReadBack rb = ReadBack.of(epub);
        assertEquals(title, rb.title());
        EpubFile z = EpubFile.of(epub);
        assertEquals(z.xhtml().size(), rb.spine().size(), "every content document is in the spine: " + rb.spine());
        assertFalse(rb.toc().isEmpty());
        return rb;
    }

    @Test
    void cardCoverBecomesCoverImageAndFirstPage() throws IOException {
        byte[] png = Fixtures.png(1600, 2560);
        byte[] epub = build(Fixtures.article(dir.resolve("a.md")), e -> e, Optional.of(png), new Diagnostics());
        ReadBack rb = assertClean(epub, "cover-card", "【年収1000万も】テクニカルオペレーションマネージャーの将来性");
        assertEquals("image/cover.png", rb.coverImageHref());
        assertEquals("text/cover.xhtml", rb.spine().get(0));
        EpubFile z = EpubFile.of(epub);
        String opf = z.text("OEBPS/package.opf");
        assertTrue(opf.contains("<item id=\"cover-image\" href=\"image/cover.png\" media-type=\"image/png\" properties=\"cover-image\"/>"), opf);
        assertTrue(opf.contains("<meta property=\"schema:accessMode\">visual</meta>"));
        assertTrue(z.text("OEBPS/text/cover.xhtml").contains("<img src=\"../image/cover.png\" alt=\"【年収1000万も】"));
        assertTrue(z.text("OEBPS/nav.xhtml").contains("<a epub:type=\"cover\" href=\"text/cover.xhtml\">表紙</a>"));
        assertTrue(java.util.Arrays.equals(png, z.files().get("OEBPS/image/cover.png")));
    }

    @Test
    void frontMatterCoverImageWinsOverTheCard() throws IOException {
        Files.createDirectories(dir.resolve("img"));
        byte[] own = Fixtures.png(600, 900);
        Files.write(dir.resolve("img/cover.png"), own);
        Document doc = Fixtures.article(dir.resolve("a.md"));
        doc = doc.withMeta(doc.meta().with(Meta.COVER_IMAGE, new MetaValue.Str("img/cover.png")));
        byte[] epub = build(doc, e -> e, Optional.of(Fixtures.png(10, 10)), new Diagnostics());
        assertClean(epub, "cover-front-matter", "【年収1000万も】テクニカルオペレーションマネージャーの将来性");
        EpubFile z = EpubFile.of(epub);
        assertTrue(java.util.Arrays.equals(own, z.files().get("OEBPS/image/img-001.png")));
        assertTrue(z.text("OEBPS/package.opf").contains("href=\"image/img-001.png\" media-type=\"image/png\" properties=\"cover-image\""));
    }

    @Test
    void manyChaptersWithFootnotesNumberedAcrossFiles() throws IOException {
        List<Block> blocks = new ArrayList<>();
        for (int c = 1; c <= 30; c++) {
            blocks.add(heading(1, "ch" + c, "第" + c + "章 運用の基本"));
            blocks.add(para(text("本文" + c), note("第" + c + "章の注。"), text("。次章は"), link("#ch" + (c % 30 + 1), "こちら"), text("。")));
            blocks.add(heading(2, "ch" + c + "-1", c + ".1 監視"));
            blocks.add(para(text("監視"), note("監視の注。")));
        }
        Document doc = new Document(Fixtures.meta(Meta.TITLE, "三十章の本"), blocks, dir.resolve("many.md"));
        Diagnostics diags = new Diagnostics();
        byte[] epub = build(doc, e -> e.withSplit(1, 200), Optional.empty(), diags);
        ReadBack rb = assertClean(epub, "many-chapters", "三十章の本");
        assertEquals(60, rb.toc().size());
        assertEquals("第1章 運用の基本", rb.toc().get(0));
        assertEquals("  1.1 監視", rb.toc().get(1));
        assertEquals(31, rb.spine().size(), "nav + 30 chapters");
        EpubFile z = EpubFile.of(epub);
        String ch2 = z.text("OEBPS/text/ch-002.xhtml");
        // Footnotes 3 and 4 are in chapter 2: noteref, aside, back-link.
        assertTrue(ch2.contains("<a class=\"noteref\" epub:type=\"noteref\" role=\"doc-noteref\" id=\"fnref-3\" href=\"#fn-3\">3</a>"), ch2);
        assertTrue(ch2.contains("<aside class=\"footnote\" epub:type=\"footnote\" role=\"doc-footnote\" id=\"fn-3\">"), ch2);
        assertTrue(ch2.contains("<a href=\"#fnref-3\" role=\"doc-backlink\">3</a>"), ch2);
        assertTrue(z.text("OEBPS/text/ch-030.xhtml").contains("<a href=\"ch-001.xhtml#ch1\">こちら</a>"));
        assertTrue(diags.all().isEmpty(), diags.all().toString());
    }

    @Test
    void localImagesAreCopiedAndRemoteOnesBecomeAltTextWithWarnings() throws IOException {
        Path project = dir.resolve("project");
        Files.createDirectories(project.resolve("content/img"));
        Files.write(project.resolve("content/img/figure.png"), Fixtures.png(400, 300));
        Files.write(project.resolve("content/img/not-an-image.png"), "hello".getBytes());
        Files.write(dir.resolve("outside.png"), Fixtures.png(4, 4));
        Files.writeString(project.resolve("content/img/chart.svg"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 50">
                  <defs><linearGradient id="g"><stop offset="0" stop-color="#10243e"/></linearGradient>
                    <rect id="bar" width="40" height="5" fill="#f2b705"/></defs>
                  <rect width="100" height="50" fill="url(#g)"/><use xlink:href="#bar" y="40"/><text x="10" y="30">運用</text>
                </svg>
                """);
        Files.writeString(project.resolve("content/img/evil.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        Files.writeString(project.resolve("content/img/remote.svg"),
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">"
                        + "<image xlink:href=\"https://example.com/a.png\" width=\"10\" height=\"10\"/></svg>");
        Path src = project.resolve("content/article.md");
        List<Block> blocks = List.of(heading(1, "figs", "図"),
                para(image("img/figure.png", "構成図"), text(" と "), image("img/figure.png", "同じ図")),
                para(image("https://example.com/remote.png", "リモート画像")),
                para(image("img/missing.png", "ない画像")),
                para(image("../../outside.png", "外の画像")),
                para(image("img/not-an-image.png", "偽物")),
                para(image("img/chart.svg", "グラフ"), image("img/evil.svg", "悪いSVG"), image("img/remote.svg", "遠いSVG")),
                para(image("img/figure.png", "")));
        Diagnostics diags = new Diagnostics();
        byte[] epub = build(new Document(Fixtures.meta(Meta.TITLE, "図の本"), blocks, src), e -> e, Optional.empty(), diags, project);
        assertClean(epub, "images", "図の本");
        EpubFile z = EpubFile.of(epub);
        assertEquals(List.of("OEBPS/image/img-001.png", "OEBPS/image/img-002.svg"),
                z.names().stream().filter(n -> n.contains("/image/")).toList(), "one copy of the figure and the safe SVG");
        assertTrue(z.text("OEBPS/package.opf").contains("href=\"image/img-002.svg\" media-type=\"image/svg+xml\""));
        String ch = z.text("OEBPS/text/ch-001.xhtml");
        assertTrue(ch.contains("<img src=\"../image/img-001.png\" alt=\"構成図\"/>"), ch);
        assertTrue(ch.contains("<span class=\"image-alt\">リモート画像</span>"), ch);
        assertTrue(ch.contains("<span class=\"image-alt\">外の画像</span>"), ch);
        assertTrue(ch.contains("<img src=\"../image/img-001.png\" alt=\"figure\"/>"), "fallback alt: " + ch);
        assertFalse(ch.contains("example.com"), "no remote reference");
        List<String> codes = diags.all().stream().map(Diagnostic::code).toList();
        assertEquals(List.of("epub-remote-image", "epub-image-missing", "epub-image-outside", "epub-image-type",
                "epub-image-svg", "epub-image-svg", "image-alt-missing"), codes);
        assertTrue(diags.all().get(4).message().contains("contains a <script>"), diags.all().get(4).message());
        assertTrue(diags.all().get(5).message().contains("https://example.com/a.png"), diags.all().get(5).message());
        assertTrue(diags.all().get(0).format().startsWith(src + ":1:1: warning: "), diags.all().get(0).format());
        String opf = z.text("OEBPS/package.opf");
        assertTrue(opf.contains("<meta property=\"schema:accessibilityFeature\">alternativeText</meta>"));
    }

    @Test
    void booksFollowTheChapterDivConventions() throws IOException {
        // dev.hanmoto.book conventions: chapter divs with id and data-source (relative to the book
        // folder), images already relative to the book folder, parts, matter classes, chapter lang.
        Files.createDirectories(dir.resolve("book/part1/img"));
        Files.createDirectories(dir.resolve("book/part2/img"));
        Files.write(dir.resolve("book/part1/img/a.png"), Fixtures.png(30, 20));
        Files.write(dir.resolve("book/part2/img/a.png"), Fixtures.png(20, 30));
        Block preface = new Block.Div(new Attr("chapter-preface", List.of("chapter", "front-matter", "unnumbered"),
                Map.of(Document.SOURCE_ATTR, "preface.md")), List.of(heading(1, "はじめに", "はじめに"), para("序文。")), P);
        Block ch1 = new Block.Div(new Attr("chapter-one", List.of("chapter"), Map.of(Document.SOURCE_ATTR, "part1/one.md")),
                List.of(heading(1, "one", "第1章 一"), para(image("part1/img/a.png", "一章の図"))), P);
        Block ch2 = new Block.Div(new Attr("chapter-two", List.of("chapter"), Map.of(Document.SOURCE_ATTR, "part2/two.md", "lang", "en")),
                List.of(heading(1, "two", "Chapter 2"), para(image("part2/img/a.png", "figure two"), link("#chapter-one", "back to one"),
                        link("#nowhere", "nowhere"))), P);
        Block part = new Block.Div(new Attr("", List.of("part"), Map.of(Document.SOURCE_ATTR, "book.yaml", "data-part-number", "1")),
                List.of(new Block.Heading(1, new Attr("part-1", List.of("part-title"), Map.of()), List.of(text("第1部")), P), ch1, ch2), P);
        Block appendix = new Block.Div(new Attr("chapter-app", List.of("chapter", "appendix"), Map.of(Document.SOURCE_ATTR, "app.md")),
                List.of(para("見出しのない付録")), P);
        Document book = new Document(Fixtures.meta(Meta.TITLE, "合本"), List.of(preface, part, appendix), dir.resolve("book/book.yaml"));
        Diagnostics diags = new Diagnostics();
        byte[] epub = build(book, e -> e, Optional.empty(), diags);
        ReadBack rb = assertClean(epub, "book", "合本");
        assertEquals(List.of("はじめに", "第1部", "  第1章 一", "  Chapter 2"), rb.toc(), "chapters nest under their part");
        EpubFile z = EpubFile.of(epub);
        assertEquals(List.of("OEBPS/image/img-001.png", "OEBPS/image/img-002.png"),
                z.names().stream().filter(n -> n.contains("/image/")).toList(), "two different files of the same name");
        // Files: preface, part title, chapter 1, chapter 2, appendix (a chapter div always starts a file).
        assertEquals(6, z.xhtml().size(), z.xhtml().toString());
        String c1 = z.text("OEBPS/text/ch-001.xhtml");
        assertTrue(c1.contains("<body epub:type=\"frontmatter\""), c1);
        String c4 = z.text("OEBPS/text/ch-004.xhtml");
        assertTrue(c4.contains("<img src=\"../image/img-002.png\" alt=\"figure two\"/>"), c4);
        assertTrue(c4.contains("<a href=\"ch-003.xhtml#chapter-one\">back to one</a>"), c4);
        assertTrue(c4.contains("lang=\"en\" xml:lang=\"en\""), c4);
        assertTrue(z.text("OEBPS/text/ch-003.xhtml").contains("<h1 id=\"one\"><span id=\"chapter-one\"></span>第1章 一</h1>"));
        assertTrue(z.text("OEBPS/text/ch-005.xhtml").contains("<body epub:type=\"backmatter\""));
        assertTrue(z.text("OEBPS/nav.xhtml").contains("epub:type=\"bodymatter\" href=\"text/ch-002.xhtml\""), "start skips the preface");
        assertEquals(List.of(dir.resolve("book/part2/two.md") + ":1:1: warning: link '#nowhere' kept as text: no heading or element has the id 'nowhere'"),
                diags.all().stream().map(Diagnostic::format).toList(), "positions name the chapter file");
    }

    @Test
    void emptyDocumentStillMakesAValidBook() throws IOException {
        byte[] epub = build(new Document(Meta.EMPTY, List.of(), dir.resolve("empty.md")), e -> e, Optional.empty(), new Diagnostics());
        ReadBack rb = assertClean(epub, "empty", "empty");
        assertEquals(List.of("empty"), rb.toc());
    }

    @Test
    void tablesKeepAlignmentAsClasses() throws IOException {
        List<Block> blocks = List.of(heading(1, "t", "表"), Fixtures.table());
        byte[] epub = build(new Document(Fixtures.meta(Meta.TITLE, "表の本"), blocks, dir.resolve("t.md")), e -> e, Optional.empty(), new Diagnostics());
        assertClean(epub, "tables", "表の本");
        String ch = EpubFile.of(epub).text("OEBPS/text/ch-001.xhtml");
        assertTrue(ch.contains("<th class=\"align-right\" scope=\"col\">年収範囲 (万円)</th>"), ch);
        assertFalse(ch.contains(" align="));
    }

    @Test
    void verticalWritingSetsRtlProgressionAndUprightTwoDigitNumbers() throws IOException {
        byte[] epub = build(Fixtures.article(dir.resolve("a.md")), e -> e.withWritingMode(EpubTheme.WritingMode.VERTICAL_RL), Optional.empty(), new Diagnostics());
        assertClean(epub, "vertical", "【年収1000万も】テクニカルオペレーションマネージャーの将来性");
        EpubFile z = EpubFile.of(epub);
        assertTrue(z.text("OEBPS/package.opf").contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"));
        String ch4 = z.text("OEBPS/text/ch-004.xhtml");
        assertTrue(ch4.contains("class=\"vrtl\""), ch4);
        assertTrue(ch4.contains("年間<span class=\"tcy\">12</span>回のリリースと<span class=\"tcy\">24</span>時間365日"), ch4);
        // Four-digit years stay as they are (only two-digit runs are combined).
        assertTrue(ch4.contains("2024年の実績"), ch4);
        String css = z.text("OEBPS/style/epub.css");
        assertTrue(css.contains("-epub-writing-mode: vertical-rl") && css.contains("text-combine-upright: all"));
    }

    @Test
    void tateChuYokoOnlyTakesExactlyTwoDigits() {
        List<Inline> out = TateChuYoko.mark(text("第12章、3回、100件、2024年、1.25倍、09:30、7日"));
        StringBuilder sb = new StringBuilder();
        for (Inline i : out) {
            if (i instanceof Inline.Span s) sb.append('[').append(((Inline.Text) s.content().get(0)).text()).append(']');
            else sb.append(((Inline.Text) i).text());
        }
        assertEquals("第[12]章、3回、100件、2024年、1.25倍、09:30、7日", sb.toString());
    }

    @Test
    void embedsSubsetFontsThatParseAgain() throws IOException {
        byte[] epub = build(Fixtures.article(dir.resolve("a.md")), e -> e.withEmbedFonts(EpubTheme.EmbedFonts.SUBSET), Optional.empty(), new Diagnostics());
        assertClean(epub, "fonts-subset", "【年収1000万も】テクニカルオペレーションマネージャーの将来性");
        EpubFile z = EpubFile.of(epub);
        List<String> fonts = z.names().stream().filter(n -> n.startsWith("OEBPS/font/")).toList();
        assertEquals(List.of("OEBPS/font/serif-ja-400.ttf", "OEBPS/font/sans-ja-400.ttf", "OEBPS/font/sans-ja-700.ttf",
                "OEBPS/font/mono-ja-400.ttf", "OEBPS/font/mono-ja-700.ttf"), fonts);
        String opf = z.text("OEBPS/package.opf");
        assertTrue(opf.contains("href=\"font/serif-ja-400.ttf\" media-type=\"font/ttf\""), opf);
        assertTrue(opf.contains("<meta property=\"ibooks:specified-fonts\">true</meta>"), opf);
        String css = z.text("OEBPS/style/fonts.css");
        assertTrue(css.contains("font-family: \"serif-ja\";") && css.contains("src: url(\"../font/serif-ja-400.ttf\") format(\"truetype\")"), css);
        assertTrue(z.text("OEBPS/text/ch-001.xhtml").contains("href=\"../style/fonts.css\""));
        long original = Files.size(Path.of("fonts/BIZUDPMincho-Regular.ttf"));
        byte[] serif = z.files().get("OEBPS/font/serif-ja-400.ttf");
        assertTrue(serif.length * 20L < original, "subset " + serif.length + " vs " + original);
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(serif))) {
            var cmap = ttf.getUnicodeCmapLookup();
            for (int cp : "運用年収監視ABC123".codePoints().toArray()) {
                assertTrue(cmap.getGlyphId(cp) > 0, "glyph for " + Character.toString(cp));
            }
            assertEquals(0, cmap.getGlyphId('鬱'), "characters the book does not use are dropped");
            assertEquals(null, ttf.getTableMap().get("GSUB"), "no stale GSUB");
        }
    }

    @Test
    void verticalSubsetFontsKeepVerticalAlternates() throws IOException {
        byte[] epub = build(Fixtures.article(dir.resolve("a.md")), e -> e.withEmbedFonts(EpubTheme.EmbedFonts.SUBSET).withWritingMode(EpubTheme.WritingMode.VERTICAL_RL),
                Optional.empty(), new Diagnostics());
        assertClean(epub, "vertical-fonts-subset", "【年収1000万も】テクニカルオペレーションマネージャーの将来性");
        byte[] serif = EpubFile.of(epub).files().get("OEBPS/font/serif-ja-400.ttf");
        try (TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(serif))) {
            var cmap = ttf.getUnicodeCmapLookup();
            var gsub = ttf.getGsub();
            assertNotNull(gsub, "a GSUB with the vert feature");
            assertEquals(java.util.Set.copyOf(VerticalGsub.SCRIPTS), gsub.getSupportedScriptTags());
            // 。ー「」 have vertical forms in BIZ UDPMincho; the subset must substitute them.
            for (int cp : "。ー「」".codePoints().toArray()) {
                int g = cmap.getGlyphId(cp);
                assertTrue(g > 0, "glyph for " + Character.toString(cp));
                int v = gsub.getSubstitution(g, new String[] {"kana"}, List.of("vert"));
                assertTrue(v != g && v > 0 && v < ttf.getNumberOfGlyphs(), "vertical alternate of " + Character.toString(cp));
            }
            int a = cmap.getGlyphId('運');
            assertEquals(a, gsub.getSubstitution(a, new String[] {"kana"}, List.of("vert")), "kanji stay as they are");
        }
    }

    @Test
    void ebpajLayoutUsesItemFoldersAndGuideVersion() throws IOException {
        byte[] epub = build(Fixtures.article(dir.resolve("a.md")), e -> e.withLayout(EpubTheme.Layout.EBPAJ).withWritingMode(EpubTheme.WritingMode.VERTICAL_RL),
                Optional.of(Fixtures.png(1600, 2560)), new Diagnostics());
        ReadBack rb = assertClean(epub, "ebpaj", "【年収1000万も】テクニカルオペレーションマネージャーの将来性");
        EpubFile z = EpubFile.of(epub);
        assertTrue(z.text("META-INF/container.xml").contains("full-path=\"item/standard.opf\""));
        assertEquals(List.of("mimetype", "META-INF/container.xml", "item/standard.opf", "item/navigation-documents.xhtml",
                "item/toc.ncx", "item/style/epub.css", "item/style/code.css", "item/image/cover.png", "item/xhtml/p-cover.xhtml",
                "item/xhtml/p-001.xhtml", "item/xhtml/p-002.xhtml", "item/xhtml/p-003.xhtml", "item/xhtml/p-004.xhtml"), z.names());
        String opf = z.text("item/standard.opf");
        assertTrue(opf.contains("prefix=\"ebpaj: http://www.ebpaj.jp/\""));
        assertTrue(opf.contains("<meta property=\"ebpaj:guide-version\">1.1.3</meta>"));
        assertTrue(opf.contains("unique-identifier=\"unique-id\""));
        assertEquals("xhtml/p-cover.xhtml", rb.spine().get(0));
        assertTrue(z.text("item/xhtml/p-001.xhtml").contains("href=\"../style/epub.css\""));
    }

    @Test
    void brokenInputStaysValidXhtmlWithWarnings() throws IOException {
        Meta meta = Fixtures.meta(Meta.TITLE, "壊れた<原稿> & \"引用\"", Meta.LANG, "日本語", Meta.DATE, "去年の春");
        List<Block> blocks = List.of(
                para("見出しの前の段落 \u0001 制御文字と \uFFFF 非文字と孤立サロゲート \uD800 を含む。"),
                new Block.Heading(1, Attr.EMPTY, List.of(text("idのない見出し")), P),
                new Block.Heading(2, Attr.id("dup"), List.of(text("重複 1")), P),
                new Block.Heading(2, Attr.id("dup"), List.of(text("重複 2")), P),
                new Block.Heading(2, Attr.id("空白 を含む id"), List.of(), P),
                new Block.Heading(3, Attr.id("a#b%zz<c>"), List.of(text("記号だらけの id")), P),
                para(link("#nowhere", "行き先のないリンク"), text(" "), link("other.md", "別ファイル"), text(" "),
                        link("javascript:alert(1)", "スクリプト"), text(" "), link("https://example.com/?a=1&b=<2>", "外部")),
                new Block.Div(new Attr("", List.of("raw-html"), Map.of("onclick", "x()", "style", "color:red", "data-x", "1")),
                        List.of(para("サニタイズ済み HTML")), P),
                new Block.BulletList(List.of(new Block.ListItem(true, List.of(new Block.Plain(List.of(text("済")), P))),
                        new Block.ListItem(false, List.of(new Block.Plain(List.of(text("未")), P)))), P),
                new Block.Table(Attr.EMPTY, List.of(Block.Align.CENTER), List.of(), List.of(new Block.Row(List.of(Fixtures.cell("頭なし表")))), P),
                new Block.CodeBlock(Attr.EMPTY, "<script>alert('x')</script>\n]]>\n", P),
                para(new Inline.Span(new Attr("", List.of("emoji"), Map.of()), List.of(text("🚀"))),
                        new Inline.Strong(List.of(text("閉じ忘れ")))));
        Diagnostics diags = new Diagnostics();
        byte[] epub = build(new Document(meta, blocks, dir.resolve("broken.md")), e -> e, Optional.empty(), diags);
        ReadBack rb = assertClean(epub, "broken-input", "壊れた<原稿> & \"引用\"");
        assertEquals(List.of("idのない見出し", "  重複 1", "  重複 2", "    記号だらけの id"), rb.toc());
        List<String> codes = diags.all().stream().map(Diagnostic::code).toList();
        assertEquals(List.of("epub-lang", "epub-date", "epub-link", "epub-link", "epub-link"), codes);
        EpubFile z = EpubFile.of(epub);
        String all = z.allXhtml();
        assertFalse(all.contains("<script"), "no scripts");
        assertFalse(all.contains("onclick"), "no event handlers");
        assertTrue(all.contains("&lt;script&gt;"));
        assertTrue(all.contains("<a href=\"https://example.com/?a=1&amp;b=%3C2%3E\">外部</a>"), all);
    }
}
