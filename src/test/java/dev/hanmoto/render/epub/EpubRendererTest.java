package dev.hanmoto.render.epub;

import static dev.hanmoto.render.epub.Fixtures.heading;
import static dev.hanmoto.render.epub.Fixtures.para;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.ReadBack;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container, package and navigation of the EPUB, on hand-built documents. */
class EpubRendererTest {
    static final Instant DATE = Instant.parse("2026-11-28T09:30:00Z");

    @TempDir
    Path dir;

    private EpubRenderer renderer() {
        return renderer(TestThemes.defaultTheme());
    }

    private EpubRenderer renderer(Theme theme) {
        return new EpubRenderer(theme, doc -> Optional.empty(), dir, Optional.of(DATE));
    }

    private EpubFile article() throws IOException {
        return EpubFile.of(renderer().build(Fixtures.article(dir.resolve("article.md")), new Diagnostics()));
    }

    @Test
    void articlePassesEpubCheckClean() throws IOException {
        Document doc = Fixtures.article(dir.resolve("article.md"));
        Diagnostics diags = new Diagnostics();
        byte[] epub = renderer().build(doc, diags);
        EpubCheckReport r = EpubCheckReport.check(epub, dir, "article");
        assertEquals("", r.problems());
        assertEquals(0, r.fatalCount() + r.errorCount() + r.warningCount());
        assertTrue(diags.all().isEmpty(), diags.all().toString());
        ReadBack rb = ReadBack.of(epub);
        assertEquals("【年収1000万も】テクニカルオペレーションマネージャーの将来性", rb.title());
        assertEquals(List.of("nav.xhtml", "text/ch-001.xhtml", "text/ch-002.xhtml", "text/ch-003.xhtml", "text/ch-004.xhtml"), rb.spine());
        assertEquals(List.of("💰 日本での推定年収", "[完全ガイド] Technical Operations Manager", "  1️⃣ Technical Operations Managerとは？",
                "    🚀 技術運用の司令塔", "  2️⃣ 主な業務"), rb.toc());
        assertEquals("text/ch-003.xhtml#司令塔", rb.tocHrefs().get(3));
    }

