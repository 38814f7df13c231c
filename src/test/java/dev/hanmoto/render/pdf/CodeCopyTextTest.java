package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.epub.EpubRenderer;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Copying a code block gives exactly its code (issue 15.4), read back from the real PDF and EPUB: a
 * numbered, highlighted block with a marked line, a line long enough to wrap (with the continuation
 * mark), runs of spaces, indentation of 4 and 8 spaces, tabs at a line's start and inside it, and a
 * blank line. No line number, no mark, no space lost, a wrapped line one line.
 */
class CodeCopyTextTest {
    /** The block's code as written (the fence's content without its last line end). */
    static final String CODE = String.join("\n",
            "function main() {",
            "    const names         = [\"alpha\", \"beta\"];",
            "        if (names.length > 1) {",
            "\t\treturn names.map((n) => n.toUpperCase()).join(\", \") + \" and a long tail that must wrap across the rows of the code block\";",
            "        }",
            "",
            "    let ab\t= 1;",
            "    let abcdef\t= 2;",
            "    let 名前\t= 3;",
            "    return   null;",
            "}");

    static final Document DOC = TestDocuments.markdown("code-copy/copy.md",
            "---\ntitle: t\n---\n\nSome prose.\n\n```js {.numberLines mark=\"3\"}\n" + CODE + "\n```\n\nAfter.\n");

    static final byte[] PDF = TestPdfs.render(TestThemes.defaultTheme(), DOC, "code-copy.pdf");

