package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Book structure read back from real PDFs: TOC numbers, outline, tables, code, footnotes, page box. */
class BookLayoutTest {
    static final Path FIXTURES = Path.of("src/test/resources/dev/hanmoto/render/pdf");

    static byte[] render(Document doc, String keepAs) {
        return TestPdfs.render(TestThemes.defaultTheme(), doc, keepAs);
    }

    static Document fixture(String name) {
        return name.equals("seed") ? TestDocuments.sample() : TestDocuments.read(FIXTURES.resolve(name + ".md"));
    }

    /** A long document: the fixtures' bodies repeated as chapters, written beside the fixtures' images. */
    static Document longDocument() throws IOException {
        StringBuilder sb = new StringBuilder("---\ntitle: 運用ハンドブック（長い文書の検証）\nauthor: 判元 編集部\n---\n\n");
        String kinsoku = body(FIXTURES.resolve("kinsoku.md"));
        String table = body(FIXTURES.resolve("code-and-table.md"));
        for (int i = 1; i <= 8; i++) {
            sb.append("# 第").append(i).append("章 運用の基礎 その").append(i).append("\n\n");
            sb.append(kinsoku.replace("# 禁則処理の検証", "## 禁則の確認 " + i).replaceAll("(?m)^## ", "### "));
            sb.append("\n\n");
            sb.append(table.replace("# 監視設定の実例", "## 監視設定 " + i).replaceAll("(?m)^## (?!監視設定)", "### "));
            sb.append("\n\n");
        }
        return TestDocuments.markdown("long", sb.toString());
    }

    private static String body(Path md) throws IOException {
        String s = Files.readString(md, StandardCharsets.UTF_8);
        int end = s.indexOf("\n---\n", 4);
        return s.substring(end + 5);
    }

