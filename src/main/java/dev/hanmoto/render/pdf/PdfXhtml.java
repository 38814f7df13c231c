package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import dev.hanmoto.render.CodeCss;
import dev.hanmoto.theme.CodeStyle;
import dev.hanmoto.theme.PdfTheme;
import dev.hanmoto.theme.ThemeTemplates;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The XHTML that openhtmltopdf lays out: the theme's {@code pdf.template} filled with the body and
 * with the page's other texts (title page, running head, table of contents), each rewritten by the AST
 * passes ({@link PdfPipeline#AST_PASSES}) as a document of its own and written by the one XHTML
 * writer; the passes' CSS goes before the theme's stylesheet. The template's variables are listed in
 * the default theme's {@code pdf.html}.
 */
final class PdfXhtml {
    private final PdfTheme pdf;
    private final ThemeTemplates templates;

    private final String codeCss;

    /** The code blocks' stylesheet (it names font stacks of its own: {@link CodeCss#OBLIQUE_STACK}). */
    String codeCss() {
        return codeCss;
    }
    private final boolean digitPictures;

    /**
     * @param digitsFont the code font, whose digits draw the line numbers as pictures ({@link LineNumberDigits});
     *                   empty: the numbers are text
     */
    PdfXhtml(PdfTheme pdf, CodeStyle codeStyle, ThemeTemplates templates, java.util.Optional<java.nio.file.Path> digitsFont) {
        this.pdf = pdf;
        this.digitPictures = digitsFont.isPresent();
        this.codeCss = CodeCss.css(pdf.code(), codeStyle, true, ContinuationMark.cssUrl(codeStyle.lineNumber()), ContinuationMark.ROWS)
                + digitsFont.map(f -> LineNumberDigits.css(f, codeStyle.lineNumber(), pdf.code().lineHeight())).orElse("");
        this.templates = templates;
    }

    /**
     * The XHTML of {@code doc}, whose headings the {@code outline} numbered; {@code css} is the theme's
     * stylesheet, {@code ctx} the body's pass context.
     */
    String write(Document doc, Outline outline, String css, PassContext ctx) {
        XhtmlOptions options = XhtmlOptions.of(XhtmlOptions.FootnoteStyle.PAGE_FLOAT)
                .withEmojiSource(ctx.pictures().emojiSource())
                .withEmojiInCode(ctx.pictures()::drawnEmoji).withMathSource(MathImages::dataUri)
                .withCode(new XhtmlOptions.Code(pdf.code().lineNumbers(), true, digitPictures, true));
        for (AstPass p : PdfPipeline.AST_PASSES) options = p.xhtml(options);
        Document body = PdfPipeline.applyAstPasses(doc.withBlocks(outline.blocks()), ctx);
        Shown shown = new Shown(doc, ctx, new XhtmlWriter(options));
        Meta meta = doc.meta();
        String title = meta.title().orElse(doc.slug());
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("lang", meta.lang());
        vars.put("setting", setting(pdf.setting()));
        vars.put("title", title);
        vars.put("titleHtml", shown.text(PassContext.Part.TITLE, title));
        vars.put("runningTitleHtml", shown.text(PassContext.Part.RUNNING_HEAD,
                meta.findText(Meta.SHORT_TITLE).or(meta::title).orElse(doc.slug())));
        vars.put("subtitle", meta.findText(Meta.SUBTITLE).map(s -> shown.text(PassContext.Part.SUBTITLE, s)).orElse(null));
        vars.put("description", meta.description().orElse(null));
        vars.put("descriptionHtml", meta.description().map(s -> shown.text(PassContext.Part.TITLE_PAGE, s)).orElse(null));
        String authors = meta.authors().isEmpty() ? null : String.join(", ", meta.authors());
        vars.put("author", authors);
        vars.put("authorHtml", authors == null ? null : shown.text(PassContext.Part.TITLE_PAGE, authors));
        vars.put("date", meta.date().map(s -> shown.text(PassContext.Part.TITLE_PAGE, s)).orElse(null));
        vars.put("publisher", meta.findText(Meta.PUBLISHER).map(s -> shown.text(PassContext.Part.TITLE_PAGE, s)).orElse(null));
        vars.put("keywords", meta.subjects().isEmpty() ? null : String.join(", ", meta.subjects()));
        vars.put("pageCss", PageGeometry.of(pdf.page()).css() + PdfPipeline.css(ctx) + codeCss);
        vars.put("css", css);
        vars.put("bookmarks", outline.bookmarksXml());
        vars.put("toc", toc(outline, shown));
        vars.put("tocTitle", pdf.toc().title());
        vars.put("runningHead", pdf.runningHead().word());
        vars.put("body", new XhtmlWriter(options).blocks(body.blocks()));
        return templates.render(pdf.template(), vars);
    }

    /** The table of contents: level, id, plain text, XHTML and whether it is a book's part. */
    private List<Map<String, Object>> toc(Outline outline, Shown shown) {
        Map<String, List<Inline>> headings = new HashMap<>();
        Set<String> parts = new HashSet<>();
        Walk.forEachBlock(outline.blocks(), b -> {
            if (b instanceof Block.Heading h) headings.putIfAbsent(h.attr().id(), tocInlines(h.inlines()));
            if (b instanceof Block.Heading h && h.attr().hasClass(BookClasses.PART_TITLE)) parts.add(h.attr().id());
        });
        List<Map<String, Object>> out = new ArrayList<>();
        for (Outline.Entry e : outline.toc(pdf.toc().depth())) {
            out.add(Map.of("level", e.level(), "id", e.id(), "text", e.text(),
                    "html", shown.inlines(PassContext.Part.TOC_ENTRY, headings.getOrDefault(e.id(), List.of())),
                    "part", parts.contains(e.id())));
        }
        return out;
    }

    /** Heading content for a TOC entry, itself a link: no nested links, no footnotes. */
    private static List<Inline> tocInlines(List<Inline> inlines) {
        return Walk.mapInlineList(inlines, i -> {
            if (i instanceof Inline.Note) return List.of();
            if (i instanceof Inline.Link l) return l.content();
            return List.of(i);
        });
    }

    /**
     * The page's texts besides the body, each a document of one {@code Plain} block that the AST
     * passes rewrite for its part of the page, written by one writer.
     */
    private record Shown(Document doc, PassContext ctx, XhtmlWriter writer) {
        /** A front-matter text (emoji with artwork as pictures). */
        String text(PassContext.Part part, String s) {
            return inlines(part, ctx.pictures().inlines(s));
        }

        String inlines(PassContext.Part part, List<Inline> inlines) {
            Document small = new Document(doc.meta(), List.of(new Block.Plain(inlines, SourcePos.NONE)), doc.source());
            Document passed = PdfPipeline.applyAstPasses(small, ctx.in(part));
            List<Inline> out = new ArrayList<>();
            for (Block b : passed.blocks()) out.addAll(Walk.ownInlines(b));
            return writer.inlines(out);
        }
    }

    /**
     * The classes of {@code <html>} that say how the body and the headings are set (pdf.setting), for
     * the stylesheet to pick the faces: {@code body-solid} or {@code body-proportional}, and
     * {@code headings-solid} or {@code headings-proportional}.
     */
    static String setting(PdfTheme.Setting setting) {
        return "body-" + setting.body().word() + " headings-" + setting.headings().word();
    }
}
