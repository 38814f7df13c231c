package dev.hanmoto.testkit;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.pdf.PdfRenderer;
import dev.hanmoto.theme.Theme;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * PDFs rendered as the build renders them (the public {@link PdfRenderer}, dated the epoch so that
 * the same input gives the same bytes), and kept under {@code target/pdf-test/} for looking at —
 * never compared as bytes.
 */
public final class TestPdfs {
    private TestPdfs() {}

    /** Where {@link #keep} writes. */
    public static final Path KEPT = TestDocuments.REPO.resolve("target/pdf-test");

    /** The document's PDF in the theme; its warnings are dropped. */
    public static byte[] render(Theme theme, Document doc) {
        return render(theme, doc, new Diagnostics());
    }

    /** The document's PDF in the theme, kept as {@code keepAs}. */
    public static byte[] render(Theme theme, Document doc, String keepAs) {
        return keep(keepAs, render(theme, doc));
    }

    /** The document's PDF in the theme; its warnings go to {@code diags}. */
    public static byte[] render(Theme theme, Document doc, Diagnostics diags) {
        return render(new PdfRenderer(theme).withDate(Instant.EPOCH), doc, diags);
    }

    /** The document's PDF by {@code renderer}; its warnings go to {@code diags}. */
    public static byte[] render(PdfRenderer renderer, Document doc, Diagnostics diags) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            renderer.render(doc, path -> new OutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }
            }, diags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Writes {@code pdf} as {@code target/pdf-test/<name>}; returns it. */
    public static byte[] keep(String name, byte[] pdf) {
        try {
            Files.createDirectories(KEPT);
            Files.write(KEPT.resolve(name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf;
    }
}