    @Test
    void epubCheckReportsABrokenPackage() throws IOException {
        // The checker must be able to fail: drop the navigation document from a good book.
        EpubFile good = article();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (var e : good.files().entrySet()) {
                if (e.getKey().endsWith("nav.xhtml")) continue;
                ZipEntry z = new ZipEntry(e.getKey());
                if (e.getKey().equals("mimetype")) {
                    z.setMethod(ZipEntry.STORED);
                    z.setSize(e.getValue().length);
                    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                    crc.update(e.getValue());
                    z.setCrc(crc.getValue());
                }
                zip.putNextEntry(z);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        EpubCheckReport r = EpubCheckReport.check(bytes.toByteArray(), dir, "broken-package");
        assertTrue(r.errorCount() + r.fatalCount() > 0, "EPUBCheck accepted a book without its nav document");
    }

    @Test
    void twoBuildsAreByteIdentical() throws IOException {
        Document doc = Fixtures.article(dir.resolve("article.md"));
        assertArrayEquals(renderer().build(doc, new Diagnostics()), renderer().build(doc, new Diagnostics()));
    }

    @Test
    void mimetypeComesFirstStoredWithoutExtraField() throws IOException {
        byte[] epub = renderer().build(Fixtures.article(dir.resolve("article.md")), new Diagnostics());
        // Local file header (APPNOTE 4.3.7): signature, method at 8, name length at 26, extra length at 28.
        assertEquals(0x04034b50, u32(epub, 0));
        assertEquals(0, u16(epub, 8), "mimetype must be stored");
        assertEquals(8, u16(epub, 26));
        assertEquals(0, u16(epub, 28), "mimetype must have no extra field");
        assertEquals("mimetypeapplication/epub+zip", new String(epub, 30, 28, StandardCharsets.US_ASCII));
        // No entry carries an extra field (no extended timestamps), and all share one DOS time.
        EpubFile z = EpubFile.of(epub);
        assertEquals("mimetype", z.names().get(0));
        assertEquals("META-INF/container.xml", z.names().get(1));
        long time = z.entries().get(0).getTime();
        for (ZipEntry e : z.entries()) {
            assertEquals(null, e.getExtra(), e.getName());
            assertEquals(time, e.getTime(), e.getName());
        }
        int headers = 0;
        for (int i = 0; i + 30 < epub.length; i++) {
            if (u32(epub, i) == 0x04034b50) {
                headers++;
                assertEquals(0, u16(epub, i + 28), "extra field at offset " + i);
            }
        }
        assertEquals(z.entries().size(), headers);
    }

    @Test
    void packageHasStableIdentifierAndOneModifiedDate() throws IOException {
        EpubFile z = article();
        String opf = z.text("OEBPS/package.opf");
        assertTrue(opf.contains("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\""), opf);
        UUID id = BookMetadata.nameUuid("technical_operations_manager");
        assertEquals(5, id.version());
        assertEquals(2, id.variant());
        assertTrue(opf.contains(">urn:uuid:" + id + "</dc:identifier>"), opf);
        assertEquals(1, count(opf, "property=\"dcterms:modified\""));
        assertTrue(opf.contains("<meta property=\"dcterms:modified\">2026-11-28T09:30:00Z</meta>"), opf);
        assertTrue(opf.contains("<dc:language>ja</dc:language>"));
        assertTrue(opf.contains("<spine toc=\"ncx\">"));
        String ncx = z.text("OEBPS/toc.ncx");
        assertTrue(ncx.contains("<meta name=\"dtb:uid\" content=\"urn:uuid:" + id + "\"/>"), ncx);
    }

    @Test
    void packageCarriesMetadataAndAccessibilityClaims() throws IOException {
        String opf = article().text("OEBPS/package.opf");
        for (String line : List.of(
                "<dc:creator id=\"creator01\">山田 太郎</dc:creator>",
                "<meta refines=\"#creator01\" property=\"role\" scheme=\"marc:relators\">aut</meta>",
                "<dc:creator id=\"creator02\">佐藤 花子</dc:creator>",
                "<meta refines=\"#creator02\" property=\"role\" scheme=\"marc:relators\">edt</meta>",
                "<dc:publisher>Hanmoto 出版</dc:publisher>",
                "<dc:date>2026-11-28</dc:date>",
                "<dc:description>技術インフラの安定稼働と効率化を担う。</dc:description>",
                "<dc:subject>SRE</dc:subject>",
                "<meta property=\"schema:accessMode\">textual</meta>",
                "<meta property=\"schema:accessModeSufficient\">textual</meta>",
                "<meta property=\"schema:accessibilityFeature\">structuralNavigation</meta>",
                "<meta property=\"schema:accessibilityFeature\">tableOfContents</meta>",
                "<meta property=\"schema:accessibilityHazard\">none</meta>",
                "<meta property=\"schema:accessibilitySummary\">",
                "<meta property=\"dcterms:conformsTo\" id=\"conformance\">EPUB Accessibility 1.1 - WCAG 2.1 Level AA</meta>",
                "<meta property=\"a11y:certifiedBy\" refines=\"#conformance\">Hanmoto 出版</meta>")) {
            assertTrue(opf.contains(line), line + "\n" + opf);
        }
    }

    @Test
    void frontMatterIdentifierWins() throws IOException {
        Document doc = Fixtures.article(dir.resolve("a.md"));
        doc = doc.withMeta(doc.meta().with(Meta.IDENTIFIER, new dev.hanmoto.ast.MetaValue.Str("isbn:9784000000000")));
        String opf = EpubFile.of(renderer().build(doc, new Diagnostics())).text("OEBPS/package.opf");
        assertTrue(opf.contains("<dc:identifier id=\"bookid\">isbn:9784000000000</dc:identifier>"), opf);
    }

    @Test
    void modifiedDateComesFromTheSourceFileWithoutSourceDateEpoch() throws IOException {
        Path src = dir.resolve("article.md");
        Files.writeString(src, "# x\n");
        Files.setLastModifiedTime(src, FileTime.from(Instant.parse("2025-03-04T05:06:07.890Z")));
        EpubRenderer r = new EpubRenderer(TestThemes.defaultTheme(), doc -> Optional.empty(), dir, Optional.empty());
        byte[] epub = r.build(Fixtures.article(src), new Diagnostics());
        EpubFile z = EpubFile.of(epub);
        assertTrue(z.text("OEBPS/package.opf").contains(">2025-03-04T05:06:07Z</meta>"));
        assertEquals(Instant.parse("2025-03-04T05:06:06Z").toEpochMilli(), z.entries().get(0).getTimeLocal()
                .toInstant(java.time.ZoneOffset.UTC).toEpochMilli(), "DOS times have 2-second steps");
    }

    @Test
    void splitsAtTheThemeLevelAndKeepsLeadingContentInItsOwnFile() throws IOException {
        List<Block> blocks = new ArrayList<>(List.of(para("はじめに。"), heading(1, "a", "第一部"), para("本文"),
                heading(2, "b", "第一章"), para("本文"), heading(3, "c", "節"), para("本文"), heading(2, "d", "第二章")));
        EpubFile z = EpubFile.of(renderer().build(new Document(Meta.EMPTY, blocks, dir.resolve("s.md")), new Diagnostics()));
        assertEquals(List.of("OEBPS/nav.xhtml", "OEBPS/text/ch-001.xhtml", "OEBPS/text/ch-002.xhtml",
                "OEBPS/text/ch-003.xhtml", "OEBPS/text/ch-004.xhtml"), z.xhtml());
        assertTrue(z.text("OEBPS/text/ch-001.xhtml").contains("はじめに。"));
        assertFalse(z.text("OEBPS/text/ch-001.xhtml").contains("<h1"));
        assertTrue(z.text("OEBPS/text/ch-003.xhtml").contains("id=\"c\""), "h3 stays in its h2's file");
    }

    @Test
    void navIsNestedFromHeadingsEvenWhenAnH2ComesBeforeTheH1() throws IOException {
        String nav = article().text("OEBPS/nav.xhtml");
        String toc = nav.substring(nav.indexOf("<nav epub:type=\"toc\""), nav.indexOf("</nav>"));
        // h2 推定年収 and h1 完全ガイド are both top level; とは nests under the h1 and 司令塔 under とは.
        Matcher m = Pattern.compile("<ol>\\s*<li><a href=\"text/ch-001.xhtml#推定年収\">💰 日本での推定年収</a></li>\\s*"
                + "<li><a href=\"text/ch-002.xhtml#完全ガイド\">\\[完全ガイド\\] Technical Operations Manager</a>\\s*<ol>\\s*"
                + "<li><a href=\"text/ch-003.xhtml#とは\">1️⃣ Technical Operations Managerとは？</a>\\s*<ol>\\s*"
                + "<li><a href=\"text/ch-003.xhtml#司令塔\">").matcher(toc);
        assertTrue(m.find(), toc);
        assertTrue(nav.contains("<nav epub:type=\"landmarks\""));
        assertTrue(nav.contains("epub:type=\"bodymatter\" href=\"text/ch-001.xhtml\""));
    }

    @Test
    void rewritesFragmentLinksAcrossChapterFiles() throws IOException {
        String ch3 = article().text("OEBPS/text/ch-003.xhtml");
        assertTrue(ch3.contains("<a href=\"ch-004.xhtml#業務\">主な業務</a>"), ch3);
    }

    @Test
    void everyDocumentHasLangAndXmlLang() throws IOException {
        EpubFile z = article();
        for (String name : z.xhtml()) {
            String x = z.text(name);
            assertTrue(x.contains(" lang=\"ja\"") && x.contains(" xml:lang=\"ja\""), name + ":\n" + x);
            assertTrue(x.contains("href=\"../style/epub.css\"") || x.contains("href=\"style/epub.css\""), name);
        }
        assertTrue(z.text("OEBPS/toc.ncx").contains("xml:lang=\"ja\""));
    }

    @Test
    void splitsLongChaptersSoEveryFileStaysWellUnder256Kb() throws IOException {
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(1, "long", "長い章"));
        String sentence = "運用の自動化は、繰り返し作業を減らし、人が判断すべきことに時間を使うためにある。".repeat(8);
        for (int i = 0; i < 1500; i++) blocks.add(para(i + ". " + sentence));
        Document doc = new Document(Fixtures.meta(Meta.TITLE, "長い本"), blocks, dir.resolve("long.md"));
        byte[] epub = renderer().build(doc, new Diagnostics());
        EpubFile z = EpubFile.of(epub);
        List<String> chapters = z.xhtml().stream().filter(n -> n.contains("/text/")).toList();
        assertTrue(chapters.size() >= 5, chapters.toString());
        for (String c : chapters) {
            int size = z.files().get(c).length;
            assertTrue(size <= 200 * 1024, c + " is " + size + " bytes");
        }
        EpubCheckReport r = EpubCheckReport.check(epub, dir, "long-chapter");
        assertEquals("", r.problems());
    }

