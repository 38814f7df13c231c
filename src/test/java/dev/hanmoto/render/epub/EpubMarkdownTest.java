package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.ReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown through the real reader and transforms into the EPUB: broken input, raw HTML, footnotes, images. */
class EpubMarkdownTest {
    @TempDir
    Path dir;

    private byte[] build(String name, String markdown, Diagnostics diags) throws IOException {
        Document doc = TestDocuments.markdownAs(dir.resolve("content/" + name + ".md"), markdown, diags);
        return new EpubRenderer(TestThemes.defaultTheme(), d -> Optional.empty(), dir, Optional.of(Instant.parse("2026-11-28T00:00:00Z")))
                .build(doc, diags);
    }

    private EpubFile clean(byte[] epub, String name) throws IOException {
        EpubCheckReport r = EpubCheckReport.check(epub, dir, name);
        assertEquals("", r.problems(), name);
        EpubFile z = EpubFile.of(epub);
        ReadBack rb = ReadBack.of(epub);
        assertEquals(z.xhtml().size(), rb.spine().size(), "an EPUB 2 reader sees every content document");
        assertFalse(rb.toc().isEmpty());
        for (String f : z.names()) {
            if (!f.endsWith(".xhtml") && !f.endsWith(".css") && !f.endsWith(".opf")) continue;
            String text = z.text(f);
            assertFalse(text.contains("<script"), f + " has a script");
            assertFalse(text.contains("src=\"http") || text.contains("src=\"//"), f + " loads a remote resource");
            assertFalse(text.contains("url(http"), f + " loads a remote resource");
            assertFalse(text.contains(" align="), f + " has an HTML4 align attribute");
        }
        return z;
    }

    @Test
    void brokenMarkdownAndRawHtmlGiveCleanXhtml() throws IOException {
        String md = """
                ---
                title: "壊れた原稿 <b>と</b> & 生 HTML"
                lang: ja
                ---
                冒頭の段落 **閉じない強調 と </strong> 迷子の閉じタグ。

                # 第一章 <em>強調</em>入り見出し

                <div align="center"><span>閉じない span
                <p align="right">右寄せ段落</p>

                <script>alert('x')</script>
                <iframe src="https://example.com/embed"></iframe>
                <style>body { display: none }</style>
                <img src="https://example.com/remote.png" alt="リモート">
                <a href="javascript:alert(1)" onclick="x()">危険なリンク</a>

                | 左 | 中 | 右 |
                |:---|:--:|---:|
                | a | b | c |
                | 欠けたセル |

                [行き先のないリンク](#nowhere) と [別の原稿](other.md) と [外部](https://example.com/?q=日本語&x=<1>)

                脚注参照[^1] と定義のない脚注[^missing]。

                [^1]: 脚注の本文。**強調** も。

                ## 第二章 &amp; 実体参照 &nbsp; &#x1F600;

                ```java
                class A { String s = "<script>"; }
                ```

                ```
                閉じないコードフェンス
                """;
        Diagnostics diags = new Diagnostics();
        byte[] epub = build("broken", md, diags);
        EpubFile z = clean(epub, "md-broken");
        String all = z.allXhtml();
        assertTrue(all.contains("epub:type=\"noteref\""), "the footnote became a noteref");
        assertTrue(all.contains("epub:type=\"footnote\""), "and an aside");
        assertFalse(all.contains("onclick"));
        assertFalse(all.contains("&lt;/strong&gt;"), "a stray closing tag is not shown as text");
        ReadBack rb = ReadBack.of(epub);
        assertEquals(2, rb.toc().size(), rb.toc().toString());
        List<String> codes = diags.all().stream().map(Diagnostic::code).toList();
        assertTrue(codes.contains("epub-link"), codes.toString());
    }

    @Test
    void markdownImagesAreCopiedFromBesideTheSource() throws IOException {
        Files.createDirectories(dir.resolve("content/img"));
        Files.write(dir.resolve("content/img/diagram.png"), Fixtures.png(320, 200));
        String md = """
                ---
                title: 図入りの記事
                author: [山田 太郎]
                tags: [SRE, 運用]
                ---
                # 構成

                ![システム構成図](img/diagram.png "構成")

                ![](img/diagram.png)
                """;
        Diagnostics diags = new Diagnostics();
        EpubFile z = clean(build("figures", md, diags), "md-images");
        assertTrue(z.files().containsKey("OEBPS/image/img-001.png"));
        assertTrue(z.text("OEBPS/text/ch-001.xhtml").contains("<img src=\"../image/img-001.png\" alt=\"システム構成図\" title=\"構成\"/>"),
                z.text("OEBPS/text/ch-001.xhtml"));
        assertEquals(List.of("image-alt-missing"), diags.all().stream().map(Diagnostic::code).toList());
        String opf = z.text("OEBPS/package.opf");
        assertTrue(opf.contains("<dc:creator id=\"creator01\">山田 太郎</dc:creator>"), opf);
        assertTrue(opf.contains("<dc:subject>運用</dc:subject>"), opf);
    }
}
