package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.EpubFile;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.Theme;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Ruby in the EPUB: native {@code <ruby>} with {@code <rt>} and {@code <rp>} fallbacks, EPUBCheck clean, horizontal and vertical. */
class EpubRubyTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(EpubTheme.WritingMode.class)
    void rubyIsNativeAndClean(EpubTheme.WritingMode mode) throws IOException {
        Document doc = TestDocuments.read(TestDocuments.REPO.resolve("src/test/resources/markdown/ruby.md"));
        Theme theme = TestThemes.withEpub(TestThemes.defaultTheme(), e -> e.withWritingMode(mode));
        byte[] epub = new EpubRenderer(theme, d -> Optional.empty(), dir, Optional.of(Instant.parse("2026-11-28T00:00:00Z")))
                .build(doc, new Diagnostics());
        EpubCheckReport r = EpubCheckReport.check(epub, dir, "ruby-" + mode);
        assertEquals("", r.problems());
        assertEquals(0, r.fatalCount() + r.errorCount() + r.warningCount());
        EpubFile z = EpubFile.of(epub);
        String all = z.allXhtml();
        assertTrue(all.contains("この<ruby>漢字<rp>(</rp><rt>かんじ</rt><rp>)</rp></ruby>には"), all);
        assertTrue(all.contains("<ruby>東<rp>(</rp><rt>とう</rt><rp>)</rp>京<rp>(</rp><rt>きょう</rt><rp>)</rp></ruby>は"), all);
        assertTrue(all.contains("<ruby>紫陽花<rp>(</rp><rt>あじさい</rt><rp>)</rp></ruby>が"), all);
    }
}
