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
import dev.hanmoto.testkit.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Shared helpers of the mdBook and HonKit tests: the fixture books, loading, and what a loaded book must be. */
final class ForeignBooks {
    static final Path PROJECT = Path.of("").toAbsolutePath();
    static final Path MDBOOK = Path.of("src/test/resources/books/mdbook");
    static final Path HONKIT = Path.of("src/test/resources/books/honkit");

    private ForeignBooks() {}

    /** Loads a book as the build does (images and math checked), returning the document and every diagnostic. */
    static Loaded load(Path book) {
        Diagnostics diags = new Diagnostics();
        Document doc = new BookLoader(PROJECT, Inputs.chapterLoader(new Project(PROJECT))).load(book, diags);
        return new Loaded(doc, diags.all().stream().map(d -> d.format().replace(PROJECT + "/", "")).toList());
    }

    /** Loads a book outside the project (a copy in a temporary folder). */
    static Loaded loadIn(Path project, Path book) {
        Diagnostics diags = new Diagnostics();
        Document doc = new BookLoader(project, Inputs.chapterLoader(new Project(project))).load(book, diags);
        return new Loaded(doc, diags.all().stream().map(d -> d.format().replace(project + "/", "")).toList());
    }

    /** {@link #loadIn} of a book that must load without a single diagnostic. */
    static Document loadCleanIn(Path project, Path book) {
        Loaded l = loadIn(project, book);
        assertEquals(List.of(), l.diagnostics());
        return l.doc();
    }

    record Loaded(Document doc, List<String> diagnostics) {
        List<String> errors() {
            return diagnostics.stream().filter(d -> d.contains(": error: ")).toList();
        }
    }

    /** The book's structure, one line per part or chapter, sub-chapters indented under theirs. */
    static List<String> outline(Document doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) outline(b, "", out);
        return out;
    }

    private static void outline(Block b, String indent, List<String> out) {
        // Parts and chapters only: a figure or a container is a Div too.
        if (!(b instanceof Block.Div d) || !(d.attr().hasClass(BookClasses.PART) || d.attr().hasClass(BookClasses.CHAPTER))) return;
        Block.Heading h = (Block.Heading) d.blocks().get(0);
        String text = Walk.plainText(h.inlines());
        if (d.attr().hasClass(BookClasses.PART)) {
            out.add(indent + "part " + text);
        } else if (d.attr().hasClass(BookClasses.CHAPTER)) {
            out.add(indent + d.attr().attributes().get(Document.SOURCE_ATTR) + " h" + h.level() + " " + d.attr().classes() + " " + text);
        } else {
            return;
        }
        for (Block x : d.blocks()) outline(x, indent + "  ", out);
    }

    /** All text the reader sees: text, code, code blocks, link targets' absence aside. */
    static String allText(Document doc) {
        StringBuilder sb = new StringBuilder();
        Walk.forEach(doc.blocks(), b -> {
            if (b instanceof Block.CodeBlock c) sb.append(c.text()).append('\n');
        }, i -> {
            if (i instanceof Inline.Text t) sb.append(t.text());
            if (i instanceof Inline.Code c) sb.append(c.text());
            if (i instanceof Inline.SoftBreak || i instanceof Inline.LineBreak) sb.append('\n');
        });
        return sb.toString();
    }

    /** Every link inside the book points at an id of the book; every image file exists. */
    static void assertLinksResolveAndImagesExist(Document doc) {
        Set<String> ids = new HashSet<>();
        Walk.forEach(doc.blocks(), b -> {
            if (b instanceof Block.Heading h && !h.attr().id().isEmpty()) ids.add(h.attr().id());
            if (b instanceof Block.Div d && !d.attr().id().isEmpty()) ids.add(d.attr().id());
        }, i -> {});
        List<String> internal = new ArrayList<>();
        Walk.forEachInline(doc.blocks(), i -> {
            if (i instanceof Inline.Link l && !l.target().startsWith("https:")) internal.add(l.target());
            if (i instanceof Inline.Image m) {
                assertTrue(Files.isRegularFile(doc.source().toAbsolutePath().getParent().resolve(m.src())), m.src());
            }
        });
        assertTrue(internal.size() >= 5, "the fixture links its chapters: " + internal);
        for (String t : internal) assertTrue(t.startsWith("#") && ids.contains(t.substring(1)), "unresolved link " + t);
    }

    /** The blocks of {@code type} anywhere in the book, in reading order. */
    static <T extends Block> List<T> blocks(Document doc, Class<T> type) {
        List<T> out = new ArrayList<>();
        Walk.forEachBlock(doc.blocks(), b -> {
            if (type.isInstance(b)) out.add(type.cast(b));
        });
        return out;
    }

    /** The inlines of {@code type} anywhere in the book, in reading order. */
    static <T extends Inline> List<T> inlines(Document doc, Class<T> type) {
        List<T> out = new ArrayList<>();
        Walk.forEachInline(doc.blocks(), i -> {
            if (type.isInstance(i)) out.add(type.cast(i));
        });
        return out;
    }

    /** The target of every link in the book, in reading order. */
    static List<String> linkTargets(Document doc) {
        return inlines(doc, Inline.Link.class).stream().map(Inline.Link::target).toList();
    }

    /** No template or include syntax anywhere in what the reader sees. */
    static void assertNoSyntaxLeft(String text) {
        for (String s : List.of("{{", "}}", "{%", "%}", "{#", "[import", "[include", "ANCHOR")) {
            assertTrue(!text.contains(s), "'" + s + "' left in the text:\n" + text);
        }
    }

    /** Copies a fixture book into {@code dir} (to break it in a test). */
    static Path copy(Path book, Path dir) {
        return TestFiles.copyTree(book, dir.resolve(book.getFileName()));
    }

    static void assertOnly(List<String> expected, List<Diagnostic> actual) {
        assertEquals(expected, actual.stream().map(Diagnostic::format).toList());
    }
}