    @Test
    void warnsWhenOneBlockIsLargerThanTheFileBound() throws IOException {
        String code = "echo 運用ログの行です\n".repeat(12000);
        List<Block> blocks = List.of(heading(1, "big", "巨大なコード"),
                new Block.CodeBlock(dev.hanmoto.ast.Attr.EMPTY, code, Fixtures.P), para("後ろの段落"));
        Diagnostics diags = new Diagnostics();
        EpubFile z = EpubFile.of(renderer().build(new Document(Fixtures.meta(Meta.TITLE, "大きな本"), blocks, dir.resolve("big.md")), diags));
        assertEquals(List.of("epub-file-size"), diags.all().stream().map(dev.hanmoto.diag.Diagnostic::code).toList());
        assertTrue(diags.all().get(0).message().contains("text/ch-001.xhtml"), diags.all().get(0).message());
        assertTrue(z.text("OEBPS/text/ch-001.xhtml").contains("<h1 id=\"big\">"), "the heading stays with its block");
        assertTrue(z.text("OEBPS/text/ch-002.xhtml").contains("後ろの段落"), "the next block starts a new file");
    }

    static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) n++;
        return n;
    }

    static int u16(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8;
    }

    static int u32(byte[] b, int i) {
        return u16(b, i) | u16(b, i + 2) << 16;
    }
}
