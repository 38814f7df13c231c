package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.render.pdf.PdfStructure;
import dev.hanmoto.testkit.EpubFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 8 end to end: each category of bad input goes through the real command line on a project
 * whose {@code out/} already holds a good build of the same document. Every test asserts the exact
 * diagnostic lines (GNU form, paths relative to the project), the exit code, that a failed build
 * leaves {@code out/} byte-for-byte as it was with no temporary files, and that no stack trace
 * reaches stderr. Heavy inputs build only the formats they stress, to keep the suite quick.
 */
class BadInputTest {
    /** The document every test breaks: {@code content/doc.md}, slug {@code doc}. */
    static final String GOOD = "---\ntitle: 基準の文書\n---\n\n# 見出し\n\n本文です。\n";

    /** {@code out/} of a good build of {@link #GOOD}: file name → bytes. */
    static Map<String, byte[]> baseline;

    @TempDir
    Path project;

    record Run(int code, String out, String err) {
        /** stderr without the closing summary line (it carries a time). */
        List<String> lines() {
            return err.lines().filter(l -> !l.matches("hanmoto: \\d+ documents?, .*")).toList();
        }
    }

    @BeforeAll
    static void buildBaseline(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/doc.md"), GOOD);
        Run r = run(dir, "build");
        assertEquals(0, r.code(), r.err());
        baseline = snapshot(dir.resolve("out"));
        assertEquals(List.of("doc.epub", "doc.pdf", "doc.png"), List.copyOf(baseline.keySet()));
    }

