package dev.hanmoto.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.testkit.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The orchestration contract on its own: outputs appear only when a document built, a failed build
 * leaves earlier outputs intact and no temporary files, one broken document does not stop a batch.
 * (End-to-end tests with the real renderers live in the cli tests.)
 */
class BuilderTest {
    @TempDir
    Path dir;

    /** Writes "<slug>.txt" and "<slug>.bin"; fails with a located error when the text says "FAIL". */
    static final class TextRenderer implements Renderer {
        public String format() { return "text"; }

        public void render(Document doc, OutputSink sink, Diagnostics diags) throws IOException {
            sink.write(doc.slug() + ".bin", new byte[] {1, 2, 3});
            String text = doc.meta().findText("body").orElse("");
            if (text.contains("FAIL")) throw new UserError(Diagnostic.error("test", "cannot render", doc.source(), 1, 1));
            if (text.contains("WARN")) diags.report(Diagnostic.warning("test", "looks odd", doc.source(), 2, 3));
            if (text.contains("HANG")) {
                while (!Thread.currentThread().isInterrupted()) Thread.onSpinWait();
            }
            sink.write(doc.slug() + ".txt", text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Reads a source file as a document whose only content is its text, under the meta key "body". */
    static final DocumentLoader TEXT_LOADER = (input, diags) -> {
        try {
            String text = Files.readString(input);
            return new Document(new Meta(Map.of("body", new MetaValue.Str(text))), List.of(), input);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    };

    private Builder builder(Path out, boolean strict) {
        return new Builder(TEXT_LOADER, List.of(new TextRenderer()), out, strict, Duration.ofSeconds(5), 2);
    }

    private Path source(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void writesOutputsOnSuccess() throws IOException {
        Path out = dir.resolve("out");
        BuildReport r = builder(out, false).build(List.of(source("a.md", "hello")), BuildListener.NONE);
        assertFalse(r.hasErrors());
        assertEquals(List.of("a.bin", "a.txt"), TestFiles.listing(out));
        assertEquals("hello", Files.readString(out.resolve("a.txt")));
    }

    @Test
    void failedBuildLeavesPreviousOutputsIntactAndNoTemporaries() throws IOException {
        Path out = dir.resolve("out");
        Path src = source("a.md", "first");
        builder(out, false).build(List.of(src), BuildListener.NONE);
        byte[] before = Files.readAllBytes(out.resolve("a.txt"));
        Files.writeString(src, "FAIL now");
        BuildReport r = builder(out, false).build(List.of(src), BuildListener.NONE);
        assertTrue(r.hasErrors());
        assertEquals(1, r.failed());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("a.txt")));
        assertEquals(List.of("a.bin", "a.txt"), TestFiles.listing(out), "no temporary files left behind");
    }

    @Test
    void oneBrokenDocumentDoesNotStopTheOthers() throws IOException {
        Path out = dir.resolve("out");
        BuildReport r = builder(out, false).build(List.of(source("a.md", "ok"), source("b.md", "FAIL"), source("c.md", "ok")),
                BuildListener.NONE);
        assertEquals(3, r.documents());
        assertEquals(1, r.failed());
        assertEquals(List.of("a.bin", "a.txt", "c.bin", "c.txt"), TestFiles.listing(out));
        assertEquals("b.md:1:1: error: cannot render", r.diagnostics().get(0).format().substring(dir.toString().length() + 1));
    }

    @Test
    void warningsFailOnlyUnderStrict() throws IOException {
        Path src = source("w.md", "WARN");
        BuildReport lax = builder(dir.resolve("lax"), false).build(List.of(src), BuildListener.NONE);
        assertFalse(lax.hasErrors());
        assertTrue(Files.exists(dir.resolve("lax/w.txt")));
        BuildReport strict = builder(dir.resolve("strict"), true).build(List.of(src), BuildListener.NONE);
        assertEquals(1, strict.failed());
        assertFalse(Files.exists(dir.resolve("strict/w.txt")));
        assertEquals(List.of(), TestFiles.listing(dir.resolve("strict")));
    }

    @Test
    void aHangingDocumentIsStoppedByTheTimeBound() throws IOException {
        Path out = dir.resolve("out");
        Builder b = new Builder(TEXT_LOADER, List.of(new TextRenderer()), out, false, Duration.ofMillis(300), 2);
        BuildReport r = b.build(List.of(source("h.md", "HANG"), source("ok.md", "fine")), BuildListener.NONE);
        assertEquals(1, r.failed());
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals("timeout")), r.diagnostics().toString());
        assertEquals(List.of("ok.bin", "ok.txt"), TestFiles.listing(out));
    }

    @Test
    void aDocumentThatIgnoresItsInterruptIsAbandonedAndNeverWritesAfterwards() throws Exception {
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch finished = new java.util.concurrent.CountDownLatch(1);
        Renderer stubborn = new Renderer() {
            public String format() { return "stubborn"; }

            public void render(Document doc, OutputSink sink, Diagnostics diags) throws IOException {
                if (!doc.meta().findText("body").orElse("").contains("STUBBORN")) {
                    sink.write(doc.slug() + ".txt", new byte[] {1});
                    return;
                }
                try {
                    sink.write(doc.slug() + ".early", new byte[] {1});
                    while (release.getCount() > 0) Thread.onSpinWait(); // deaf to interrupts, like a third-party layout loop
                    sink.write(doc.slug() + ".txt", new byte[] {2});
                } finally {
                    finished.countDown();
                }
            }
        };
        Path out = dir.resolve("out");
        Builder b = new Builder(TEXT_LOADER, List.of(stubborn), out, false, Duration.ofMillis(200), 2, Duration.ofMillis(300));
        BuildReport r = b.build(List.of(source("s.md", "STUBBORN"), source("ok.md", "fine")), BuildListener.NONE);
        assertEquals(1, r.failed());
        assertEquals(List.of("s.md: error: took longer than 0 s; stopped (a pathological document?)"),
                r.diagnostics().stream().map(d -> d.format().replace(dir + "/", "")).toList());
        assertEquals(List.of("ok.txt"), TestFiles.listing(out));
        release.countDown();
        finished.await();
        assertEquals(List.of("ok.txt"), TestFiles.listing(out), "the abandoned worker wrote nothing, not even temporaries");
    }
}
