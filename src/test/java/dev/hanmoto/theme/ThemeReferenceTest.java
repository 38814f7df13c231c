package dev.hanmoto.theme;

import dev.hanmoto.testkit.TestDocuments;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeReferenceTest {
    private static final Path DOCS = TestDocuments.REPO.resolve("docs/themes.md");

    /** docs/themes.md is what the code says; -Ddocs.update=true rewrites it. */
    @Test
    void docsMatchTheCode() throws IOException {
        String generated = ThemeReference.markdown();
        if (Boolean.getBoolean("docs.update")) {
            Files.createDirectories(DOCS.getParent());
            Files.writeString(DOCS, generated, StandardCharsets.UTF_8);
        }
        assertTrue(Files.isRegularFile(DOCS), "docs/themes.md missing; run with -Ddocs.update=true");
        assertEquals(generated, Files.readString(DOCS, StandardCharsets.UTF_8),
                "docs/themes.md is stale: ./mvnw -o -q test -Dtest=ThemeReferenceTest -Ddocs.update=true");
    }

    @Test
    void everyValidatedKeyIsListedWithTypeAndBaseDefault() {
        List<ThemeReference.Row> rows = ThemeReference.rows();
        ThemeReference.Row inner = rows.stream().filter(r -> r.path().equals("pdf.page.margin.inner")).findFirst().orElseThrow();
        assertEquals("length", inner.type());
        assertEquals("20mm", inner.defaultValue());
        ThemeReference.Row size = rows.stream().filter(r -> r.path().equals("pdf.page.size")).findFirst().orElseThrow();
        assertEquals("page size", size.type());
        assertEquals("A5", size.defaultValue());
        ThemeReference.Row sizes = rows.stream().filter(r -> r.path().equals("card.sizes")).findFirst().orElseThrow();
        assertEquals("map of name → pixels", sizes.type());
        assertEquals("{og: 1200x630}", sizes.defaultValue());
        assertTrue(rows.stream().anyMatch(r -> r.path().equals("fonts.NAME[].file") && r.type().equals("font file")));
        assertTrue(rows.stream().anyMatch(r -> r.path().equals("extends")));
    }

    @Test
    void everyRecordComponentIsDocumented() {
        List<String> undocumented = ThemeReference.rows().stream()
                .filter(r -> r.meaning().startsWith("(undocumented")).map(ThemeReference.Row::path).toList();
        assertEquals(List.of(), undocumented, "add @KeyDoc to these record components");
    }
}
