package dev.hanmoto.book;

import static dev.hanmoto.book.ForeignBooks.MDBOOK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.testkit.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, point 2: an mdBook (book.toml + src/SUMMARY.md) builds as one book, as mdBook's guide documents it. */
class MdBookTest {
    @TempDir Path tmp;

    @Test
    void readsTheSummaryAsMdBookDoes() {
        ForeignBooks.Loaded l = ForeignBooks.load(MDBOOK);
        assertEquals(List.of("src/test/resources/books/mdbook/src/SUMMARY.md:14:3: note: chapter 'まだ書いていない章' is a draft "
                + "(no file yet); it is left out of the book"), l.diagnostics());
        assertEquals(List.of(
                "src/intro.md h1 [chapter, front-matter, unnumbered] はじめに",
                "part 第1部 基本",
                "  src/setup/README.md h1 [chapter] 第1章 準備",
                "    src/setup/install.md h2 [chapter, unnumbered] インストール",
                "  src/usage/README.md h1 [chapter] 第2章 使い方",
                "    src/usage/files.md h2 [chapter, unnumbered] ファイルの扱い",
                "      src/usage/details.md h3 [chapter, unnumbered] 細かな設定",
                "part 第2部 応用",
                "  src/advanced/macros.md h1 [chapter] 第3章 マクロ",
                "src/colophon.md h1 [chapter, back-matter, unnumbered] 奥付"), ForeignBooks.outline(l.doc()));
    }

    @Test
    void metadataComesFromBookTomlAndItsHanmotoTable() {
        Meta m = ForeignBooks.load(MDBOOK).doc().meta();
        assertEquals("Rustで書く小さな道具", m.title().orElseThrow());
        assertEquals("ja", m.lang());
        assertEquals("mdbook-fixture", m.slug().orElseThrow());
        assertEquals("版元試験室", m.findText(Meta.PUBLISHER).orElseThrow());
        assertEquals("mdBook の形で書いた、Hanmoto の試験用の本です。", m.findText(Meta.DESCRIPTION).orElseThrow());
        assertEquals("山田花子, 佐藤次郎", m.find(Meta.AUTHOR).orElseThrow().asText());
    }

    @Test
    void includesAreExpandedWithRangesAnchorsAndHiddenLines() {
        Document doc = ForeignBooks.load(MDBOOK).doc();
        String text = ForeignBooks.allText(doc);
        ForeignBooks.assertNoSyntaxLeft(text);
        List<String> code = ForeignBooks.blocks(doc, Block.CodeBlock.class).stream()
                .map(c -> c.attr().classes() + " " + c.text()).toList();
        assertEquals(List.of(
                // setup/README.md: the anchor 'main' (its inner anchor lines left out), then the anchor 'greet'
                "[rust] fn main() {\n    let name = env::args().nth(1).unwrap_or_else(|| \"世界\".to_string());\n"
                        + "    println!(\"こんにちは、{}！\", name);\n}\n",
                "[rust]     println!(\"こんにちは、{}！\", name);\n",
                // setup/install.md: ::1 and :14
                "[rust] use std::env;\n",
                "[rust]     text.to_uppercase()\n",
                // usage/README.md: the included snippet's own include (anchor 'helper'), then rustdoc's hidden lines
                "[rust] fn shout(text: &str) -> String {\n    text.to_uppercase()\n}\n",
                "[rust] let total = 1 + 2;\nprintln!(\"{}\", total);\n# この行は # で始まる行として残ります\n",
                // usage/files.md: python with the book's hidelines prefix '~'; rustdoc_include of line 2 only
                "[python] def load(path):\n    with open(path, encoding=\"utf-8\") as f:\n        return json.load(f)\n",
                "[rust]     let x = add_one(2);\n",
                // usage/details.md: 13:15
                "[rust] fn shout(text: &str) -> String {\n    text.to_uppercase()\n}\n"), code);
        assertFalse(text.contains("準備 — Rustで書く小さな道具"), "{{#title}} is a browser tab title, not text");
    }

    @Test
    void linksBetweenChaptersLandOnTheirHeadings() {
        Document doc = ForeignBooks.load(MDBOOK).doc();
        ForeignBooks.assertLinksResolveAndImagesExist(doc);
        List<String> targets = ForeignBooks.inlines(doc, Inline.Link.class).stream()
                .map(k -> Walk.plainText(k.content()) + " → " + k.target()).toList();
        assertEquals(List.of(
                "準備 → #準備", "使い方 → #使い方", "マクロ → #展開の仕組み",
                "インストール → #前提条件",
                "インストール → #前提条件", "ファイルの扱い → #ファイルの扱い",
                "次の節 → #細かな設定", "使い方 → #ファイル名",
                "準備 → #最初のプログラム"), targets);
    }

