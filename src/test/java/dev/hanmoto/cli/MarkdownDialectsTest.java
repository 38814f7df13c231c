package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.render.pdf.PdfStructure;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures in {@code src/test/resources/markdown/} — documents as GitHub, pandoc, Zenn, Qiita and
 * VFM authors write them — built by the real command into a PDF and an EPUB: attributes on headings,
 * links and images (issue 14.1), GitHub's heading anchors (14.2), the title from the first heading
 * (14.7), embeds and template tags (14.9). Each build's EPUB passes EPUBCheck, each of its warnings is
 * located, none is openhtmltopdf's unlocated one about a link, and every internal link of the PDF
 * lands on a page.
 */
class MarkdownDialectsTest {
    @TempDir
    Path project;

    private static final Path FIXTURES = TestDocuments.REPO.resolve("src/test/resources/markdown");

    /** One fixture built: the warnings (file:line:col: … with the file name only), the PDF and the EPUB. */
    private record Built(List<String> warnings, byte[] pdf, EpubFile epub) {
        String pdfText() {
            return PdfReadBack.text(pdf);
        }

        String epubText() {
            return epub.allXhtml();
        }
    }

    private Built build(String fixture) throws IOException {
        Path content = Files.createDirectories(project.resolve("content"));
        Files.copy(FIXTURES.resolve(fixture), content.resolve(fixture));
        BufferedImage logo = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 400; x++) for (int y = 0; y < 100; y++) logo.setRGB(x, y, x < 200 ? 0x1f4e79 : 0xf2c230);
        ImageIO.write(logo, "png", content.resolve("logo.png").toFile());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"build", "-C", project.toString(), "content/" + fixture, "--out", "out"},
                new PrintWriter(out, true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        PdfStructure.requireCleanBelow(project.resolve("out"));
        String stem = fixture.substring(0, fixture.length() - 3);
        List<String> warnings = new ArrayList<>();
        for (String line : err.toString().split("\n")) {
            if (line.isBlank() || line.startsWith("hanmoto:")) continue;
            assertTrue(line.matches(".+:\\d+:\\d+: warning: .+"), "a located warning: " + line);
            assertFalse(line.contains("Could not find valid target"), line);
            warnings.add(line.substring(line.indexOf(fixture)));
        }
        Path epub = project.resolve("out/" + stem + ".epub");
        assertEquals("", EpubCheckReport.problemsOf(epub), fixture);
        Built b = new Built(warnings, Files.readAllBytes(project.resolve("out/" + stem + ".pdf")), EpubFile.read(epub));
        assertEveryInternalLinkLands(b.pdf());
        return b;
    }

    private static void assertEveryInternalLinkLands(byte[] pdf) throws IOException {
        try (PDDocument d = PdfStructure.load(pdf)) {
            for (PDPage page : d.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (!(a instanceof PDAnnotationLink l) || l.getAction() instanceof PDActionURI) continue;
                    PDDestination dest = l.getDestination() != null ? l.getDestination() : ((PDActionGoTo) l.getAction()).getDestination();
                    assertTrue(dest instanceof PDPageDestination p && p.getPage() != null, "a link that lands on a page: " + dest);
                }
            }
        }
    }

    private static List<String> outline(byte[] pdf) throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            walk(d.getDocumentCatalog().getDocumentOutline(), titles);
        }
        return titles;
    }

    private static void walk(PDOutlineNode node, List<String> out) {
        if (node == null) return;
        for (PDOutlineItem i : node.children()) {
            out.add(i.getTitle());
            walk(i, out);
        }
    }

    private static List<String> uriLinks(byte[] pdf) throws IOException {
        List<String> uris = new ArrayList<>();
        try (PDDocument d = PdfStructure.load(pdf)) {
            for (PDPage page : d.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink l && l.getAction() instanceof PDActionURI u && !uris.contains(u.getURI())) uris.add(u.getURI());
                }
            }
        }
        return uris;
    }

    private static void assertNoMarkup(String text, String... marks) {
        for (String m : marks) assertFalse(text.contains(m), "'" + m + "' printed in:\n" + text);
    }

    @Test
    void githubAnchorsFindTheirHeadingsAndTheFirstHeadingIsTheTitle() throws IOException {
        Built b = build("github-anchors.md");
        assertEquals(List.of("github-anchors.md:12:3: warning: link '#存在しない節' goes nowhere: no heading or element has the id"
                + " '存在しない節'; its text is kept"), b.warnings());
        // The title: in the metadata of both outputs, on the PDF's title page, once per page at most (the running head).
        try (PDDocument d = PdfStructure.load(b.pdf())) {
            assertEquals("Git 作業メモ", d.getDocumentInformation().getTitle());
        }
        assertTrue(b.epub().textEndingWith(".opf").contains("<dc:title id=\"title\">Git 作業メモ</dc:title>")
                || b.epub().textEndingWith(".opf").contains(">Git 作業メモ</dc:title>"), b.epub().textEndingWith(".opf"));
        List<PdfReadBack.Line> titleLines = PdfReadBack.lines(b.pdf()).stream().filter(l -> l.text().contains("作業メモ")).toList();
        assertEquals(1, titleLines.get(0).page(), "on the title page: " + titleLines);
        assertEquals(titleLines.size(), titleLines.stream().map(PdfReadBack.Line::page).distinct().count(), "printed twice on a page: " + titleLines);
        assertFalse(outline(b.pdf()).contains("Git 作業メモ"), "the title page's title is no section: " + outline(b.pdf()));
        assertEquals(List.of("目次", "インストール", "コードの例 (code)", "2. 設定", "よくある質問 Q&A", "よくある質問 Q&A"), outline(b.pdf()));
        // GitHub's anchors, percent-encoded or not, led to the ids the headings got.
        String xhtml = b.epubText();
        for (String id : List.of("インストール", "コードの例-code", "h-2-設定", "よくある質問-qa", "よくある質問-qa-1", "git-作業メモ")) {
            assertTrue(xhtml.contains("id=\"" + id + "\""), id);
            assertTrue(xhtml.contains("#" + id + "\">"), "a link to " + id);
        }
        assertTrue(xhtml.contains("<span class=\"broken-link\">存在しない節</span>"), xhtml);
        assertTrue(b.pdfText().contains("存在しない節"), "the text of a link to nowhere is kept");
    }

    @Test
    void pandocAttributesGoOntoHeadingsLinksAndImages() throws IOException {
        Built b = build("pandoc-attributes.md");
        assertEquals(List.of(
                "pandoc-attributes.md:22:14: warning: malformed attribute block: a second identifier '#b' (the block already has #a); kept as text",
                "pandoc-attributes.md:26:1: warning: the id 'terms' is already used at line 10:1; this one is dropped (a heading gets an id made from its text)"),
                b.warnings());
        assertEquals(List.of("はじめに", "用語", "参考文献", "付記", "壊れた属性 {#a #b}", "重複"), outline(b.pdf()));
        String text = b.pdfText();
        assertNoMarkup(text, "{#intro", "{.", "{-}", "width=", "data-level");
        assertTrue(text.contains("本文は残ります。"));
        String xhtml = b.epubText();
        assertTrue(xhtml.contains("<h1 id=\"intro\" class=\"lead\">はじめに</h1>"), xhtml);
        assertTrue(xhtml.contains("<h2 id=\"terms\" data-level=\"2\">用語</h2>"), xhtml);
        assertTrue(xhtml.contains("class=\"unnumbered\">参考文献</h2>"), xhtml);
        assertTrue(xhtml.contains("class=\"unnumbered appendix-note\">付記</h2>"), xhtml);
        assertTrue(xhtml.contains("<h2 id=\"重複\">重複</h2>"), xhtml);
        assertTrue(xhtml.contains("href=\"#intro\" class=\"xref\">はじめに</a>") || xhtml.contains("#intro\" class=\"xref\">"), xhtml);
        assertTrue(xhtml.contains("class=\"external\">pandoc の手引き</a>"), xhtml);
        // Alone in its paragraph, the image is a figure (pandoc's implicit figures), which takes its id.
        assertTrue(xhtml.matches("(?s).*<figure id=\"fig-logo\" class=\"figure\">\\s*<img src=\"[^\"]+\" alt=\"ロゴの図\" style=\"width:40%\"/>.*"), xhtml);
        // width=40%: the picture takes 40% of the column, not its natural 300 pt.
        List<PdfReadBack.Picture> pictures = PdfReadBack.pictures(b.pdf()).stream().filter(p -> p.bounds().getWidth() > 50).toList();
        assertEquals(1, pictures.size(), pictures.toString());
        double w = pictures.get(0).bounds().getWidth();
        assertTrue(w > 100 && w < 150, "40% of an A5 column is about 125 pt: " + w);
    }

    @Test
    void zennEmbedsBecomeLinksOrStayAsWrittenAndZennAnchorsWork() throws IOException {
        Built b = build("zenn-embeds.md");
        assertEquals(List.of(
                "zenn-embeds.md:15:1: warning: Zenn's @[card] embed cannot be shown in print or EPUB; written as a link to https://zenn.dev/zenn/articles/markdown-guide",
                "zenn-embeds.md:17:1: warning: Zenn's @[youtube] embed cannot be shown in print or EPUB; written as a link to https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "zenn-embeds.md:19:1: warning: Zenn's @[tweet] embed cannot be shown in print or EPUB; written as a link to https://twitter.com/zenn_dev/status/1234567890",
                "zenn-embeds.md:21:1: warning: Zenn's @[speakerdeck] embed cannot be shown in print or EPUB and names no web address; kept as text"),
                b.warnings());
        assertEquals(List.of("https://zenn.dev/zenn/articles/markdown-guide", "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
                "https://twitter.com/zenn_dev/status/1234567890", "mailto:zenn@example.com"), uriLinks(b.pdf()));
        String text = b.pdfText();
        assertTrue(text.contains("@[speakerdeck](4f7a2b9c1d)"), text);
        assertNoMarkup(text, "@[card]", "@[youtube]", "@[tweet]");
        String xhtml = b.epubText();
        assertTrue(xhtml.contains("class=\"embed embed-card\">https://zenn.dev/zenn/articles/markdown-guide</a>"), xhtml);
        assertTrue(xhtml.contains("#zennとは\">見出しへのリンク</a>"), "Zenn's anchor (punctuation kept, encoded) finds the heading: " + xhtml);
    }

    @Test
    void liquidTagsOutsideCodeAreReportedAndKept() throws IOException {
        Built b = build("qiita-links.md");
        assertEquals(List.of("qiita-links.md:17:12: warning: the template tag '{% include note.html %}' (Liquid: Jekyll, GitHub Pages,"
                + " GitBook) is not rendered here; kept as text",
                "qiita-links.md:19:1: warning: code block language 'liquid' is not one Hanmoto highlights; its blocks are shown as"
                + " plain text (docs/code.md lists the languages; other unknown languages in this build are not reported)"),
                b.warnings());
        String text = b.pdfText();
        assertTrue(text.contains("{% include note.html %}"), text);
        assertTrue(text.contains("{% if user %}"), "code is code: " + text);
        assertEquals(List.of("概要", "手順", "まとめ"), outline(b.pdf()));
    }

    @Test
    void vfmPhpExtraAndKramdownFormsAllWork() throws IOException {
        Built b = build("vfm-attributes.md");
        assertEquals(List.of(), b.warnings());
        assertEquals(List.of("第一章", "節の見出し", "付録", "kramdown の形"), outline(b.pdf()));
        assertNoMarkup(b.pdfText(), "{#", "{.", "{:", "##");
        String xhtml = b.epubText();
        assertTrue(xhtml.contains("<h1 id=\"chapter-one\">第一章</h1>"), xhtml);
        assertTrue(xhtml.contains("class=\"section-title\">節の見出し</h2>"), xhtml);
        assertTrue(xhtml.contains("<h2 id=\"appendix\">付録</h2>"), xhtml);
        assertTrue(xhtml.contains("<h2 id=\"kramdown\" class=\"ial\">kramdown の形</h2>"), xhtml);
        String nav = b.epub().textEndingWith("nav.xhtml");
        assertTrue(nav.contains("#appendix\">付録</a>") && nav.contains("#kramdown\">kramdown の形</a>"), nav);
    }

    @Test
    void anUnnumberedChapterHeadingTakesNoNumber() throws IOException {
        Path book = Files.createDirectories(project.resolve("content/book"));
        Files.writeString(book.resolve("book.yaml"), "title: 番号の本\nnumbering: 第{n}章\nchapters: [intro.md, body.md]\n");
        Files.writeString(book.resolve("intro.md"), "# 序章 {-}\n\n番号のない章です。\n");
        Files.writeString(book.resolve("body.md"), "# 本論 {#main}\n\n[序章](intro.md) と [本論](#main)。\n");
        StringWriter err = new StringWriter();
        int code = Main.execute(new String[] {"build", "-C", project.toString(), "content/book", "--out", "out"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
        assertEquals(0, code, err.toString());
        assertEquals("", Arrays.stream(err.toString().split("\n")).filter(l -> !l.startsWith("hanmoto:")).collect(Collectors.joining("\n")));
        byte[] pdf = Files.readAllBytes(project.resolve("out/book.pdf"));
        assertEquals(List.of("序章", "第1章 本論"), outline(pdf));
        assertEveryInternalLinkLands(pdf);
    }
}
