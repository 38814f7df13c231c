package dev.hanmoto.render.pdf;

import dev.hanmoto.Version;
import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.LayoutLog;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.render.SourceDate;
import dev.hanmoto.theme.CodeStyle;
import dev.hanmoto.theme.FontStacks;
import dev.hanmoto.theme.PdfTheme;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

/**
 * The print PDF: the document as XHTML (footnotes as page floats), wrapped by the theme's
 * {@code pdf.template} with {@code pdf.stylesheet}, laid out by openhtmltopdf in CSS Paged Media and
 * written as {@code <slug>.pdf}; the stages in between are {@link PdfPipeline}'s.
 *
 * <p>Fonts are the theme's stacks, each stack registered under its name as a CSS font family and
 * embedded as a subset; lines break by ICU's strict rule (JLREQ kinsoku); the outline mirrors every
 * heading; dates and the file identifier come from {@code SOURCE_DATE_EPOCH} or the source file's
 * modification time, so the same input gives the same bytes.
 *
 * <p>Thread-safe: each {@link #render} builds its own layout; parsed fonts are shared.
 */
public final class PdfRenderer implements Renderer {
    /** The PDF producer string (document information {@code /Producer}, XMP {@code pdf:Producer}). */
    public static final String PRODUCER = "Hanmoto " + Version.NUMBER;

    private final PdfTheme pdf;
    private final FontStacks fonts;
    private final ThemeFiles files;
    private final Optional<Instant> fixedDate;
    private final Pictures pictures;
    private final Optional<Path> projectDir;
    private final PdfPipeline pipeline;
    private final CodeStyle codeStyle;

    /**
     * A renderer for the theme's {@code pdf} section, fonts and files. Emoji are drawn in colour from
     * the bundled Twemoji artwork, inline as SVG; emoji without artwork stay text.
     */
    public PdfRenderer(Theme theme) {
        this(theme.pdf(), theme.codeStyle(theme.pdf().code()), theme.fonts(), theme.files(), Optional.empty(), Pictures.twemoji(), Optional.empty());
    }

    private PdfRenderer(PdfTheme pdf, CodeStyle codeStyle, FontStacks fonts, ThemeFiles files, Optional<Instant> fixedDate,
                        Pictures pictures, Optional<Path> projectDir) {
        LayoutLog.silenceConsole();
        this.projectDir = projectDir.map(p -> p.toAbsolutePath().normalize());
        this.pdf = pdf;
        this.codeStyle = codeStyle;
        this.fonts = fonts;
        this.files = files;
        this.fixedDate = fixedDate;
        this.pictures = pictures;
        this.pipeline = new PdfPipeline(pdf, codeStyle, fonts, files, pictures, this.projectDir);
    }

    /**
     * This renderer with a fixed date for the PDF's creation and modification dates, instead of
     * {@code SOURCE_DATE_EPOCH} or the source file's modification time.
     */
    public PdfRenderer withDate(Instant date) {
        return new PdfRenderer(pdf, codeStyle, fonts, files, Optional.of(date), pictures, projectDir);
    }

    /**
     * This renderer with other emoji artwork: {@code source} maps an emoji sequence to the image
     * {@code src} to place inline (SVG or PNG), or empty to keep it as text.
     */
    public PdfRenderer withEmojiSource(Function<String, Optional<String>> source) {
        return new PdfRenderer(pdf, codeStyle, fonts, files, fixedDate, new Pictures(source), projectDir);
    }

    /**
     * This renderer reading images from anywhere in {@code dir} (the build checked each one; see
     * {@code dev.hanmoto.build.CheckImages}) rather than only from the document's folder and below,
     * so that {@code ../images/a.png} works in the PDF as it does in the EPUB.
     */
    public PdfRenderer withProjectDir(Path dir) {
        return new PdfRenderer(pdf, codeStyle, fonts, files, fixedDate, pictures, Optional.of(dir));
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void render(Document doc, OutputSink sink, Diagnostics diags) throws IOException {
        sink.write(doc.slug() + ".pdf", renderBytes(doc, diags));
    }

    /** The PDF bytes of a document. */
    byte[] renderBytes(Document doc, Diagnostics diags) throws IOException {
        return pipeline.render(doc, fixedDate.orElseGet(() -> sourceDate(doc.source())), diags);
    }

    /** The XHTML openhtmltopdf receives for the first layout (the golden-file form of this renderer's input). */
    String xhtml(Document doc, Diagnostics diags) {
        return pipeline.firstXhtml(doc, diags);
    }

    /** {@code SOURCE_DATE_EPOCH} (seconds) if set, else the source file's modification time, else 1970. */
    static Instant sourceDate(Path source) {
        Optional<Instant> epoch = SourceDate.fromEnvironment();
        if (epoch.isPresent()) return epoch.get();
        try {
            if (Files.isRegularFile(source)) return Files.getLastModifiedTime(source).toInstant();
        } catch (IOException e) {
            // Unreadable time stamp: fall through to the fixed epoch, still deterministic.
        }
        return Instant.EPOCH;
    }
}
