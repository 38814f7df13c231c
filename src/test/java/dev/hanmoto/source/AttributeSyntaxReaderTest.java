package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Where the reader takes an attribute block, and what it leaves as text. */
class AttributeSyntaxReaderTest {
    private final Diagnostics diags = new Diagnostics();

    private List<Block> read(String md) {
        return MarkdownReader.read(md, 0, Path.of("a.md"), diags);
    }

    private String warnings() {
        return diags.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    private static Block.Heading heading(List<Block> blocks) {
        return (Block.Heading) blocks.get(0);
    }

    @Test
    void takesTheBlockEndingAHeading() {
        Block.Heading h = heading(read("## コメント {#comments .note lang=en}\n"));
        assertEquals("comments", h.attr().id());
        assertEquals(List.of("note"), h.attr().classes());
        assertEquals("en", h.attr().attributes().get("lang"));
        assertEquals("コメント", Walk.plainText(h.inlines()));
        assertEquals("", warnings());
    }

    @Test
    void takesSetextHeadingsClosingSequencesAndKramdownsNextLine() {
        assertEquals("setext", heading(read("見出し {#setext}\n======\n")).attr().id());
        Block.Heading closed = heading(read("## 付録 ## {#appendix}\n"));
        assertEquals("付録", Walk.plainText(closed.inlines()));
        List<Block> kd = read("## kramdown\n{: #kd .ial}\n\n本文\n");
        assertEquals("kd", heading(kd).attr().id());
        assertEquals(2, kd.size(), AstDump.dump(kd));
        assertEquals(List.of("unnumbered"), heading(read("# 序章 {-}\n")).attr().classes());
    }

    @Test
    void leavesProseEscapesAndCodeAlone() {
        assertEquals("集合 {a, b}", Walk.plainText(heading(read("## 集合 {a, b}\n")).inlines()));
        assertEquals("書き方 {#id}", Walk.plainText(heading(read("## 書き方 \\{#id}\n")).inlines()));
        assertEquals("書き方 {#id}", Walk.plainText(heading(read("## 書き方 `{#id}`\n")).inlines()));
        assertEquals("", warnings());
    }

    @Test
    void malformedBlocksAreTextWithALocatedWarning() {
        Block.Heading h = heading(read("## 壊れた {#a #b}\n"));
        assertEquals("壊れた {#a #b}", Walk.plainText(h.inlines()));
        assertEquals("a.md:1:12: warning: malformed attribute block: a second identifier '#b' (the block already has #a); kept as text", warnings());
    }

    @Test
    void goesOntoTheLinkOrImageItFollows() {
        List<Block> b = read("[手引き](https://pandoc.org){.external} と ![図](x.png){width=40% height=3cm foo=bar} と [空白](u) {.no}\n");
        List<Inline> links = new ArrayList<>();
        Walk.forEachInline(b, i -> { if (i instanceof Inline.Link || i instanceof Inline.Image) links.add(i); });
        assertEquals(List.of("external"), ((Inline.Link) links.get(0)).attr().classes());
        Inline.Image img = (Inline.Image) links.get(1);
        assertEquals("40%", img.attr().attributes().get("width"));
        assertEquals("3cm", img.attr().attributes().get("height"));
        assertEquals("bar", img.attr().attributes().get("data-foo"));
        assertEquals(List.of(), ((Inline.Link) links.get(2)).attr().classes(), "a space between: no attributes");
        assertEquals("手引き と 図 と 空白 {.no}", Walk.plainText(((Block.Para) b.get(0)).inlines()));
    }

    @Test
    void aDuplicateIdIsDroppedAtItsSecondUse() {
        List<Block> b = read("## 一 {#x}\n\n## 二 {#x}\n");
        assertEquals("x", heading(b).attr().id());
        assertEquals("", ((Block.Heading) b.get(1)).attr().id());
        assertEquals("a.md:3:1: warning: the id 'x' is already used at line 1:1; this one is dropped (a heading gets an id made from its text)", warnings());
    }
}
