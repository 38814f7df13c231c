package dev.hanmoto.book;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.book.BookManifest.Chapter;
import dev.hanmoto.book.BookManifest.Matter;
import dev.hanmoto.book.BookManifest.Part;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BookManifestReaderTest {
    @TempDir Path dir;

    private Path book(String yaml, String... chapters) throws IOException {
        for (String c : chapters) {
            Path p = dir.resolve(c);
            Files.createDirectories(p.getParent());
            Files.writeString(p, "# " + c + "\n");
        }
        Path manifest = dir.resolve("book.yaml");
        Files.writeString(manifest, yaml);
        return manifest;
    }

    /** The diagnostics of reading {@code manifest}, formatted. */
    private static List<String> problems(Path manifest) {
        Diagnostics diags = new Diagnostics();
        BookManifestReader.read(manifest, diags);
        return messages(diags);
    }

    private static List<String> messages(Diagnostics diags) {
        return diags.all().stream().map(Diagnostic::format).toList();
    }

    @Test
    void readsTheIssueForm() throws IOException {
        Path m = book("""
                title: 計算機と物理の小論集
                author: 山田太郎
                chapters:
                  - intro.md
                  - part: 第2部
                    chapters: [a.md, b.md]
                """, "intro.md", "a.md", "b.md");
        Diagnostics diags = new Diagnostics();
        BookManifest b = BookManifestReader.read(m, diags);

        assertEquals(List.of(), messages(diags));
        assertEquals("計算機と物理の小論集", b.meta().title().orElseThrow());
        assertEquals(List.of("山田太郎"), b.meta().authors());
        assertEquals(2, b.body().size());
        Chapter intro = (Chapter) b.body().get(0);
        assertEquals(dir.resolve("intro.md"), intro.file());
        assertEquals("4:5", intro.pos().toString());
        Part part = (Part) b.body().get(1);
        assertEquals("第2部", part.title());
        assertEquals(List.of("a.md", "b.md"), part.chapters().stream().map(Chapter::written).toList());
        assertEquals(List.of("intro.md", "a.md", "b.md"), b.chapters().stream().map(Chapter::written).toList());
        assertEquals("第{n}章", b.numbering().pattern());
        assertEquals("付録{A}", b.appendixNumbering().pattern());
        assertEquals(dir.toAbsolutePath().normalize(), b.dir());
    }

    @Test
    void readsFrontBackAppendicesAndMetadata() throws IOException {
        Path m = book("""
                title: Hanmoto Guide
                subtitle: A handbook
                authors: [Ann, Bob]
                publisher: Hanmoto Press
                language: en
                date: 2026-01-01
                identifier: urn:uuid:0f0e
                slug: guide
                theme: handbook
                tags: [books, pdf]
                front: [preface.md]
                chapters: [one.md, sub/two.md]
                appendices: [cmds.md]
                back: [colophon.md]
                """, "preface.md", "one.md", "sub/two.md", "cmds.md", "colophon.md");
        Diagnostics diags = new Diagnostics();
        BookManifest b = BookManifestReader.read(m, diags);

        assertEquals(List.of(), messages(diags));
        assertEquals(List.of("Ann", "Bob"), b.meta().authors());
        assertEquals("en", b.meta().lang());
        assertEquals("2026-01-01", b.meta().date().orElseThrow());
        assertEquals("guide", b.meta().slug().orElseThrow());
        assertEquals("handbook", b.theme().orElseThrow());
        assertEquals(List.of("books", "pdf"), b.meta().subjects());
        assertEquals("Chapter {n}", b.numbering().pattern());
        assertEquals("Appendix {A}", b.appendixNumbering().pattern());
        assertEquals(List.of(Matter.FRONT, Matter.BODY, Matter.BODY, Matter.APPENDIX, Matter.BACK),
                b.chapters().stream().map(Chapter::matter).toList());
    }

    @Test
    void numberingNoneAlsoTurnsOffAppendixLetters() throws IOException {
        Path m = book("title: t\nnumbering: none\nchapters: [a.md]\nappendices: [b.md]\n", "a.md", "b.md");
        BookManifest b = BookManifestReader.read(m, new Diagnostics());
        assertTrue(b.numbering().isNone());
        assertTrue(b.appendixNumbering().isNone());
    }

    @Test
    void reportsMissingChapterFileAtItsEntry() throws IOException {
        Path m = book("""
                title: t
                chapters:
                  - intro.md
                  - missing.md
                """, "intro.md");
        Diagnostics diags = new Diagnostics();
        BookManifest b = BookManifestReader.read(m, diags);
        assertEquals(List.of(m + ":4:5: error: chapter file not found: missing.md"), messages(diags));
        assertEquals(1, b.chapters().size());
    }

    @Test
    void reportsDuplicatedChapterEntry() throws IOException {
        Path m = book("""
                title: t
                chapters:
                  - a.md
                  - part: 第2部
                    chapters: [b.md, ./a.md]
                """, "a.md", "b.md");
        assertEquals(List.of(m + ":5:22: error: chapter './a.md' is listed twice; first at 3:5"), problems(m));
    }

    @Test
    void reportsUnknownKeysWithSuggestion() throws IOException {
        Path m = book("""
                title: t
                auther: 山田
                chapters:
                  - part: 第1部
                    chapter: [a.md]
                    colour: red
                """, "a.md");
        assertEquals(List.of(
                m + ":2:1: error: unknown key 'auther' (did you mean 'author'?)",
                m + ":5:5: error: unknown key 'chapter' in a part (did you mean 'chapters'?)",
                m + ":6:5: error: unknown key 'colour' in a part",
                m + ":4:5: error: part '第1部' has no 'chapters' list"), problems(m));
    }

    @Test
    void refusesPathsLeavingTheBookFolder() throws IOException {
        Files.writeString(dir.resolve("outside.md"), "# x\n");
        Path bookDir = dir.resolve("book");
        Files.createDirectories(bookDir);
        Path m = bookDir.resolve("book.yaml");
        Files.writeString(m, "title: t\nchapters:\n  - ../outside.md\n  - /etc/passwd\n");
        Diagnostics diags = new Diagnostics();
        BookManifest b = BookManifestReader.read(m, diags);
        assertEquals(List.of(
                m + ":3:5: error: chapter path '../outside.md' leaves the book folder",
                m + ":4:5: error: chapter path '/etc/passwd' must be relative to the book folder"), messages(diags));
        assertTrue(b.chapters().isEmpty());
    }

    @Test
    void reportsBadNumberingMissingTitleAndWrongTypes() throws IOException {
        Path m = book("numbering: 章\nauthor: {name: x}\nchapters: a.md\n", "a.md");
        assertEquals(List.of(
                m + ":2:9: error: 'author' must be a text or a list of texts",
                m + ":1:1: error: book manifest has no 'title'",
                m + ":1:12: error: numbering '章' has no {n}, {A} or {a} for the number; write e.g. '第{n}章', 'Chapter {n}' or 'none'",
                m + ":3:11: error: 'chapters' must be a list of Markdown files"), problems(m));
    }

    @Test
    void malformedYamlIsAUserErrorWithPosition() throws IOException {
        Path m = book("title: t\nchapters: [a.md\n");
        UserError e = assertThrows(UserError.class, () -> BookManifestReader.read(m, new Diagnostics()));
        String msg = e.diagnostics().get(0).format();
        assertTrue(msg.startsWith(m + ":3:1: error: book manifest is not valid YAML"), msg);
    }

    @Test
    void aListIsNotAManifest() throws IOException {
        Path m = book("- a.md\n");
        UserError e = assertThrows(UserError.class, () -> BookManifestReader.read(m, new Diagnostics()));
        assertEquals(m + ":1:1: error: book manifest must be a mapping with at least 'title' and 'chapters'",
                e.diagnostics().get(0).format());
    }

    @Test
    void labelsChaptersAndAppendices() {
        assertEquals("第3章", new Numbering("第{n}章").label(3).orElseThrow());
        assertEquals("付録B", new Numbering("付録{A}").label(2).orElseThrow());
        assertEquals("Appendix AA", new Numbering("Appendix {A}").label(27).orElseThrow());
        assertFalse(Numbering.NONE.label(1).isPresent());
    }
}
