package dev.hanmoto.book;

import static dev.hanmoto.book.ForeignBooks.HONKIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, point 3: a HonKit/GitBook 3 book (book.json, SUMMARY.md) builds as one book. */
class HonKitTest {
    @TempDir Path tmp;

    @Test
    void readsBookJsonRootAndTheGitBookSummary() {
        ForeignBooks.Loaded l = ForeignBooks.load(HONKIT);
        assertEquals(List.of("src/test/resources/books/honkit/source/SUMMARY.md:16:3: note: chapter '準備中の章' has no link; "
                + "it is left out of the book"), l.diagnostics());
        assertEquals(List.of(
                "source/README.md h1 [chapter, front-matter, unnumbered] はじめに",
                "part 第1部 基本",
                "  source/basic/README.md h1 [chapter] 第1章 基本",
                "    source/basic/variables.md h2 [chapter, unnumbered] 変数",
                "  source/array/README.md h1 [chapter] 第2章 配列",
                "part 第2部 オブジェクト",
                "  source/object/README.md h1 [chapter] 第3章 オブジェクト",
                "    source/object/property.md h2 [chapter, unnumbered] プロパティ"), ForeignBooks.outline(l.doc()));
        Meta m = l.doc().meta();
        assertEquals("JavaScriptの小さな本", m.title().orElseThrow());
        assertEquals("honkit-fixture", m.slug().orElseThrow());
        assertEquals("鈴木一郎", m.find(Meta.AUTHOR).orElseThrow().asText());
    }

    @Test
    void variablesImportsAndIncludesAreExpanded() {
        Document doc = ForeignBooks.load(HONKIT).doc();
        String text = ForeignBooks.allText(doc);
        ForeignBooks.assertNoSyntaxLeft(text);
        assertTrue(text.contains("例はブラウザーの開発者コンソールで試せます。"), text);
        assertTrue(text.contains("最新の情報は https://example.com/js にあります"), text);
        assertTrue(text.contains("この本の例は、どれも版 1.2.0 の開発者コンソールで確かめてあります。"), "the included note, templated: " + text);
        List<String> code = ForeignBooks.blocks(doc, Block.CodeBlock.class).stream()
                .map(c -> c.attr().classes() + " " + c.text()).toList();
        assertEquals(List.of(
                "[js] console.log(\"版 1.2.0 で動いています\");\n",
                "[javascript] const greeting = \"こんにちは\";\nlet count = 0;\ncount = count + 1;\n",
                "[javascript] const some = fruits.slice(0, 2);\nconst sorted = [...fruits].sort();\nconsole.log(sorted);\n",
                "[javascript] const sorted = [...fruits].sort();\nconsole.log(sorted);\n",
                "[javascript] const book = { title: \"小さな本\", pages: 120 };\nconst books = [book, { title: \"大きな本\", pages: 480 }];\n"
                        + "books.sort((a, b) => a.pages - b.pages);\nconsole.log(books.map((b) => b.title));\n",
                "[javascript] const books = [book, { title: \"大きな本\", pages: 480 }];\nbooks.sort((a, b) => a.pages - b.pages);\n"
                        + "console.log(books.map((b) => b.title));\n"), code);
    }

    @Test
    void linksWithFragmentsLandOnTheirHeadings() {
        Document doc = ForeignBooks.load(HONKIT).doc();
        ForeignBooks.assertLinksResolveAndImagesExist(doc);
        List<String> targets = new ArrayList<>();
        Walk.forEachInline(doc.blocks(), i -> {
            if (i instanceof Inline.Link k && !k.target().startsWith("https:")) targets.add(Walk.plainText(k.content()) + " → " + k.target());
        });
        assertEquals(List.of("変数 → #変数", "配列 → #slice", "前の節 → #宣言", "プロパティ → #並べ替えの鍵",
                "配列の章 → #配列", "slice → #slice"), targets);
        List<String> srcs = ForeignBooks.inlines(doc, Inline.Image.class).stream()
                .map(Inline.Image::src).toList();
        assertEquals(List.of("source/array/images/array.png"), srcs);
    }

    @Test
    void aSummaryWithoutBookJsonIsABookAndTheReadmeComesFirst() throws IOException {
        Path book = TestFiles.write(tmp.resolve("docs"),
                "SUMMARY.md", """
                # Summary

                ### Part I

                * [Chapter A](a/README.md)

                ---

                * [Last part without title](b.md)
                """,
                "README.md", "# 案内書\n\nこの本について。\n",
                "a/README.md", "本文A。\n",
                "b.md", "# B\n\n本文B。\n");
        Document doc = ForeignBooks.loadCleanIn(tmp, book);
        assertEquals(List.of(
                "README.md h1 [chapter, front-matter, unnumbered] 案内書",
                "part Part I",
                "  a/README.md h1 [chapter] 第1章 Chapter A",
                "b.md h1 [chapter] 第2章 B"), ForeignBooks.outline(doc));
        assertEquals("案内書", doc.meta().title().orElseThrow(), "the title comes from the readme when book.json has none");
        assertEquals("docs", doc.meta().slug().orElseThrow());
    }

