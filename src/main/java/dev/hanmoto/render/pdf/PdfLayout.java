package dev.hanmoto.render.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.util.LogMessageId;
import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.files.InsideFolder;
import dev.hanmoto.theme.FontStacks;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * One layout of the XHTML by openhtmltopdf (CSS Paged Media) into a PDF of its own: tagged PDF/UA-1
 * and PDF/A-2u with an sRGB output intent, lines broken by {@link StrictLineBreaker}, the theme's
 * fonts ({@link LayoutFonts}), resources only from the project, SVG through Batik with neither
 * scripts nor external resources, openhtmltopdf's warnings as diagnostics.
 *
 * @param target   the PDF the layout draws into
 * @param renderer openhtmltopdf, built for the XHTML
 * @param fonts    the fonts it was given
 */
record PdfLayout(PDDocument target, PdfBoxRenderer renderer, LayoutFonts fonts) implements AutoCloseable {

    /**
     * openhtmltopdf set up to lay out {@code html} (the XHTML of {@code doc}); its warnings go to
     * {@code diags}. Images and other resources are read from {@code projectDir} and below, else from
     * the document's folder and below.
     */
    static PdfLayout of(String html, Document doc, PassContext ctx, FontStacks fonts, List<String> stacks,
                        List<JapaneseFirstStacks.Derived> derived,
                        Optional<Path> projectDir, Diagnostics diags) throws IOException {
        PDDocument target = new PDDocument();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, baseDir(doc.source()).toUri().toString());
            builder.useUnicodeLineBreaker(new StrictLineBreaker(doc.meta().lang(), ctx.pdf().lastLineMin(), ctx.phrases()));
            builder.withProducer(PdfRenderer.PRODUCER);
            // Tagged PDF/UA-1 and PDF/A-2u with an sRGB output intent (ISO 14289-1, ISO 19005-2).
            builder.usePdfUaAccessibility(true);
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
            builder.useColorProfile(srgbProfile());
            // openhtmltopdf's log: warnings become diagnostics, the rest is dropped (no console output).
            // Not the "no description" warning: PDF/UA-1 does not require dc:description (veraPDF passes
            // documents without one, see OddDocumentsTest), so it would only alarm the user.
            builder.withDiagnosticConsumer(d -> {
                if (d.getLevel().intValue() >= Level.WARNING.intValue() && d.getLogMessageId()
                        != LogMessageId.LogMessageId0Param.GENERAL_PDF_ACCESSIBILITY_NO_DOCUMENT_DESCRIPTION_PROVIDED) {
                    diags.report(Diagnostic.warning("pdf-layout", d.getFormattedMessage(), doc.source(), 0, 0));
                }
            });
            Path base = projectDir.orElse(baseDir(doc.source()));
            // Resources only from the project (else the document's folder) and below; never the network (no network during a build).
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:") || isInside(uri, base),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            // SVG images through Batik: no scripts, no external resources; emoji artwork built once per picture.
            builder.useSVGDrawer(new EmojiSvgDrawer());
            builder.usePDDocument(target);
            LayoutFonts registered = LayoutFonts.register(builder, target, fonts, stacks, derived, ctx.latinSpace());
            PdfBoxRenderer renderer = builder.buildPdfRenderer();
            registered.addFallback(renderer.getFontResolver());
            return new PdfLayout(target, renderer, registered);
        } catch (IOException | RuntimeException e) {
            target.close();
            throw e;
        }
    }

    /** Lays the document out (pages and line boxes; nothing drawn yet). */
    void layout() {
        renderer.layout();
    }

    /** Takes the slack of each justified line in JLREQ's order ({@link LineJustifier}); after the last layout, before drawing. */
    void justify() {
        var ctx = renderer.getSharedContext().newLayoutContextInstance();
        ctx.setFontContext(new com.openhtmltopdf.pdfboxout.PdfBoxFontContext());
        new LineJustifier(ctx).apply(root());
    }

    /** The laid-out box tree. */
    BlockBox root() {
        return renderer.getRootBox();
    }

    /** Draws the pages; the PDF stays open until this layout is closed. */
    PDDocument pages() throws IOException {
        return renderer.createPDFKeepOpen();
    }

    /** The 和欧間 font as the layout embedded it; empty if no text used it. */
    Optional<PDFont> latinSpaceFont() {
        return fonts.latinSpaceFont();
    }

    /** The shaped fallback fonts the layout embedded ({@link dev.hanmoto.render.ShapedFont}). */
    java.util.List<PDFont> shapedFonts() {
        return fonts.shapedFonts();
    }

    @Override
    public void close() throws IOException {
        try {
            renderer.close();
        } finally {
            target.close();
        }
    }

    private static volatile byte[] srgb;

    /** The sRGB IEC61966-2.1 ICC profile shipped beside this class (littleCMS, zlib licence). */
    private static byte[] srgbProfile() throws IOException {
        byte[] p = srgb;
        if (p == null) {
            try (var in = PdfLayout.class.getResourceAsStream("sRGB.icc")) {
                if (in == null) throw new IOException("sRGB.icc missing from the class path");
                p = in.readAllBytes();
            }
            srgb = p;
        }
        return p;
    }

    private static Path baseDir(Path source) {
        Path abs = source.toAbsolutePath().normalize();
        return abs.getParent() == null ? abs : abs.getParent();
    }

    private static boolean isInside(String uri, Path base) {
        if (uri == null || !uri.startsWith("file:")) return false;
        try {
            return InsideFolder.isInside(base, Path.of(URI.create(uri)));
        } catch (RuntimeException e) {
            return false;
        }
    }
}