    static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        Walk.forEachBlock(doc.blocks(), b -> {
            if (b instanceof Block.Heading h) out.add(Walk.plainText(h.inlines()).strip());
        });
        return out;
    }

    static String norm(String s) {
        return drawable(s).replaceAll("\\s+", "");
    }

    /**
     * The text as the PDF prints it: emoji with artwork are pictures (left out), variation selectors
     * and ZWJ dropped, every other character that no default-theme font can draw replaced by 〓.
     */
    static String drawable(String s) {
        List<dev.hanmoto.theme.FontFace> all = new ArrayList<>();
        TestThemes.defaultTheme().fonts().stacks().values().forEach(all::addAll);
        all.addAll(TestThemes.defaultTheme().fonts().fallback());
        var cmaps = FontLibrary.cmaps(all);
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (var m : dev.hanmoto.render.emoji.EmojiArtwork.twemoji().findAll(s)) {
            kept.append(s, at, m.start());
            at = m.end();
        }
        StringBuilder sb = new StringBuilder();
        kept.append(s.substring(at)).codePoints().filter(cp -> !(cp >= 0xFE00 && cp <= 0xFE0F) && cp != 0x200D)
                .forEach(cp -> sb.appendCodePoint(Character.isWhitespace(cp) || FontLibrary.hasGlyph(cmaps, cp) ? cp : DrawableTextPass.GETA));
        return sb.toString();
    }

    /** Outline titles (normalised) with the 1-based page each points to, in outline order. */
    static List<Map.Entry<String, Integer>> outline(PDDocument d) throws IOException {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        walk(d, d.getDocumentCatalog().getDocumentOutline(), out);
        return out;
    }

    private static void walk(PDDocument d, PDOutlineNode node, List<Map.Entry<String, Integer>> out) throws IOException {
        if (node == null) return;
        for (PDOutlineItem i : node.children()) {
            PDPage p = i.findDestinationPage(d);
            out.add(Map.entry(norm(i.getTitle()), p == null ? -1 : d.getPages().indexOf(p) + 1));
            walk(d, i, out);
        }
    }

    private static final Pattern TOC_ENTRY = Pattern.compile("^(.*?)[.\\s]{3,}(\\d+)$");

    /** Table-of-contents entries as printed: text (normalised) → page number, in order. */
    static List<Map.Entry<String, Integer>> toc(byte[] pdf, String runningTitle, String tocTitle) throws IOException {
        List<Map.Entry<String, Integer>> out = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        boolean inToc = false;
        for (PdfReadBack.Line l : PdfReadBack.lines(pdf)) {
            if (l.text().equals(tocTitle)) {
                inToc = true;
                continue;
            }
            if (!inToc || l.page() == 1) continue;
            if (norm(l.text()).equals(norm(runningTitle)) || l.text().matches("\\d+")) continue;
            Matcher m = TOC_ENTRY.matcher(l.text());
            if (m.matches()) {
                out.add(Map.entry(norm(pending + m.group(1)), Integer.parseInt(m.group(2))));
                pending.setLength(0);
            } else if (!out.isEmpty() && pending.length() == 0 && !l.text().contains("..")) {
                break; // first body line after the table of contents
            } else {
                pending.append(l.text());
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"seed", "code-and-table", "kinsoku"})
    void tocPageNumbersAreThePagesTheHeadingsLandOn(String name) throws IOException {
        Document doc = fixture(name);
        byte[] pdf = render(doc, "book-" + name + ".pdf");
        checkToc(doc, pdf);
    }

    static void checkToc(Document doc, byte[] pdf) throws IOException {
        try (PDDocument d = PdfStructure.load(pdf)) {
            List<Map.Entry<String, Integer>> outline = outline(d);
            assertEquals(headings(doc).stream().map(BookLayoutTest::norm).toList(), outline.stream().map(Map.Entry::getKey).toList(),
                    "the outline lists every heading in order");
            List<Map.Entry<String, Integer>> toc = toc(pdf, doc.meta().title().orElseThrow(), "目次");
            assertFalse(toc.isEmpty(), "no table of contents read");
            int at = 0;
            for (Map.Entry<String, Integer> e : toc) {
                while (at < outline.size() && !outline.get(at).getKey().equals(e.getKey())) at++;
                assertTrue(at < outline.size(), "TOC entry not in the outline: " + e);
                assertEquals(outline.get(at).getValue(), e.getValue(), "page of " + e.getKey());
            }
        }
    }

    @Test
    void longDocumentHasOver50PagesCorrectTocAndNoKinsokuBreaks() throws IOException {
        Document doc = longDocument();
        byte[] pdf = render(doc, "book-long.pdf");
        try (PDDocument d = PdfStructure.load(pdf)) {
            assertTrue(d.getNumberOfPages() >= 50, "pages: " + d.getNumberOfPages());
        }
        checkToc(doc, pdf);
        assertEquals(List.of(), KinsokuTest.violations(PdfReadBack.lines(pdf)));
    }

    @Test
    void tableHeaderRepeatsOnEveryPageAndRowsAreNotSplit() throws IOException {
        byte[] pdf = render(fixture("code-and-table"), "book-code-and-table.pdf");
        Map<Integer, List<String>> byPage = new LinkedHashMap<>();
        for (PdfReadBack.Line l : PdfReadBack.lines(pdf)) byPage.computeIfAbsent(l.page(), k -> new ArrayList<>()).add(l.text());
        int tablePages = 0;
        List<String> ids = new ArrayList<>();
        for (List<String> lines : byPage.values()) {
            List<String> rows = lines.stream().filter(t -> t.matches("A-\\d{3}")).toList();
            if (rows.isEmpty()) continue;
            tablePages++;
            ids.addAll(rows);
            int header = lines.indexOf("アラート名");
            assertTrue(header >= 0 && header < lines.indexOf(rows.get(0)), "header row above the first row on a page: " + lines);
        }
        assertTrue(tablePages >= 2, "the table should span pages: " + tablePages);
        assertEquals(60, ids.size(), "each row exactly once (none split or lost): " + ids);
    }

    @Test
    void codeBlocksWrapInsideTheMarginsAndLoseNothing() throws IOException {
        Document doc = fixture("code-and-table");
        byte[] pdf = render(doc, "book-code-and-table.pdf");
        float maxX = (float) PdfReadBack.pages(pdf).stream().mapToDouble(PdfReadBack.Page::rightmost).max().orElseThrow();
        float outerMargin = 14 / 25.4f * 72;
        assertTrue(maxX <= 148 / 25.4f * 72 - outerMargin + 1, "text past the right margin: " + maxX);
        String text = PdfReadBack.textByPosition(pdf).replaceAll("\\s+", "");
        Walk.forEachBlock(doc.blocks(), b -> {
            if (b instanceof Block.CodeBlock c) {
                assertTrue(text.contains(c.text().replaceAll("\\s+", "")), "code block text lost: " + c.text());
            }
        });
    }

    @Test
    void footnotesAreNumberedAtThePageBottom() throws IOException {
        Document doc = fixture("notes");
        Diagnostics diags = new Diagnostics();
        byte[] pdf = TestPdfs.keep("book-notes.pdf", TestPdfs.render(TestThemes.defaultTheme(), doc, diags));
        assertEquals(List.of(), diags.all().stream().map(Diagnostic::format).toList());
        List<PdfReadBack.Line> lines = PdfReadBack.lines(pdf);
        String all = String.join("\n", lines.stream().map(PdfReadBack.Line::text).toList());
        for (String marker : List.of("1. Googleが提唱", "2. 許容できる", "3. 事後検証", "4. この脚注")) {
            assertTrue(all.replace(". ", ".").contains(marker.replace(". ", ".")), "footnote missing: " + marker + "\n" + all);
        }
        try (PDDocument d = PdfStructure.load(pdf)) {
            int[] images = {0};
            for (PDPage p : d.getPages()) {
                for (var n : p.getResources().getXObjectNames()) {
                    var x = p.getResources().getXObject(n);
                    if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) images[0]++;
                    if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject) images[0]++;
                }
            }
            assertTrue(images[0] >= 2, "PNG and SVG images drawn: " + images[0]);
        }
    }

    @Test
    void chapterRunningHeadShowsTheChapterOfEachPage() throws IOException {
        StringBuilder sb = new StringBuilder("---\ntitle: 柱の検証\n---\n\n");
        String kinsoku = body(FIXTURES.resolve("kinsoku.md")).replaceAll("(?m)^# .*$", "");
        for (int i = 1; i <= 3; i++) sb.append("# 第").append(i).append("章\n\n").append(kinsoku).append(kinsoku).append("\n\n");
        Document written = TestDocuments.markdown("chapters", sb.toString());
        byte[] pdf = TestPdfs.render(TestThemes.with("pdf: { running-head: chapter }"), written, "book-chapters.pdf");
        Map<Integer, String> firstLine = new LinkedHashMap<>();
        for (PdfReadBack.Line l : PdfReadBack.lines(pdf)) firstLine.putIfAbsent(l.page(), l.text());
        int checked = 0;
        try (PDDocument d = PdfStructure.load(pdf)) {
            List<Map.Entry<String, Integer>> chapters = outline(d).stream().filter(c -> c.getKey().matches("第\\d章")).toList();
            for (Map.Entry<Integer, String> e : firstLine.entrySet()) {
                if (e.getKey() < chapters.get(0).getValue()) continue;
                String expected = null;
                for (Map.Entry<String, Integer> c : chapters) if (c.getValue() <= e.getKey()) expected = c.getKey();
                assertEquals(expected, e.getValue(), "running head of page " + e.getKey());
                checked++;
            }
        }
        assertTrue(checked >= 6, "pages checked: " + checked);
    }

    /**
     * In a book, chapters are divs: each chapter's opening page is headed by that chapter (not by the
     * part before it), and a part title page has no running head at all: its first line is its title.
     */
    @Test
    void bookChapterRunningHeadsHeadEachChapterOpeningAndSparePartPages() throws IOException {
        Document book = TestDocuments.book(TestDocuments.REPO.resolve("src/test/resources/books/fixture"));
        byte[] pdf = TestPdfs.render(TestThemes.with("pdf: { running-head: chapter }"), book, "book-fixture-chapter-heads.pdf");
        Map<Integer, String> firstLine = new LinkedHashMap<>();
        for (PdfReadBack.Line l : PdfReadBack.lines(pdf)) firstLine.putIfAbsent(l.page(), norm(l.text()));
        int parts = 0;
        int chapters = 0;
        try (PDDocument d = PdfStructure.load(pdf)) {
            for (PDOutlineItem i : d.getDocumentCatalog().getDocumentOutline().children()) {
                int page = d.getPages().indexOf(i.findDestinationPage(d)) + 1;
                String title = norm(i.getTitle());
                assertEquals(title, firstLine.get(page), "first line of page " + page);
                if (title.matches("第\\d部.*")) {
                    parts++;
                    assertFalse(firstLine.get(page + 1).equals(title), "part title heads the chapter after it: page " + (page + 1));
                } else {
                    chapters++;
                }
            }
        }
        assertEquals(2, parts, "parts checked");
        assertTrue(chapters >= 6, "chapters checked: " + chapters);
    }

    /** A book's part entries in the printed TOC carry their own class (styled apart from chapters). */
    @Test
    void tocMarksPartEntriesOfABook() {
        Diagnostics diags = new Diagnostics();
        Document book = TestDocuments.book(TestDocuments.REPO.resolve("src/test/resources/books/fixture"));
        String xhtml = new PdfRenderer(TestThemes.defaultTheme()).xhtml(book, diags);
        Matcher m = Pattern.compile("<li class=\"toc-level-1 toc-part\"><a href=\"#([^\"]+)\">(.+?)</a>").matcher(xhtml);
        List<String> parts = new ArrayList<>();
        while (m.find()) parts.add(m.group(2).replace("<span class=\"wa\"> </span>", ""));
        assertEquals(List.of("第1部 基礎", "第2部 応用"), parts);
        assertEquals(2, xhtml.split(" toc-part\"", -1).length - 1, "only the parts are marked");
    }

    /** Task boxes (☐/☑ are in no bundled face) are drawn by the stylesheet, never printed as '#'. */
    @Test
    void taskBoxesNeverPrintAsHash() throws IOException {
        byte[] pdf = render(TestDocuments.markdown("tasks", "---\ntitle: 作業\n---\n\n- [x] 原稿を書く\n- [ ] 校正する\n"), "tasks.pdf");
        String text = PdfReadBack.text(pdf);
        assertTrue(text.contains("原稿を書く") && text.contains("校正する"), text);
        assertFalse(text.contains("#"), "a missing glyph printed as '#': " + text);
    }

    /** The kinsoku fixture on A5 with a 3 mm bleed. */
    static byte[] withBleed() throws IOException {
        return TestPdfs.render(TestThemes.with("pdf: { page: { bleed: 3mm } }"), fixture("kinsoku"), "book-bleed.pdf");
    }

    @Test
    void bleedSetsTrimAndBleedBoxesAroundTheA5Page() throws IOException {
        try (PDDocument d = PdfStructure.load(withBleed())) {
            float bleed = 3 / 25.4f * 72;
            for (PDPage p : d.getPages()) {
                PDRectangle trim = p.getTrimBox();
                assertEquals(419.5, trim.getWidth(), 1.0);
                assertEquals(595.3, trim.getHeight(), 1.0);
                PDRectangle b = p.getBleedBox();
                assertEquals(trim.getLowerLeftX() - bleed, b.getLowerLeftX(), 0.1);
                assertEquals(trim.getUpperRightY() + bleed, b.getUpperRightY(), 0.1);
                PDRectangle media = p.getMediaBox();
                assertTrue(media.getWidth() > b.getWidth() + 20 && media.getHeight() > b.getHeight() + 20, "room for crop marks");
            }
        }
    }

    @Test
    void reportThemeIsB5WithoutAnyJava() throws IOException {
        var report = TestThemes.named("report");
        byte[] pdf = TestPdfs.render(report, fixture("kinsoku"));
        try (PDDocument d = PdfStructure.load(pdf)) {
            PDRectangle box = d.getPage(0).getMediaBox();
            assertEquals(182 / 25.4 * 72, box.getWidth(), 1.0);
            assertEquals(257 / 25.4 * 72, box.getHeight(), 1.0);
        }
    }

    @Test
    void pageSizeComesFromTheTheme() throws IOException {
        byte[] pdf = TestPdfs.render(TestThemes.with("pdf: { page: { size: B5 } }"), fixture("kinsoku"));
        try (PDDocument d = PdfStructure.load(pdf)) {
            for (PDPage p : d.getPages()) {
                assertEquals(182 / 25.4 * 72, p.getMediaBox().getWidth(), 1.0);
                assertEquals(257 / 25.4 * 72, p.getMediaBox().getHeight(), 1.0);
            }
        }
    }
}
