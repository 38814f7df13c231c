package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    private static final Path FILE = Path.of("doc.md");
    private final Diagnostics diags = new Diagnostics();

    private String messages() {
        return diags.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            else for (int b : (int[]) p) out.write(b);
        }
        return out.toByteArray();
    }

    @Test
    void readsTheSeed() {
        Path seed = Path.of("content/technical-operations-manager.md");
        Document d = SourceReader.read(seed, diags);
        assertEquals(seed, d.source());
        assertEquals("technical_operations_manager", d.slug());
        assertFalse(diags.hasErrors(), messages());
        assertEquals(3, diags.all().size(), messages()); // 3 '**' closed by </strong>, set in bold
    }

    @Test
    void stripsTheBomAndAcceptsCrlf() {
        Document d = SourceReader.read(bytes(new int[] {0xEF, 0xBB, 0xBF}, "---\r\ntitle: 題\r\n---\r\n# 見出し\r\n\r\nline one\r\nline two\r\n"), FILE, diags);
        assertEquals("", messages());
        assertEquals("題", d.meta().title().orElseThrow());
        assertEquals("""
                Heading 4:1 h1
                  Text 4:3 "見出し"
                Para 6:1
                  Text 6:1 "line one"
                  SoftBreak
                  Text 7:1 "line two"
                """, AstDump.dump(d.blocks()));
    }

    @Test
    void reportsInvalidUtf8AtItsLineAndColumn() {
        Document d = SourceReader.read(bytes("# ok\n\nabc", new int[] {0xC3, 0x28}, "def\n", new int[] {0xFF}), FILE, diags);
        assertEquals(String.join("\n",
                "doc.md:3:4: error: invalid UTF-8 (1 bad byte); save the file as UTF-8",
                "doc.md:4:1: error: invalid UTF-8 (1 bad byte); save the file as UTF-8"), messages());
        assertEquals("invalid-utf8", diags.all().get(0).code());
        assertTrue(AstDump.dump(d.blocks()).contains("abc\uFFFD(def"));
    }

    @Test
    void reportsNulCharacters() {
        SourceReader.read(bytes("title\n\nab", new int[] {0}, "c\n"), FILE, diags);
        assertEquals("doc.md:3:3: error: NUL character (U+0000) in the text; is this a binary file?", messages());
    }

    @Test
    void reportsAnEmptyFile() {
        Document d = SourceReader.read(bytes(" \n\n"), FILE, diags);
        assertEquals("doc.md: error: file is empty; there is nothing to build", messages());
        assertTrue(d.blocks().isEmpty());
    }

    @Test
    void throwsUserErrorForAMissingFile(@TempDir Path dir) {
        UserError e = assertThrows(UserError.class, () -> SourceReader.read(dir.resolve("nope.md"), diags));
        assertEquals(dir.resolve("nope.md") + ": error: no such file", e.diagnostics().get(0).format());
    }

    @Test
    void refusesAFileOverTheSizeLimit(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.md");
        Files.write(big, new byte[(int) SourceReader.MAX_BYTES + 1]);
        UserError e = assertThrows(UserError.class, () -> SourceReader.read(big, diags));
        assertEquals("document-too-large", e.diagnostics().get(0).code());
    }

    @Test
    void malformedFrontMatterIsReportedAndTheBodyStillRead() {
        Document d = SourceReader.read(bytes("---json\n{\"title\": }\n---\n# Body\n"), FILE, diags);
        assertEquals("front-matter-syntax", diags.all().get(0).code());
        assertEquals(2, diags.all().get(0).line());
        assertEquals(1, d.blocks().size());
    }
}
