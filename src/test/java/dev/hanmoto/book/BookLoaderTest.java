package dev.hanmoto.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.build.Inputs;
import dev.hanmoto.build.Project;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookLoaderTest {
    static final Path FIXTURE = Path.of("src/test/resources/books/fixture");
    static final Path PROJECT = Path.of("").toAbsolutePath();

    @TempDir Path tmp;

    static Document loadClean(Path book) {
        Diagnostics diags = new Diagnostics();
        Document doc = new BookLoader(PROJECT).load(book, diags);
        assertEquals(List.of(), diags.all().stream().map(Diagnostic::format).toList());
        return doc;
    }

    /** Top-level structure: matter classes, parts, chapters in manifest order. */
    @Test
    void assemblesFrontPartsAppendixAndBackInOrder() {
        Document doc = loadClean(FIXTURE);
        List<String> outline = new ArrayList<>();
        for (Block b : doc.blocks()) {
            Block.Div d = (Block.Div) b;
            if (d.attr().hasClass(BookClasses.PART)) {
                Block.Heading h = (Block.Heading) d.blocks().get(0);
                outline.add("part " + Walk.plainText(h.inlines()) + " " + h.attr().classes());
                for (Block c : d.blocks().subList(1, d.blocks().size())) outline.add("  " + describe((Block.Div) c));
            } else {
                outline.add(describe(d));
            }
        }
        assertEquals(List.of(
                "preface.md [chapter, front-matter, unnumbered] はじめに",
                "intro.md [chapter] 第1章 Introduction",
                "part 第1部 基礎 [part-title]",
                "  basics/setup.md [chapter] 第2章 セットアップ",
                "  basics/usage.md [chapter] 第3章 Usage",
                "part 第2部 応用 [part-title]",
                "  advanced/tuning.md [chapter] 第4章 Tuning",
                "  advanced/extra.md [chapter, unnumbered] Extra material",
                "appendix/commands.md [chapter, appendix] 付録A Commands",
                "colophon.md [chapter, back-matter, unnumbered] 奥付"), outline);
    }

    private static String describe(Block.Div chapter) {
        Block.Heading h = (Block.Heading) chapter.blocks().get(0);
        return chapter.attr().attributes().get(Document.SOURCE_ATTR) + " " + chapter.attr().classes() + " "
                + Walk.plainText(h.inlines());
    }

    @Test
    void labelIsAChapterNumberSpanAndDivAttributes() {
        Document doc = loadClean(FIXTURE);
        Block.Div appendix = chapters(doc).stream()
                .filter(d -> d.attr().hasClass(BookClasses.APPENDIX)).findFirst().orElseThrow();
        assertEquals("A", appendix.attr().attributes().get(BookClasses.NUMBER_ATTR));
        assertEquals("付録A", appendix.attr().attributes().get(BookClasses.LABEL_ATTR));
        Block.Heading h = (Block.Heading) appendix.blocks().get(0);
        Inline.Span span = (Inline.Span) h.inlines().get(0);
        assertEquals(List.of(BookClasses.CHAPTER_NUMBER), span.attr().classes());
        assertEquals("付録A", Walk.plainText(span.content()));

        Block.Div extra = chapters(doc).get(5);
        assertFalse(extra.attr().attributes().containsKey(BookClasses.NUMBER_ATTR));
        Block.Heading title = (Block.Heading) extra.blocks().get(0);
        assertEquals(1, title.level());
        assertTrue(title.inlines().stream().noneMatch(i -> i instanceof Inline.Span));
    }

    @Test
    void frontMatterTitleReplacesTheHeadingAndNamesItsId() {
        Block.Div setup = chapters(loadClean(FIXTURE)).get(2);
        Block.Heading h = (Block.Heading) setup.blocks().get(0);
        assertEquals("chapter-setup", setup.attr().id());
        assertEquals("セットアップ", h.attr().id());
        assertEquals("第2章 セットアップ", Walk.plainText(h.inlines()));
    }

    @Test
    void dispatchingSendsBookFoldersToTheBookLoaderAndFilesToArticles() {
        var loader = BookLoader.dispatching(PROJECT, new ChapterReader());
        Diagnostics diags = new Diagnostics();
        Document book = loader.load(FIXTURE, diags);
        Document manifest = loader.load(FIXTURE.resolve("book.yaml"), diags);
        Document article = loader.load(FIXTURE.resolve("intro.md"), diags);
        assertEquals(List.of(), diags.all());
        assertEquals(book, manifest);
        assertEquals("introduction", ((Block.Heading) article.blocks().get(0)).attr().id());
        assertFalse(article.blocks().get(0) instanceof Block.Div);
    }

    @Test
    void bookMetadataComesFromTheManifest() {
        Document doc = loadClean(FIXTURE);
        assertEquals("試験用の本", doc.meta().title().orElseThrow());
        assertEquals(List.of("山田太郎", "Jane Doe"), doc.meta().authors());
        assertEquals("ja", doc.meta().lang());
        assertEquals("fixture", doc.slug());
        assertEquals(FIXTURE.resolve("book.yaml"), doc.source());
    }

    @Test
    void idsAreUniqueAcrossTheBook() {
        Document doc = loadClean(FIXTURE);
        List<String> ids = ids(doc);
        assertEquals(ids.size(), new HashSet<>(ids).size(), "duplicate ids in " + ids);
        List<String> notes = ids.stream().filter(i -> i.startsWith("notes")).toList();
        assertEquals(List.of("notes", "notes-1", "notes-2", "notes-3", "notes-4", "notes-5"), notes);
    }

    @Test
    void everyLinkResolvesToAnIdOfTheBook() {
        Document doc = loadClean(FIXTURE);
        Set<String> ids = new HashSet<>(ids(doc));
        List<String> targets = new ArrayList<>();
        Walk.forEachInline(doc.blocks(), i -> {
            if (i instanceof Inline.Link l) targets.add(Walk.plainText(l.content()) + " -> " + l.target());
        });
        assertEquals(List.of(
                "導入 -> #introduction",
                "Installation -> #installation",
                "the notes below -> #notes-1",
                "tuning chapter -> #tuning",
                "setup notes -> #notes-1",
                "introduction -> #overview",
                "the overview -> #overview",
                "the extra chapter -> #extra-material"), targets);
        for (String t : targets) assertTrue(ids.contains(t.substring(t.indexOf("#") + 1)), t);
    }

    @Test
    void imagesAreRebasedOntoTheBookFolder() {
        Document doc = loadClean(FIXTURE);
        List<String> srcs = new ArrayList<>();
        Walk.forEachInline(doc.blocks(), i -> {
            if (i instanceof Inline.Image m) srcs.add(m.src());
        });
        assertEquals(List.of("images/overview.png", "basics/img/setup.png", "images/overview.png"), srcs);
        for (String s : srcs) assertTrue(Files.isRegularFile(doc.source().getParent().resolve(s)), s);
    }

    /** The whole assembled AST, reviewed when it changes (books/fixture.ast.txt). */
    @Test
    void fixtureAstMatchesTheGoldenDump() throws IOException {
        Path file = Path.of("src/test/resources/books/fixture.ast.txt");
        String dump = AstDump.dump(loadClean(FIXTURE));
        if (Boolean.getBoolean("golden.update")) Files.writeString(file, dump.strip() + "\n");
        assertEquals(Files.readString(file).strip(), dump.strip());
    }

    @Test
    void sameInputGivesTheSameDocument() {
        assertEquals(loadClean(FIXTURE), loadClean(FIXTURE));
    }

    @Test
    void englishBooksDefaultToChapterAndAppendixLabels() throws IOException {
        Path book = TestFiles.write(tmp.resolve("en"),
                "book.yaml", "title: Notes\nlanguage: en\nchapters: [a.md, b.md]\nappendices: [c.md]\n",
                "a.md", "# Alpha\n",
                "b.md", "---\nlang: ja\n---\n# ベータ\n",
                "c.md", "# Gamma\n");
        Document doc = loadClean(book);
        assertEquals(List.of("Chapter 1 Alpha", "Chapter 2 ベータ", "Appendix A Gamma"), titles(doc));
        assertEquals("ja", chapters(doc).get(1).attr().attributes().get("lang"));
        assertEquals("en", doc.meta().lang());
        assertEquals("en", doc.slug());
    }

    @Test
    void numberingNoneLeavesHeadingsAsWritten() throws IOException {
        Path book = TestFiles.write(tmp.resolve("plain"),
                "book.yaml", "title: t\nslug: plain-book\nnumbering: none\nchapters: [a.md]\nappendices: [b.md]\n",
                "a.md", "# Alpha\n",
                "b.md", "# Beta\n");
        Document doc = loadClean(book);
        assertEquals(List.of("Alpha", "Beta"), titles(doc));
        assertTrue(chapters(doc).stream().allMatch(d -> d.attr().hasClass(BookClasses.UNNUMBERED)));
        assertEquals("plain-book", doc.slug());
    }

    private static List<String> titles(Document doc) {
        return chapters(doc).stream().map(d -> Walk.plainText(((Block.Heading) d.blocks().get(0)).inlines())).toList();
    }

    // ---- errors ----

    private Path copyFixture() {
        return TestFiles.copyTree(FIXTURE, tmp.resolve("book"));
    }

    private static List<String> errors(Path book) {
        Diagnostics diags = new Diagnostics();
        new BookLoader(book).load(book, diags);
        return diags.all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void missingChapterFileIsAnErrorAtItsManifestEntry() throws IOException {
        Path book = copyFixture();
        Files.delete(book.resolve("basics/usage.md"));
        assertEquals(List.of(
                book.resolve("book.yaml") + ":14:33: error: chapter file not found: basics/usage.md"), errors(book));
    }

    @Test
    void duplicatedChapterEntryIsAnError() throws IOException {
        Path book = copyFixture();
        Path manifest = book.resolve("book.yaml");
        Files.writeString(manifest, Files.readString(manifest).replace("  - advanced/extra.md", "  - advanced/extra.md\n      - intro.md"));
        assertEquals(List.of(
                manifest + ":19:9: error: chapter 'intro.md' is listed twice; first at 12:5"), errors(book));
    }

    @Test
    void danglingLinksAreErrorsAtTheLink() throws IOException {
        Path book = copyFixture();
        Path usage = book.resolve("basics/usage.md");
        Files.writeString(usage, Files.readString(usage) + """

                See [nowhere](setup.md#no-such-heading), [gone](missing.md),
                [outside](../../other.md#x) and [here](#nope).
                """);
        assertEquals(List.of(
                book.resolve("basics/usage.md") + ":11:5: error: link target 'setup.md#no-such-heading': no heading or id 'no-such-heading' in setup.md",
                book.resolve("basics/usage.md") + ":11:42: error: link target not found: missing.md",
                book.resolve("basics/usage.md") + ":12:1: error: link target not found: ../../other.md",
                book.resolve("basics/usage.md") + ":12:33: error: link target '#nope' is not an id in this chapter"),
                errors(book));
    }

    @Test
    void aBrokenChapterIsReportedOnceWithoutCascading() throws IOException {
        Path book = copyFixture();
        Files.delete(book.resolve("preface.md"));
        Files.writeString(book.resolve("basics/setup.md"), "");
        // The build's article loader stops a document at its first error (throwIfErrors) with every
        // diagnostic collected so far; later chapters and links to the broken one must not suffer.
        ChapterLoader strictArticles = Inputs.chapterLoader(new Project(book));
        Diagnostics diags = new Diagnostics();
        Document doc = new BookLoader(book, strictArticles).load(book, diags);
        assertEquals(List.of(
                book.resolve("book.yaml") + ":10:5: error: chapter file not found: preface.md",
                book.resolve("basics/setup.md") + ": error: file is empty; there is nothing to build"),
                diags.all().stream().map(Diagnostic::format).toList());
        assertEquals(6, chapters(doc).size());
    }

    @Test
    void imagesOutsideTheProjectAreRefused() throws IOException {
        Path book = copyFixture();
        Files.writeString(tmp.resolve("secret.png"), "x");
        Path tuning = book.resolve("advanced/tuning.md");
        Files.writeString(tuning, Files.readString(tuning) + "\n![s](../../secret.png)\n");
        assertEquals(List.of(
                tuning + ":9:1: error: image '../../secret.png' is outside the project folder; copy it into the book folder"),
                errors(book));
    }

    // ---- helpers ----

    private static List<Block.Div> chapters(Document doc) {
        List<Block.Div> out = new ArrayList<>();
        Walk.forEachBlock(doc.blocks(), b -> {
            if (b instanceof Block.Div d && d.attr().hasClass(BookClasses.CHAPTER)) out.add(d);
        });
        return out;
    }

    private static List<String> ids(Document doc) {
        List<String> ids = new ArrayList<>();
        Walk.forEach(doc.blocks(), b -> {
            Attr a = b instanceof Block.Heading h ? h.attr() : b instanceof Block.Div d ? d.attr() : Attr.EMPTY;
            if (!a.id().isEmpty()) ids.add(a.id());
        }, i -> {
            Attr a = i instanceof Inline.Span s ? s.attr() : Attr.EMPTY;
            if (!a.id().isEmpty()) ids.add(a.id());
        });
        return ids;
    }
}