    @Test
    void theReadmeNamedAsSummaryIsTheTableOfContentsNotAChapter() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.json", "{\"title\": \"T\", \"structure\": {\"summary\": \"README.md\"}}",
                "README.md", """
                # JavaScript Primer

                この本の目次です。

                - [配列](array/README.md)
                """,
                "array/README.md", "# 配列\n");
        Document doc = ForeignBooks.loadCleanIn(tmp, book);
        assertEquals(List.of("array/README.md h1 [chapter] 第1章 配列"), ForeignBooks.outline(doc));
    }

    @Test
    void otherTemplateTagsAreKeptWithOneWarningEachAndRawStaysAsWritten() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.json", "{\"title\": \"T\", \"variables\": {\"name\": \"値\"}}",
                "SUMMARY.md", "* [A](a.md)\n",
                "a.md", """
                # A

                {% hint style='info' %}
                注意。{# 消える注釈 #}
                {% endhint %}

                {{ page.title }} と {{ book.name | upper }} と {{ book.name }}。

                {% raw %}`{{ book.name }}` は書いたまま{% endraw %}
                """);
        ForeignBooks.Loaded l = ForeignBooks.loadIn(tmp, book);
        assertEquals(List.of(
                "b/a.md:3:1: warning: the template tag '{% hint %}' is not supported (only include and raw); it is kept as text",
                "b/a.md:5:1: warning: the template tag '{% endhint %}' is not supported (only include and raw); it is kept as text",
                "b/a.md:7:1: warning: the template expression '{{ page.title }}' is not supported (only {{ book.name }} from "
                        + "book.json's variables); it is kept as text",
                "b/a.md:7:20: warning: the template expression '{{ book.name | upper }}' is not supported (only {{ book.name }} "
                        + "from book.json's variables); it is kept as text"), l.diagnostics());
        String text = ForeignBooks.allText(l.doc());
        assertTrue(text.contains("注意。\n"), text);
        assertTrue(text.contains("と 値。"), text);
        assertTrue(text.contains("{{ book.name }} は書いたまま"), text);
    }

    @Test
    void anUnknownVariableIsAnErrorWithASuggestion() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.json", "{\"title\": \"T\", \"variables\": {\"console\": \"コンソール\"}}",
                "SUMMARY.md", "* [A](a.md)\n",
                "a.md", "# A\n\n```js\n// {{ book.consle }}\n```\n");
        assertEquals(List.of("b/a.md:4:4: error: book.json's variables have no 'consle' (did you mean 'console'?); "
                + "define it under \"variables\""), ForeignBooks.loadIn(tmp, book).diagnostics());
    }

    @Test
    void importsNeedThePluginAndAMissingMarkerIsAnError() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.json", "{\"title\": \"T\", \"plugins\": [\"include-codeblock\"]}",
                "SUMMARY.md", "* [A](a.md)\n",
                "x.cpp", "int main() {\n    //! [body]\n    return 0;\n    //! [body]\n}\n",
                "a.md", "# A\n\n[import:'body', unindent:\"true\"](x.cpp)\n");
        Document doc = ForeignBooks.loadCleanIn(tmp, book);
        List<String> code = ForeignBooks.blocks(doc, Block.CodeBlock.class).stream()
                .map(c -> c.attr().classes() + " " + c.text()).toList();
        assertEquals(List.of("[cpp] return 0;\n"), code);

        Files.writeString(book.resolve("a.md"), "# A\n\n見出しの下に [import:\"nope\"](x.cpp)\n");
        assertEquals(List.of("b/a.md:3:8: error: [import:\"nope\"] of 'x.cpp': no marker '[nope]' (a comment such as '/// [nope]' "
                + "before and after the lines) in the file"), ForeignBooks.loadIn(tmp, book).diagnostics());

        TestFiles.write(book,
                "book.json", "{\"title\": \"T\"}",
                "a.md", "# A\n\n[import](x.cpp)\n");
        List<String> targets = ForeignBooks.linkTargets(ForeignBooks.loadIn(tmp, book).doc());
        assertEquals(List.of("x.cpp"), targets, "without the plugin HonKit leaves [import](…) a link, so do we");
    }

    @Test
    void anIncludeFromSlashStartsAtTheBooksRoot() throws IOException {
        Path book = TestFiles.write(tmp.resolve("b"),
                "book.json", "{\"title\": \"T\", \"root\": \"docs\"}",
                "docs/SUMMARY.md", "* [A](deep/er/a.md)\n",
                "docs/parts/n.md", "共通の注意。\n",
                "docs/deep/er/a.md", "# A\n\n{% include \"/parts/n.md\" %}\n");
        Document doc = ForeignBooks.loadCleanIn(tmp, book);
        assertTrue(ForeignBooks.allText(doc).contains("共通の注意。"), ForeignBooks.allText(doc));
    }
}
