package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.render.pdf.PdfStructure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, point 7: a generated book of over 2,000 A5 pages builds in all formats within the heap the
 * launcher gives the JVM ({@code -Xmx1g}); given too little heap, the same book stops with an error
 * that names the option to raise it, never an OutOfMemoryError trace. Slow: in the {@code faults}
 * profile. The per-document time bound is raised: this measures memory, and the machine may be busy.
 */
@Tag("faults")
class LargeBookTest {
    static final int CHAPTERS = 280;

    @TempDir
    static Path project;

    /** 280 chapters of six sections of five paragraphs of Japanese prose: about 2,030 A5 pages. */
    @BeforeAll
    static void writeBook() throws IOException {
        Path book = project.resolve("content/big");
        Files.createDirectories(book);
        String[] sentences = {"組版の規則は、日本語の文章を読みやすくするために長い時間をかけて整えられてきた。",
            "行頭に句読点や閉じ括弧が来ないようにする禁則処理は、その代表である。",
            "Markdown で書いた原稿から PDF と EPUB を同時に作れば、校正の手間は半分になる。",
            "見出しの前後の空きや、段落の字下げも、テーマの設定で変えられる。",
            "ここでは長い本を組むときの振る舞いを確かめるため、同じような文を何度も繰り返している。"};
        StringBuilder manifest = new StringBuilder("title: 長い本\nauthor: 試験\nslug: big\nchapters:\n");
        for (int c = 1; c <= CHAPTERS; c++) {
            StringBuilder ch = new StringBuilder("# 第" + c + "の話題について\n\n");
            for (int s = 1; s <= 6; s++) {
                ch.append("## 節 ").append(c).append('.').append(s).append("\n\n");
                for (int p = 0; p < 5; p++) {
                    for (int k = 0; k < 5; k++) ch.append(sentences[(c + s + p + k) % 5]);
                    ch.append("\n\n");
                }
            }
            String name = String.format("ch%03d.md", c);
            Files.writeString(book.resolve(name), ch);
            manifest.append("  - ").append(name).append('\n');
        }
        Files.writeString(book.resolve("book.yaml"), manifest);
    }

    private static int build(Path err, String heap, Path out) throws Exception {
        Process p = FaultsProcessTest.cliWithHeap(project, err, heap, "build", "content/big", "--timeout", "3000", "--out", out.toString()).start();
        assertTrue(p.waitFor(3600, TimeUnit.SECONDS), "the build ends");
        return p.exitValue();
    }

    @Test
    void aTwoThousandPageBookBuildsWithinTheLaunchersHeap() throws Exception {
        Path err = project.resolve("err-1g.txt");
        Path out = project.resolve("out-default");
        int code = build(err, FaultsProcessTest.LAUNCHER_HEAP, out);
        assertEquals(0, code, Files.readString(err));
        try (PDDocument pdf = PdfStructure.load(out.resolve("big.pdf"))) {
            assertTrue(pdf.getNumberOfPages() >= 2000, "pages: " + pdf.getNumberOfPages());
        }
        assertTrue(Files.size(out.resolve("big.epub")) > 100_000);
        assertTrue(Files.size(out.resolve("big.png")) > 1000);
    }

    @Test
    void withTooLittleHeapItStopsWithAMessageNamingTheOption() throws Exception {
        Path err = project.resolve("err-small.txt");
        Path out = project.resolve("out-small");
        int code = build(err, "-Xmx200m", out);
        String stderr = Files.readString(err);
        assertEquals(1, code, stderr);
        List<String> lines = stderr.lines().toList();
        assertTrue(lines.get(0).matches(".*content/big: error: ran out of memory \\(the Java heap is limited to \\d+ MiB\\); "
                + "build it with more, e\\.g\\. HANMOTO_JAVA_OPTS=-Xmx\\dg \\./hanmoto build …"), stderr);
        assertFalse(stderr.contains("OutOfMemoryError") || stderr.contains("\tat "), "no trace:\n" + stderr);
        // Nothing written: at most the build cache's empty folders (out/.hanmoto/cache) stand.
        if (Files.exists(out)) {
            try (var files = Files.walk(out)) {
                assertEquals(List.of(), files.filter(Files::isRegularFile).toList(), "nothing written");
            }
        }
    }
}