    @Test
    void imagesAreResolvedInTheChaptersOwnFolder() {
        List<String> srcs = ForeignBooks.inlines(ForeignBooks.load(MDBOOK).doc(), Inline.Image.class).stream()
                .map(Inline.Image::src).toList();
        assertEquals(List.of("src/setup/images/terminal.png"), srcs);
    }

    @Test
    void srcAndPrefixSuffixAndNumberedOrderFollowTheGuide() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.toml", "[book]\ntitle = \"T\"\nsrc = \"text\"\n",
                "text/SUMMARY.md", """
                [Preface](pre.md)
                - [One](one.md)
                * [Two](sub/two.md)
                [After](after.md)
                - [Late](late.md)
                """);
        for (String f : List.of("pre.md", "one.md", "sub/two.md", "after.md", "late.md")) {
            TestFiles.write(book.resolve("text"), f, "本文。\n");
        }
        ForeignBooks.Loaded l = ForeignBooks.loadIn(tmp, book);
        assertEquals(List.of("b/text/SUMMARY.md:5:1: error: numbered chapter after the suffix chapters; in mdBook suffix chapters come last"),
                l.diagnostics());
        // Files without a heading are headed by their summary titles.
        assertEquals(List.of(
                "text/pre.md h1 [chapter, front-matter, unnumbered] Preface",
                "text/one.md h1 [chapter] Chapter 1 One".replace("Chapter 1", "第1章"),
                "text/sub/two.md h1 [chapter] 第2章 Two",
                "text/after.md h1 [chapter, back-matter, unnumbered] After"), ForeignBooks.outline(l.doc()));
    }

    @Test
    void htmlLinksOfChaptersAndIndexPagesAreChapterLinks() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.toml", "[book]\ntitle = \"T\"\nlanguage = \"en\"\n",
                "src/SUMMARY.md", "- [A](a/README.md)\n- [B](b.md)\n",
                "src/a/README.md", "# A\n\n## Two Words\n\nSee [b](../b.html#third-part) and [me](index.html#two-words).\n",
                "src/b.md", "# B\n\n## Third: part\n\nBack to [a](a/) or [site](other.html).\n");
        Document doc = ForeignBooks.loadCleanIn(tmp, book);
        List<String> targets = ForeignBooks.linkTargets(doc);
        assertEquals(List.of("#third-part", "#two-words", "#a", "other.html"), targets);
        assertEquals("chapter-a", ((Block.Div) doc.blocks().get(0)).attr().id(), "a README's div is named after its folder");
    }

    @Test
    void includedTextKeepsItsOwnPositionsForLaterProblems() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.toml", "[book]\ntitle = \"T\"\n",
                "src/SUMMARY.md", "- [A](a.md)\n",
                "src/a.md", "# A\n\n前置き。\n\n{{#include parts/p.md}}\n\n[壊れた](nowhere.md)\n",
                "src/parts/p.md", "一行目。\n\n二行目に [行き先のない](missing.md) リンク。\n");
        ForeignBooks.Loaded l = ForeignBooks.loadIn(tmp, book);
        assertEquals(List.of(
                "b/src/parts/p.md:3:6: error: link target not found: missing.md",
                "b/src/a.md:7:1: error: link target not found: nowhere.md"), l.diagnostics());
    }

    @Test
    void unknownBookKeysAreWarnedAndOtherTablesAreMdBooks() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.toml", """
                [book]
                title = "T"
                autors = ["x"]

                [rust]
                edition = "2021"

                [output.hanmoto]
                numbering = "Chapter {n}"
                pagesize = "A4"
                """,
                "src/SUMMARY.md", "- [A](a.md)\n",
                "src/a.md", "# A\n");
        ForeignBooks.Loaded l = ForeignBooks.loadIn(tmp, book);
        assertEquals(List.of(
                "b/book.toml:3:1: warning: unknown key 'book.autors' (did you mean 'authors'?); mdBook's [book] table has no such key",
                "b/book.toml:10:1: error: unknown key 'output.hanmoto.pagesize' in Hanmoto's settings"), l.diagnostics());
        assertTrue(ForeignBooks.outline(l.doc()).get(0).endsWith("Chapter 1 A"), ForeignBooks.outline(l.doc()).toString());
    }

    @Test
    void theSourceFolderOrItsSummaryStandsForTheMdBook() {
        Path src = MDBOOK.resolve("src");
        assertTrue(BookLoader.isBook(src));
        assertEquals(MDBOOK.resolve("book.toml").normalize(), BookLoader.manifestFile(src));
        assertEquals(MDBOOK.resolve("book.toml").normalize(), BookLoader.manifestFile(src.resolve("SUMMARY.md")));
        assertEquals(MDBOOK.toAbsolutePath().normalize(), BookLoader.bookFolder(src));
        assertEquals("mdbook-fixture", ForeignBooks.load(src).doc().slug());
    }
}
