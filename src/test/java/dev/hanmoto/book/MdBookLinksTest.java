package dev.hanmoto.book;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.SourceText;
import dev.hanmoto.testkit.TestFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** mdBook's links preprocessor on its own: what each directive becomes, and where problems are reported. */
class MdBookLinksTest {
    @TempDir Path book;

    private String expand(String text, Diagnostics diags) throws IOException {
        Path chapter = book.resolve("src/ch.md");
        Files.createDirectories(chapter.getParent());
        return new MdBookLinks(book).expand(SourceText.of(text), chapter, diags).text();
    }

    /** {@link #expand} of text that must raise no problem. */
    private String expandClean(String text) throws IOException {
        Diagnostics d = new Diagnostics();
        String out = expand(text, d);
        assertEquals(List.of(), d.all());
        return out;
    }

    @Test
    void anEscapedDirectiveIsWrittenAsItIsWithoutTheBackslash() throws IOException {
        assertEquals("書き方は `{{#include file.rs}}` です。", expandClean("書き方は `\\{{#include file.rs}}` です。"));
    }

    @Test
    void playgroundIsARustBlockWithItsAttributesAndTitleIsRemoved() throws IOException {
        TestFiles.write(book, "src/ex.rs", "fn main() {}\n");
        assertEquals("\n```rust,editable\nfn main() {}\n```\n", expandClean("{{#title 題}}\n{{#playground ex.rs editable}}\n"));
    }

    @Test
    void rustdocIncludeHidesTheOtherLinesAsRustdocDoes() throws IOException {
        TestFiles.write(book, "src/f.rs", "fn main() {\n    let x = add_one(2);\n    assert_eq!(x, 3);\n}\n");
        assertEquals("# fn main() {\n    let x = add_one(2);\n#     assert_eq!(x, 3);\n# }", expandClean("{{#rustdoc_include f.rs:2}}"));
        Document doc = new Document(Meta.EMPTY, List.of(new Block.CodeBlock(dev.hanmoto.ast.Attr.classes("rust"),
                "# fn main() {\n    let x = add_one(2);\n#     assert_eq!(x, 3);\n# }\n##[derive(Debug)]\n#![allow(unused)]\n", dev.hanmoto.ast.SourcePos.NONE)),
                Path.of("x.md"));
        Block.CodeBlock c = (Block.CodeBlock) new DropHiddenCodeLines(Map.of("rust", "#")).apply(doc).blocks().get(0);
        assertEquals("    let x = add_one(2);\n#[derive(Debug)]\n#![allow(unused)]\n", c.text());
    }

    @Test
    void anUnknownDirectiveIsKeptWithAWarningAtItsPosition() throws IOException {
        Diagnostics d = new Diagnostics();
        assertEquals("前\n  {{#tabs a b}}\n", expand("前\n  {{#tabs a b}}\n", d));
        assertEquals(List.of(book.resolve("src/ch.md") + ":2:3: warning: mdBook has no '{{#tabs}}'; it is kept as text"),
                d.all().stream().map(Diagnostic::format).toList());
    }

    @Test
    void anUnclosedAnchorIncludesToTheEndWithAWarning() throws IOException {
        TestFiles.write(book, "src/f.rs", "a\n// ANCHOR: x\nb\nc\n");
        Diagnostics d = new Diagnostics();
        assertEquals("b\nc", expand("{{#include f.rs:x}}", d));
        assertEquals(1, d.all().size());
        assertEquals("book-include", d.all().get(0).code());
    }
}
