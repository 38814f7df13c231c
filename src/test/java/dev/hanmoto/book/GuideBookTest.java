package dev.hanmoto.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.build.Inputs;
import dev.hanmoto.build.Project;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The sample handbook in content/guide: it must load without a single diagnostic and read like a book. */
class GuideBookTest {
    static final Path GUIDE = Path.of("content/guide");

    private static Document load() {
        Diagnostics diags = new Diagnostics();
        Document doc = new BookLoader(Path.of("").toAbsolutePath()).load(GUIDE, diags);
        assertEquals(List.of(), diags.all().stream().map(Diagnostic::format).toList());
        return doc;
    }

    @Test
    void guideHasNumberedChaptersInTwoPartsAndLetteredAppendices() {
        List<String> titles = new ArrayList<>();
        Walk.forEachBlock(load().blocks(), b -> {
            if (b instanceof Block.Div d && (d.attr().hasClass(BookClasses.CHAPTER) || d.attr().hasClass(BookClasses.PART))) {
                titles.add(Walk.plainText(((Block.Heading) d.blocks().get(0)).inlines()));
            }
        });
        assertEquals(List.of("はじめに", "第1部 使ってみる", "第1章 インストールと最初のビルド", "第2章 Markdownの書き方",
                "第3章 GitHub・Zenn・pandoc の書き方をそのまま使う",
                "第2部 仕上げる", "第4章 テーマ", "第5章 本をつくる", "第6章 困ったときは",
                "付録A コマンド一覧", "付録B front matter のキー", "奥付"), titles);
    }

    @Test
    void theBuildLoaderReadsTheGuideFolderAsOneBook() {
        Path project = Path.of("").toAbsolutePath();
        List<Path> inputs = Inputs.resolve(new Project(project), List.of());
        assertTrue(inputs.contains(project.resolve("content/guide")), inputs.toString());
        Diagnostics diags = new Diagnostics();
        Document doc = Inputs.loader(new Project(project)).load(project.resolve("content/guide"), diags);
        assertEquals(List.of(), diags.all());
        assertEquals("hanmoto-guide", doc.slug());
        // The same book as BookLoader's, plus what the build does once a document is whole (container
        // labels, figure and table numbers): the same metadata and the same headings, in order.
        Document book = load();
        assertEquals(book.meta(), doc.meta());
        assertEquals(headings(book), headings(doc));
    }

    private static List<String> headings(Document doc) {
        List<String> out = new ArrayList<>();
        Walk.forEachBlock(doc.blocks(), b -> {
            if (b instanceof Block.Heading h) out.add(h.attr().id() + " " + Walk.plainText(h.inlines()));
        });
        return out;
    }

    @Test
    void everyLinkOfTheGuideResolvesAndEveryImageExists() {
        Document doc = load();
        Set<String> ids = new HashSet<>();
        Walk.forEachBlock(doc.blocks(), b -> {
            if (b instanceof Block.Heading h && !h.attr().id().isEmpty()) ids.add(h.attr().id());
            if (b instanceof Block.Div d && !d.attr().id().isEmpty()) ids.add(d.attr().id());
        });
        List<String> internal = new ArrayList<>();
        Walk.forEachInline(doc.blocks(), i -> {
            if (i instanceof Inline.Link l && !l.target().startsWith("https:")) internal.add(l.target());
            if (i instanceof Inline.Image m) assertTrue(Files.isRegularFile(doc.source().getParent().resolve(m.src())), m.src());
        });
        assertTrue(internal.size() >= 10, "the guide links its chapters: " + internal);
        for (String t : internal) assertTrue(t.startsWith("#") && ids.contains(t.substring(1)), t);
    }
}
