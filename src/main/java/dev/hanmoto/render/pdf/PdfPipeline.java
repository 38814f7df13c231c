package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.MathFonts;
import dev.hanmoto.theme.CodeStyle;
import dev.hanmoto.theme.FontStacks;
import dev.hanmoto.theme.PdfTheme;
import dev.hanmoto.theme.ThemeFiles;
import dev.hanmoto.theme.ThemeTemplates;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The print PDF as one declared, ordered pipeline of typed stages (docs/architecture.md draws it):
 *
 * <ol>
 *   <li>the {@link Outline} gives every heading an id and a level PDF/UA accepts, and the
 *       {@link GlyphCheck} warns about characters no font has;
 *   <li>the {@link #AST_PASSES} rewrite this renderer's copy of the tree — the body and each other
 *       text of the page as a small document — and {@link PdfXhtml} writes it into the theme's
 *       template, each pass's CSS before the theme's stylesheet;
 *   <li>openhtmltopdf lays the XHTML out ({@link PdfLayout}); the {@link #LAYOUT_CHECKS} look at the
 *       box tree, and when one finds marks broken apart, the passes run again keeping them together
 *       and the document is laid out again (at most {@link #MAX_LAYOUTS} layouts); the last layout's
 *       justified lines take their slack in JLREQ's order ({@link LineJustifier});
 *   <li>the {@link #PAGE_PASSES} work on the drawn pages, which PDFBox then saves;
 *   <li>the {@link #FILE_PASSES} mend the saved file.
 * </ol>
 *
 * <p>A new stage is one class and one line in its list. The lists are the only place the order is
 * written; each stage's documentation says what it needs to run after.
 */
final class PdfPipeline {
    /** Rewrites of the tree, in order (each sees the one before it's work). */
    static final List<AstPass> AST_PASSES = List.of(
            new DrawableTextPass(),     // 〓 for missing glyphs: first, so that every later pass sees the text drawn
            new RightToLeftPass(),      // Arabic and Hebrew runs as seen, Arabic shaped: before anything splits a text
            new PageReferencePass(),    // a cross-reference's page after it (its words then glued and spaced as text)
            new RubyPass(),             // ruby as inline-blocks with the reading above; mono-ruby one per character
            new RunningHeadPass(),      // chapter heads copied, running heads cut to their line
            new KinsokuGluePass(),      // brackets and punctuation glued across element boundaries
            new LatinSpacingPass(),     // 和欧間 spans (after the glue, which moves characters between elements)
            new LastLineKeepPass(),     // a paragraph's last characters together (after the glue and the spans it counts)
            new PunctuationSpacingPass(), // 」「 and the like closed up (after the last-line keep, whose inline-block would size it wrong)
            new WordSpacePass(),        // Latin word spaces out of justification (after the keeps, which count spaces in text)
            new PhraseBreaksPass(),     // display texts for the line breaker, as the page shows them
            new KinsokuPicturePass());  // pictures marked, and kept with their punctuation where a layout broke them

    /** Looks at a layout for what the passes must keep together in the next. */
    static final List<LayoutCheck> LAYOUT_CHECKS = List.of(
            new KinsokuPictureLayoutCheck());

    /** Work on the drawn pages, in order. */
    static final List<PagePass> PAGE_PASSES = List.of(
            new EmptyArtifactPagePass(), // openhtmltopdf's empty background artifacts out: first, so that every later pass reads less
            new LatinSpacingPagePass(), // the 和欧間 spaces out of the text layer
            new ShapedTextPagePass(),   // shaped (Devanagari) runs carry the text as written
            new CodeTextPagePass(),     // a code block's element carries its code as written (ActualText)
            new BlankPagePass(),        // no running head or folio on a blank page
            new PrintMarksPagePass(),   // bleed boxes and crop marks (the page boxes grow: after the content passes)
            new FileIdentityPagePass()); // dates and /ID: last, the file's identity as saved

    /** What the saved file needs mended, in order. */
    static final List<FilePass> FILE_PASSES = List.of(
            new XrefStreamFilePass());  // the cross-reference stream lists itself (/Size)

    /** Layouts at most per document: the first, and two more that keep what a check found broken. */
    static final int MAX_LAYOUTS = 3;

    private final PdfTheme pdf;
    private final FontStacks fonts;
    private final ThemeFiles files;
    private final PdfXhtml xhtml;
    private final Pictures pictures;
    private final Optional<Path> projectDir;

    PdfPipeline(PdfTheme pdf, CodeStyle codeStyle, FontStacks fonts, ThemeFiles files, Pictures pictures, Optional<Path> projectDir) {
        this.pdf = pdf;
        this.fonts = fonts;
        this.files = files;
        this.xhtml = new PdfXhtml(pdf, codeStyle, new ThemeTemplates(files), fonts.firstFile("mono-ja"));
        this.pictures = pictures;
        this.projectDir = projectDir;
    }

    /** The document through every pass in order. */
    static Document applyAstPasses(Document doc, PassContext ctx) {
        for (AstPass p : AST_PASSES) doc = p.apply(doc, ctx);
        return doc;
    }

    /** The CSS of every pass, in order. */
    static String css(PassContext ctx) {
        StringBuilder sb = new StringBuilder();
        for (AstPass p : AST_PASSES) sb.append(p.css(ctx));
        return sb.toString();
    }

    /** The PDF bytes of a document dated {@code date}. */
    byte[] render(Document doc, Instant date, Diagnostics diags) throws IOException {
        MathFonts.use(fonts);
        Prepared prep = prepare(doc, diags);
        Set<Integer> kept = new TreeSet<>();
        for (int layout = 1; ; layout++) {
            PassContext ctx = context(prep, kept);
            String html = xhtml.write(doc, prep.outline(), prep.css(), ctx);
            Diagnostics layoutDiags = new Diagnostics();
            try (PdfLayout l = PdfLayout.of(html, doc, ctx, fonts, prep.stacks(), prep.derived(), projectDir, layoutDiags)) {
                l.layout();
                stopIfInterrupted();
                if (layout < MAX_LAYOUTS) {
                    Set<Integer> broken = new TreeSet<>();
                    for (LayoutCheck c : LAYOUT_CHECKS) broken.addAll(c.broken(l.root()));
                    if (!broken.isEmpty()) {
                        kept.addAll(broken);
                        continue;
                    }
                }
                l.justify();
                PDDocument pages = l.pages();
                stopIfInterrupted();
                PageContext pageCtx = new PageContext(doc, pdf, date, l.latinSpaceFont(), l.shapedFonts());
                for (PagePass p : PAGE_PASSES) p.apply(pages, pageCtx);
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
                pages.save(out);
                byte[] file = out.toByteArray();
                for (FilePass p : FILE_PASSES) file = p.apply(file);
                layoutDiags.all().forEach(diags::report);
                return file;
            }
        }
    }

    /** The XHTML openhtmltopdf receives for the first layout (the golden-file form of this pipeline's input). */
    String firstXhtml(Document doc, Diagnostics diags) {
        Prepared prep = prepare(doc, diags);
        return xhtml.write(doc, prep.outline(), prep.css(), context(prep, Set.of()));
    }

    /** What every layout of a document shares: stylesheet, its stacks, outline, 和欧間 face, missing glyphs, display texts. */
    private record Prepared(String css, List<String> stacks, List<JapaneseFirstStacks.Derived> derived, Outline outline,
                            Optional<LatinSpaceFont> latinSpace, Set<Integer> missingGlyphs, PhraseKeeping phrases) {}

    private Prepared prepare(Document doc, Diagnostics diags) {
        String css = files.requireText(pdf.stylesheet());
        List<String> stacks = fonts.namedIn(css + xhtml.codeCss()); // the theme binder made sure there is one
        Outline outline = Outline.of(doc.blocks());
        Set<Integer> missing = GlyphCheck.missing(doc, outline.blocks(), fonts, stacks, pictures, diags);
        JapaneseFirstStacks.Rewrite turned = JapaneseFirstStacks.of(css, fonts);
        return new Prepared(turned.css(), stacks, turned.derived(), outline, LatinSpaceFont.choose(pdf, fonts, stacks), missing,
                new PhraseKeeping());
    }

    /** The body's pass context for one layout, which keeps the marks {@code kept} together. */
    private PassContext context(Prepared prep, Set<Integer> kept) {
        return new PassContext(PassContext.Part.BODY, pdf, prep.latinSpace(), prep.missingGlyphs(), pictures,
                new Marks(kept), prep.phrases());
    }

    /** The build's time bound interrupts this thread; openhtmltopdf itself never looks (issue 8). */
    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("rendering interrupted");
    }
}