    /**
     * The code's lines as the glyphs draw them: each tab as the spaces to the next tab stop (every
     * eight columns), blank lines drawing nothing.
     */
    static List<String> drawnLines() {
        return Arrays.stream(CODE.split("\n")).map(l -> l.replace("\t\treturn", " ".repeat(16) + "return")
                .replace("let ab\t=", "let ab      =").replace("let abcdef\t=", "let abcdef  =").replace("let 名前\t=", "let 名前    ="))
                .filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void theFixtureWrapsItsLongLineAndNumbersAndMarksItsLines() {
        // The rows the long line takes on the page: its start and its tail are on rows of their own.
        List<String> rows = PdfReadBack.lines(PDF).stream().map(PdfReadBack.Line::text).toList();
        assertTrue(rows.stream().anyMatch(r -> r.startsWith("return names.map") && !r.endsWith("block\";")), "the long line wraps: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.endsWith("code block\";") && !r.contains("return")), "onto a row of its own: " + rows);
        List<PdfReadBack.Picture> gutter = PdfReadBack.pictures(PDF).stream().filter(p -> p.kind().equals("image")).toList();
        // One digit per numbered line (eleven, 10 and 11 two) and the continuation mark behind every line: pictures, not text.
        assertTrue(gutter.size() >= 13, "line numbers and the mark are drawn as pictures: " + gutter);
    }

    /** A tab reaches the next tab stop, as in an editor and the EPUB: the values after it line up. */
    @Test
    void tabsLineUpAtTabStops() {
        Map<String, List<PdfReadBack.Glyph>> rows = CodeLinesPdfTest.rows(PDF, "let ");
        assertEquals(3, rows.size(), rows.keySet().toString());
        List<Float> equals = new ArrayList<>();
        for (List<PdfReadBack.Glyph> row : rows.values()) {
            equals.add(row.stream().filter(g -> g.text().equals("=")).findFirst().orElseThrow().x());
        }
        for (float x : equals) assertEquals(equals.get(0), x, 0.05, "the = after each tab: " + equals);
    }

    /**
     * A reader following the structure tree (screen readers, Acrobat's accessible text, PDFBox over the
     * tags) gets the code as written: the blank line, the wrapped line as one line, the tabs.
     */
    @Test
    void theStructureTreeGivesTheCodeExactly() {
        String text = PdfReadBack.structureText(PDF, true);
        assertTrue(text.contains("Some prose.\n" + CODE + "\nAfter."), "the block's text is its code, line for line:\n" + text);
    }

    /**
     * The glyphs themselves (ActualText ignored), line element by line element: each line's code with
     * its spaces as real space characters, no digit of a line number, no mark, the wrapped line one line.
     */
    @Test
    void theGlyphsOfEachLineAreItsCode() {
        String text = PdfReadBack.structureText(PDF, false);
        String expected = String.join("\n", drawnLines());
        assertTrue(text.contains("Some prose.\n" + expected + "\nAfter."), "line elements hold their code's glyphs:\n" + text);
    }

    /**
     * Copied in the order the content stream draws (what most viewers copy): the rows follow the code,
     * tokens in their place among the plain text, every space kept; a wrapped line's rows join to the line.
     */
    @Test
    void inDrawingOrderTheRowsFollowTheCode() {
        List<String> rows = new ArrayList<>(Arrays.asList(PdfReadBack.text(PDF).split("\\R")));
        int first = rows.indexOf("function main() {");
        assertTrue(first >= 0, "the block's first line is a row of its own: " + rows);
        int at = first;
        for (String line : drawnLines()) {
            StringBuilder joined = new StringBuilder(rows.get(at++));
            while (joined.length() < line.length() && at < rows.size()) joined.append(rows.get(at++));
            assertEquals(line, joined.toString(), "rows " + rows.subList(first, Math.min(at, rows.size())));
        }
    }

    @BeforeAll
    static void initVeraPdf() {
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void staysPdfUaAndPdfA() throws Exception {
        assertEquals(Map.of(), PdfConformanceTest.failures(PDF, PDFAFlavour.PDFUA_1));
        assertEquals(Map.of(), PdfConformanceTest.failures(PDF, PDFAFlavour.PDFA_2_U));
    }

    /**
     * A block longer than a PDF/A string may be (ISO 19005-2 6.1.13: 32,767 bytes, veraPDF's rule
     * 6.1.13-3) carries no ActualText and no description, and its glyphs are still its code line by line.
     * The strings are measured here rather than by veraPDF, which takes half a minute over these pages.
     */
    @Test
    void aBlockTooLongForOneStringKeepsNone() throws IOException {
        // Japanese takes two bytes a character (UTF-16): 420 lines of 42 characters make 36,120 bytes.
        String line = "// " + "日本語の注釈は二バイト".repeat(3) + "日本語の注釈";
        String code = (line + "\n").repeat(420);
        Document doc = TestDocuments.markdown("code-copy/long.md", "---\ntitle: t\n---\n\n```js\n" + code + "```\n");
        byte[] pdf = TestPdfs.render(TestThemes.defaultTheme(), doc, "code-copy-long.pdf");
        try (PDDocument d = PdfStructure.load(pdf)) {
            List<Integer> lengths = new ArrayList<>();
            stringLengths(d.getDocumentCatalog().getStructureTreeRoot(), lengths);
            assertTrue(lengths.stream().allMatch(n -> n <= 32767), "ActualText and Alt lengths in bytes: " + lengths);
        }
        String text = PdfReadBack.structureText(pdf, true);
        assertEquals(PdfReadBack.structureText(pdf, false), text, "no ActualText");
        assertTrue(text.contains(code), "the glyphs are the code line by line");
    }

    private static void stringLengths(PDStructureNode node, List<Integer> out) {
        for (Object k : node.getKids()) {
            if (!(k instanceof PDStructureElement e)) continue;
            for (COSName key : List.of(COSName.ACTUAL_TEXT, COSName.ALT)) {
                if (e.getCOSObject().getDictionaryObject(key) instanceof COSString str) out.add(str.getBytes().length);
            }
            stringLengths(e, out);
        }
    }

    /**
     * The EPUB's {@code pre}, tokens and all, is the code as written (tabs kept), once the line numbers
     * are left out: they are text there, marked {@code aria-hidden} (a reading system reflows them).
     */
    @Test
    void theEpubPreIsTheCode() throws IOException {
        byte[] epub = new EpubRenderer(TestThemes.defaultTheme(), d -> Optional.empty(), TestDocuments.REPO, Optional.of(Instant.EPOCH))
                .build(DOC, new Diagnostics());
        EpubFile f = EpubFile.of(epub);
        Element pre = f.xhtml().stream().map(n -> Jsoup.parse(f.text(n), "", Parser.xmlParser()).selectFirst("pre.code"))
                .filter(e -> e != null).findFirst().orElseThrow();
        assertTrue(pre.select("span.hl-kw").size() >= 4, "highlighted: " + pre);
        assertEquals(11, pre.select("span.ln[aria-hidden=true]").size(), "numbered: " + pre);
        pre.select("[aria-hidden=true]").remove();
        assertEquals(CODE, pre.wholeText());
    }
}