    @BeforeEach
    void copyBaseline() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.createDirectories(project.resolve("out"));
        for (var e : baseline.entrySet()) Files.write(project.resolve("out").resolve(e.getKey()), e.getValue());
    }

    // ---- helpers ----

    static Run run(Path dir, String command, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "-C", dir.toString()));
        args.addAll(List.of(more));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
        try {
            PdfStructure.requireCleanBelow(dir.resolve("out"));
        } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        String e = err.toString().replace(dir + "/", "").replace(dir.toString(), "<project>")
                .replace(Path.of("").toAbsolutePath().toString(), "<install>");
        assertFalse(e.contains("\tat ") || e.contains("Exception"), "no stack trace for user input:\n" + e);
        return new Run(code, out.toString(), e);
    }

    Run build(String... more) {
        return run(project, "build", more);
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(p).toString();
                // The build cache stays between builds; a lock or staged file left behind would still show.
                if (!rel.startsWith(".hanmoto/cache/")) m.put(rel, Files.readAllBytes(p));
            }
        }
        return m;
    }

    /** {@code out/} holds exactly the baseline files, byte for byte, and nothing else (no temporaries). */
    void assertOutUnchanged() throws IOException {
        Map<String, byte[]> now = snapshot(project.resolve("out"));
        assertEquals(baseline.keySet(), now.keySet(), "no files added or removed in out/");
        for (String k : baseline.keySet()) assertArrayEquals(baseline.get(k), now.get(k), k + " unchanged");
    }

    /** Exit 1, exactly these diagnostic lines, out/ untouched. */
    void assertRefused(Run r, String... lines) throws IOException {
        assertEquals(List.of(lines), r.lines(), r.err());
        assertEquals(1, r.code(), r.err());
        assertOutUnchanged();
    }

    /** Exit 0, exactly these diagnostic lines, and out/ holds the new build (no temporaries). */
    void assertBuilt(Run r, String... lines) throws IOException {
        assertEquals(List.of(lines), r.lines(), r.err());
        assertEquals(0, r.code(), r.err());
        try (Stream<Path> s = Files.list(project.resolve("out"))) {
            // .hanmoto/ is the build cache (cache/ only: no lock or staging once the build ended)
            assertTrue(s.allMatch(p -> p.getFileName().toString().matches("doc(\\.pdf|\\.epub|\\.png)|\\.hanmoto")), "no temporary files");
        }
        try (Stream<Path> s = Files.list(project.resolve("out/.hanmoto"))) {
            assertEquals(List.of("cache"), s.map(p -> p.getFileName().toString()).toList(), "no lock or staging left");
        }
    }

    void write(String doc) throws IOException {
        Files.writeString(project.resolve("content/doc.md"), doc);
    }

    static String front(String body) {
        return "---\ntitle: T\n---\n\n" + body;
    }

    /** A PNG whose IHDR declares {@code w}×{@code h}; its one IDAT holds no pixels at all. */
    static byte[] png(int w, int h) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        o.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        chunk(o, "IHDR", ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 6).put(new byte[3]).array());
        chunk(o, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0, 0, 0, 1});
        chunk(o, "IEND", new byte[0]);
        return o.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream o, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        o.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        o.writeBytes(t);
        o.writeBytes(data);
        o.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** A real 4×3 PNG written by ImageIO. */
    static byte[] realPng() throws IOException {
        var img = new java.awt.image.BufferedImage(4, 3, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", o);
        return o.toByteArray();
    }

    // ---- front matter ----

    @Test
    void malformedYamlFrontMatter() throws IOException {
        write("---\ntitle: [unclosed\n---\n\n本文\n");
        assertRefused(build(), "content/doc.md:2:17: error: malformed YAML front matter: while parsing a flow sequence");
    }

    @Test
    void malformedJsonFrontMatter() throws IOException {
        write("---json\n{ \"title\": \"x\", }\n---\n\n本文\n");
        assertRefused(build(), "content/doc.md:2:17: error: malformed JSON front matter: Unexpected character ('}' (code 125)): was expecting double-quote to start field name");
    }

    @Test
    void malformedTomlFrontMatter() throws IOException {
        write("+++\ntitle = \n+++\n\n本文\n");
        assertRefused(build(), "content/doc.md:2:9: error: malformed TOML front matter: Newline not permitted here");
    }

    @Test
    void titleAsAListIsATypeError() throws IOException {
        write("---\ntitle: [a, b]\n---\n\n本文\n");
        assertRefused(build(), "content/doc.md:2:1: error: 'title' must be a single text value, not a list");
    }

    // ---- encoding ----

    @Test
    void invalidUtf8IsLocated() throws IOException {
        Files.write(project.resolve("content/doc.md"), new byte[] {'#', ' ', 'a', '\n', '\n', 'x', (byte) 0xff, 'y', '\n'});
        assertRefused(build(), "content/doc.md:3:2: error: invalid UTF-8 (1 bad byte); save the file as UTF-8");
    }

    @Test
    void nulByteIsLocated() throws IOException {
        write("# a\n\nx\u0000y\n");
        assertRefused(build(), "content/doc.md:3:2: error: NUL character (U+0000) in the text; is this a binary file?");
    }

    @Test
    void byteOrderMarkAndCrlfBuildCleanly() throws IOException {
        write("\uFEFF---\r\ntitle: BOMとCRLF\r\n---\r\n\r\n# 見出し\r\n\r\n本文\r\n");
        assertBuilt(build("--format", "epub"));
        String opf = EpubFile.read(project.resolve("out/doc.epub")).packageDocument();
        assertTrue(opf.contains("<dc:title id=\"title\">BOMとCRLF</dc:title>") || opf.contains(">BOMとCRLF</dc:title>"), opf);
    }

    @Test
    void crlfAndLoneCrKeepLineNumbers() throws IOException {
        write("---\r\ntitle: T\r\n---\r\n\r\n# a\r\rtext <script>x</script>\r\n");
        assertRefused(build("--strict"), "content/doc.md:7:6: error: removed <script> element and its content");
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        write("");
        assertRefused(build(), "content/doc.md: error: file is empty; there is nothing to build");
    }

    // ---- size and shape ----

    @Test
    void tenMegabyteParagraphBuilds() throws IOException {
        write(front("あ".repeat(3_500_000) + "\n"));
        assertBuilt(build("--format", "epub,card"), "content/doc.md: warning: chapter file text/ch-001.xhtml is 10254 KB, more than epub.max-file-kb (200),"
                + " because one block is that large; some reading systems fail above 256 KB");
        assertTrue(Files.size(project.resolve("out/doc.epub")) > 10_000);
    }

    @Test
    void tenMegabyteParagraphInPdfStopsAtTheTimeBound() throws IOException {
        write(front("あ".repeat(3_500_000) + "\n"));
        assertRefused(build("--format", "pdf", "--timeout", "2"),
                "content/doc.md: error: took longer than 2 s; stopped (a pathological document?)");
    }

    @Test
    void documentOverTheSizeLimitIsRefusedBeforeReading() throws IOException {
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        Files.write(project.resolve("content/doc.md"), big);
        assertRefused(build(), "content/doc.md: error: file is 22020096 bytes; the limit is 20971520 bytes (20 MiB)");
    }

    @Test
    void tenThousandHeadingsBuild() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) sb.append("## 見出し").append(i).append("\n\n");
        write(front(sb.toString()));
        assertBuilt(build("--format", "epub,card"));
    }

    @Test
    void tenThousandHeadingsInPdfStopAtTheTimeBound() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 10_000; i++) sb.append("# 見出し").append(i).append("\n\n");
        write(front(sb.toString()));
        assertRefused(build("--format", "pdf", "--timeout", "3"),
                "content/doc.md: error: took longer than 3 s; stopped (a pathological document?)");
    }

    @Test
    void hundredThousandCharacterTitleIsShortenedOnTheCardAndInTheMessage() throws IOException {
        write("---\ntitle: " + "あ".repeat(100_000) + "\n---\n\n本文\n");
        Run r = build("--format", "card");
        assertEquals(0, r.code(), r.err());
        assertEquals(1, r.lines().size(), r.err());
        String line = r.lines().get(0);
        assertTrue(line.startsWith("content/doc.md: warning: card title does not fit in 3 lines even at 40px; shortened to 'あああ"), line);
        assertTrue(line.endsWith("…' (full title: 100000 characters)") && line.length() < 300, line);
    }

    @Test
    void listsNestedAThousandDeepAreFlattenedWithAWarning() throws IOException {
        write(front("- ".repeat(1000) + "x\n"));
        assertBuilt(build(), "content/doc.md:5:201: warning: lists and block quotes nested more than 100 levels deep; the deeper levels are flattened");
    }

    @Test
    void quotesNestedAThousandDeepFailUnderStrict() throws IOException {
        write(front("> ".repeat(1000) + "x\n"));
        assertRefused(build("--strict", "--format", "epub"),
                "content/doc.md:5:201: error: lists and block quotes nested more than 100 levels deep; the deeper levels are flattened");
    }

    @Test
    void tableWithFiveHundredColumnsBuilds() throws IOException {
        write(front("|" + "a|".repeat(500) + "\n|" + "-|".repeat(500) + "\n|" + "1|".repeat(500) + "\n"));
        assertBuilt(build());
    }

    // ---- images ----

    private void imageFiles() throws IOException {
        Files.write(project.resolve("content/empty.png"), new byte[0]);
        Files.writeString(project.resolve("content/text.png"), "not a picture\n");
        byte[] good = realPng();
        Files.write(project.resolve("content/truncated.png"), java.util.Arrays.copyOf(good, good.length - 20));
        Files.write(project.resolve("content/huge.png"), png(50_000, 50_000));
        Files.write(project.resolve("content/ok.png"), good);
    }

    @Test
    void missingEmptyCorruptAndMislabelledImagesBecomeAltTextWithWarnings() throws IOException {
        imageFiles();
        write(front("![missing](nope.png)\n\n![empty](empty.png)\n\n![text](text.png)\n\n![cut](truncated.png)\n\n![fine](ok.png)\n"));
        String[] warnings = {
                "content/doc.md:5:1: warning: image 'nope.png' not found; its alt text is shown instead",
                "content/doc.md:7:1: warning: image 'empty.png' is an empty file; its alt text is shown instead",
                "content/doc.md:9:1: warning: image 'text.png' is not an image (PNG, JPEG, GIF, WebP or SVG) by its contents; its alt text is shown instead",
                "content/doc.md:11:1: warning: image 'truncated.png' is a corrupt PNG (truncated or damaged); its alt text is shown instead"};
        assertRefused(build("--strict"), java.util.Arrays.stream(warnings).map(w -> w.replace("warning:", "error:")).toArray(String[]::new));
        assertBuilt(build(), warnings);
        List<String> entries = EpubFile.read(project.resolve("out/doc.epub")).names();
        assertEquals(1, entries.stream().filter(n -> n.contains("img-")).count(), entries.toString());
    }

    @Test
    void hugeImageIsRefusedFromItsHeader() throws IOException {
        imageFiles();
        write(front("![巨大](huge.png)\n"));
        assertRefused(build("--strict"),
                "content/doc.md:5:1: error: image 'huge.png' is 50000×50000 pixels; the limit is 100 megapixels; its alt text is shown instead");
    }

    @Test
    void svgWithExternalEntitiesOrScriptsIsNeverUsed() throws IOException {
        Path secret = project.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Files.writeString(project.resolve("content/xxe.svg"), "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&x;</text></svg>");
        Files.writeString(project.resolve("content/script.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><script>alert(1)</script></svg>");
        Files.writeString(project.resolve("content/onload.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\" onload=\"alert(1)\"/>");
        write(front("![x](xxe.svg)\n\n![s](script.svg)\n\n![o](onload.svg)\n"));
        String[] warnings = {
                "content/doc.md:5:1: warning: image 'xxe.svg' declares a DOCTYPE (its entities could read files); its alt text is shown instead",
                "content/doc.md:7:1: warning: image 'script.svg' contains a <script>; its alt text is shown instead",
                "content/doc.md:9:1: warning: image 'onload.svg' has an event handler (onload); its alt text is shown instead"};
        assertRefused(build("--strict"), java.util.Arrays.stream(warnings).map(w -> w.replace("warning:", "error:")).toArray(String[]::new));
        assertBuilt(build("--format", "epub,pdf"), warnings);
        for (var e : EpubFile.read(project.resolve("out/doc.epub")).texts().entrySet()) {
            assertFalse(e.getValue().contains("TOP-SECRET") || e.getValue().contains("<script") || e.getValue().contains("alert("), e.getKey());
        }
        try (var pdf = PdfStructure.load(project.resolve("out/doc.pdf").toFile())) {
            assertFalse(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).contains("TOP-SECRET"));
        }
    }

    @Test
    void referencesOutsideTheProjectAreRefused() throws IOException {
        Files.createSymbolicLink(project.resolve("content/link.png"), Path.of("/etc/passwd"));
        write(front("![a](../../etc/passwd)\n\n![b](/etc/passwd)\n\n![c](file:///etc/passwd)\n\n![d](link.png)\n"));
        // The reader refuses the file: URL as it reads; the image check that follows refuses the rest.
        String[] warnings = {
                "content/doc.md:9:1: warning: removed image with unsafe source 'file:///etc/passwd'; its alt text is kept",
                "content/doc.md:5:1: warning: image '../../etc/passwd' is outside the project folder; its alt text is shown instead",
                "content/doc.md:7:1: warning: image '/etc/passwd' is an absolute path; write it relative to the Markdown file; its alt text is shown instead",
                "content/doc.md:11:1: warning: image 'link.png' is a link to a file outside the project folder; its alt text is shown instead"};
        assertRefused(build("--strict"), java.util.Arrays.stream(warnings).map(w -> w.replace("warning:", "error:")).toArray(String[]::new));
        assertBuilt(build("--format", "epub"), warnings);
        for (var e : EpubFile.read(project.resolve("out/doc.epub")).texts().entrySet()) assertFalse(e.getValue().contains("root:"), e.getKey());
        Files.delete(project.resolve("content/link.png")); // JUnit would warn about a link out of its temporary folder
    }

    @Test
    void coverImageThroughASymlinkOutOfTheProjectIsNotCopied(@TempDir Path elsewhere) throws IOException {
        byte[] outside = realPng();
        Files.write(elsewhere.resolve("private.png"), outside);
        Files.createSymbolicLink(project.resolve("content/cover.png"), elsewhere.resolve("private.png"));
        write("---\ntitle: T\ncover-image: cover.png\n---\n\n本文\n");
        assertBuilt(build("--format", "epub"),
                "content/doc.md: warning: image 'cover.png' is a link to a file outside the project directory; not copied");
        EpubFile.read(project.resolve("out/doc.epub")).files().forEach((name, bytes) ->
                assertFalse(java.util.Arrays.equals(outside, bytes), name + " is the file outside the project"));
        Files.delete(project.resolve("content/cover.png"));
    }

    @Test
    void imagesAnywhereInsideTheProjectReachThePdfAndTheEpub() throws IOException {
        Files.createDirectories(project.resolve("content/sub"));
        Files.createDirectories(project.resolve("images"));
        Files.write(project.resolve("images/up.png"), realPng());
        Files.write(project.resolve("content/sub/here.png"), realPng());
        Files.writeString(project.resolve("content/sub/doc.md"), front("![上](../../images/up.png) ![ここ](here.png)\n"));
        // Named on the command line, the file writes at the top of out/ (searched for, it would write out/sub/).
        assertBuilt(build("--format", "pdf,epub", "content/sub/doc.md"));
        try (var pdf = PdfStructure.load(project.resolve("out/doc.pdf").toFile())) {
            int images = 0;
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) images++;
                }
            }
            assertEquals(2, images, "both images are in the PDF");
        }
        assertEquals(2, EpubFile.read(project.resolve("out/doc.epub")).names().stream().filter(n -> n.contains("img-")).count());
    }

    @Test
    void remoteImagesAreNeverFetched() throws IOException {
        write(front("![遠くの画像](https://example.invalid/a.png) と ![b](http://127.0.0.1:9/b.png)\n"));
        String[] warnings = {
                "content/doc.md:5:1: warning: image 'https://example.invalid/a.png' is remote and not fetched (a build has no network access); its alt text is shown instead",
                "content/doc.md:5:43: warning: image 'http://127.0.0.1:9/b.png' is remote and not fetched (a build has no network access); its alt text is shown instead"};
        assertRefused(build("--strict"), java.util.Arrays.stream(warnings).map(w -> w.replace("warning:", "error:")).toArray(String[]::new));
        assertBuilt(build("--format", "epub"), warnings);
        String chapter = EpubFile.read(project.resolve("out/doc.epub")).texts().values().stream()
                .filter(v -> v.contains("遠くの画像")).findFirst().orElseThrow();
        assertFalse(chapter.contains("example.invalid"), chapter);
    }

    @Test
    void noBuildEverOpensAConnection() throws IOException {
        try (java.net.ServerSocket server = new java.net.ServerSocket(0, 50, java.net.InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + server.getLocalPort();
            Path theme = project.resolve("themes/net");
            Files.createDirectories(theme);
            Files.writeString(theme.resolve("theme.yaml"), "extends: default\n");
            Files.writeString(theme.resolve("pdf.css"), Files.readString(Path.of("themes/default/pdf.css"))
                    + "\n@font-face { font-family: remote; src: url(\"" + url + "/font.ttf\"); }\n"
                    + "body { background-image: url(\"" + url + "/bg.png\"); }\n");
            write(front("![a](" + url + "/a.png)\n\n<img src=\"" + url + "/b.png\" alt=\"b\">\n"));
            Run r = build("--theme", "net");
            server.setSoTimeout(300);
            assertThrows(java.net.SocketTimeoutException.class, server::accept, "something connected to " + url);
            // The theme's remote font and background are refused by the PDF renderer's resource control.
            assertBuilt(r,
                    "content/doc.md:5:1: warning: image '" + url + "/a.png' is remote and not fetched (a build has no network access); its alt text is shown instead",
                    "content/doc.md:7:1: warning: image '" + url + "/b.png' is remote and not fetched (a build has no network access); its alt text is shown instead",
                    "content/doc.md: warning: URI " + url + "/font.ttf with type FONT was rejected by resource access controller",
                    "content/doc.md: warning: Couldn't load font (" + url + "/font.ttf). Please check that it is a valid truetype font.",
                    "content/doc.md: warning: URI " + url + "/bg.png with type IMAGE_RASTER was rejected by resource access controller",
                    "content/doc.md: warning: URI " + url + "/bg.png with type IMAGE_RASTER was rejected by resource access controller");
        }
    }

    // ---- raw HTML ----

    @Test
    void rawHtmlIsSanitisedAndTheEpubCarriesNoScript() throws IOException {
        write(front("<script>alert(1)</script>\n\n<iframe src=\"https://e.invalid\"></iframe>\n\n<p onclick=\"alert(2)\">p</p>\n\n"
                + "[j](javascript:alert(3)) <a href=\"javascript:alert(4)\">a</a>\n\n<style>body{display:none}</style>\n"));
        String[] warnings = {
                "content/doc.md:5:1: warning: removed <script> element and its content",
                "content/doc.md:7:1: warning: removed <iframe> element and its content",
                "content/doc.md:9:1: warning: removed event handler onclick on <p>",
                "content/doc.md:11:1: warning: removed unsafe link target 'javascript:alert(3)'; its text is kept",
                "content/doc.md:11:26: warning: removed unsafe link target 'javascript:alert(4)' on <a>",
                "content/doc.md:13:1: warning: removed <style> element and its content"};
        assertRefused(build("--strict"), java.util.Arrays.stream(warnings).map(w -> w.replace("warning:", "error:")).toArray(String[]::new));
        assertBuilt(build(), warnings);
        for (var e : EpubFile.read(project.resolve("out/doc.epub")).texts().entrySet()) {
            String v = e.getValue().toLowerCase(java.util.Locale.ROOT);
            for (String bad : List.of("<script", "<iframe", "onclick", "javascript:", "alert(", "display:none")) {
                assertFalse(v.contains(bad), e.getKey() + " carries " + bad);
            }
        }
    }

    // ---- themes ----

    private Run buildWithTheme(String yaml) throws IOException {
        write(GOOD);
        Path dir = project.resolve("themes/mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("theme.yaml"), yaml);
        return build("--theme", "mine");
    }

    @Test
    void themeWithUnknownKey() throws IOException {
        assertRefused(buildWithTheme("extends: default\npdf:\n  pgae: { size: B5 }\n"),
                "themes/mine/theme.yaml:3:3: error: unknown key 'pgae' in pdf (did you mean 'page'?)");
    }

    @Test
    void themeWithMissingAndCorruptFonts() throws IOException {
        Files.createDirectories(project.resolve("themes/mine/fonts"));
        Files.writeString(project.resolve("themes/mine/fonts/broken.ttf"), "not a font");
        assertRefused(buildWithTheme("extends: default\nfonts:\n  serif-ja:\n    - { file: fonts/missing.ttf }\n  sans-ja:\n    - { file: fonts/broken.ttf }\n"),
                "themes/mine/theme.yaml:4:15: error: fonts.serif-ja[0].file: font file 'fonts/missing.ttf' not found (looked in themes/mine, <project>, <install>)",
                "themes/mine/theme.yaml:6:15: error: fonts.sans-ja[0].file: font 'fonts/broken.ttf' is not a TrueType font");
    }

    @Test
    void themeWithBadLengthAndColour() throws IOException {
        assertRefused(buildWithTheme("extends: default\npdf:\n  page:\n    margin: { top: 18 parsecs }\ncard:\n  background: \"#12345z\"\n"),
                "themes/mine/theme.yaml:4:20: error: pdf.page.margin.top: '18 parsecs' is not a length (a number with a unit: mm, cm, in, pt, pc, px, em, Q)",
                "themes/mine/theme.yaml:6:15: error: card.background: '#12345z' is not a colour (#rgb, #rrggbb, rgb(r, g, b) or a CSS colour name)");
    }

    @Test
    void themeWithTemplateError() throws IOException {
        Files.createDirectories(project.resolve("themes/mine"));
        Files.writeString(project.resolve("themes/mine/pdf.html"), "<html th:lang=\"${lang\"><body th:utext=\"${body}\"></body></html>\n");
        assertRefused(buildWithTheme("extends: default\npdf:\n  template: pdf.html\n"),
                "themes/mine/pdf.html:1:7: error: template error: Could not parse as expression: \"${lang\" (template: \"pdf.html\" - line 1, col 7)");
    }

    @Test
    void themeTemplateWithAScriptNeverReachesTheEpub() throws IOException {
        Files.createDirectories(project.resolve("themes/mine"));
        Files.writeString(project.resolve("themes/mine/epub-chapter.html"), Files.readString(Path.of("themes/default/epub-chapter.html"))
                .replace("<meta charset=\"UTF-8\"/>", "<meta charset=\"UTF-8\"/>\n  <script>alert(1)</script>"));
        assertRefused(buildWithTheme("extends: default\n"),
                "themes/mine/epub-chapter.html:15:3: error: epub.template: '<script' is active content; an EPUB never carries scripts, frames or event handlers");
    }

    @Test
    void themeExtendsCycle() throws IOException {
        Files.createDirectories(project.resolve("themes/other"));
        Files.writeString(project.resolve("themes/other/theme.yaml"), "extends: mine\n");
        assertRefused(buildWithTheme("extends: other\n"), "themes/other/theme.yaml:1:10: error: extends cycle: mine → other → mine");
    }

    // ---- batches ----

    @Test
    void oneBrokenDocumentInABatchFailsAloneAndTheBuildExitsOne() throws IOException {
        Files.writeString(project.resolve("content/a.md"), "---\ntitle: A\n---\n\n本文A\n");
        Files.writeString(project.resolve("content/b.md"), "---\ntitle: B\n---\n\n本文B\n");
        write("---\ntitle: [broken\n---\n");
        Files.writeString(project.resolve("content/c.md"), "---\ntitle: C\n---\n\n本文C\n");
        Run r = build("--format", "card", "-j", "2");
        assertEquals(List.of("content/doc.md:2:15: error: malformed YAML front matter: while parsing a flow sequence"), r.lines(), r.err());
        assertTrue(r.err().contains("hanmoto: 4 documents, 3 files written, 1 failed"), r.err());
        assertEquals(1, r.code());
        for (String f : List.of("a.png", "b.png", "c.png")) assertTrue(Files.size(project.resolve("out").resolve(f)) > 1000, f);
        for (var e : baseline.entrySet()) assertArrayEquals(e.getValue(), Files.readAllBytes(project.resolve("out").resolve(e.getKey())));
    }
}
