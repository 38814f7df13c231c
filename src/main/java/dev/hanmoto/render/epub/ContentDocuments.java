package dev.hanmoto.render.epub;

import static dev.hanmoto.render.xhtml.XhtmlWriter.escape;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.ThemeTemplates;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The book's XHTML content documents: chapter bodies from the shared {@link XhtmlWriter} (footnotes as
 * EPUB asides, numbered through the whole book; images, formulas and cross-file links as hrefs relative
 * to each file), each wrapped in the theme's {@code epub.template} with the book's stylesheets. The
 * navigation and cover pages use the same template.
 */
final class ContentDocuments {
    private final EpubTheme epub;
    private final ThemeTemplates templates;
    private final Document doc;
    private final boolean vertical;
    private final List<String> stylesheets;

    /**
     * @param stylesheets package-relative hrefs of the stylesheets every page links, in order
     */
    ContentDocuments(EpubTheme epub, ThemeTemplates templates, Document doc, List<String> stylesheets) {
        this.epub = epub;
        this.templates = templates;
        this.doc = doc;
        this.vertical = epub.writingMode() == EpubTheme.WritingMode.VERTICAL_RL;
        this.stylesheets = List.copyOf(stylesheets);
    }

    /**
     * Every chapter's page, by href in reading order. A page above {@code epub.max-file-kb} (one block
     * that large: the splitter cuts only between blocks) is kept, with a warning.
     */
    Map<String, String> chapters(List<Chapter> chapters, MathFiles math, ChapterLinks links, Diagnostics diags) {
        Map<String, String> documents = new LinkedHashMap<>();
        int notes = 0;
        for (Chapter ch : chapters) {
            XhtmlWriter w = new XhtmlWriter(options(ch.href(), math, links), notes);
            String body = w.blocks(ch.blocks());
            String asides = w.footnotes();
            notes = w.lastNoteNumber();
            String page = page(ch.href(), ch.lang(), ch.title(), ch.matter(), body, asides);
            documents.put(ch.href(), page);
            long size = page.getBytes(StandardCharsets.UTF_8).length;
            if (size > epub.maxFileKb() * 1024L) {
                diags.report(Diagnostic.warning("epub-file-size", "chapter file " + ch.href() + " is " + size / 1024
                        + " KB, more than epub.max-file-kb (" + epub.maxFileKb() + "), because one block is that large;"
                        + " some reading systems fail above 256 KB", doc.source(), 0, 0));
            }
        }
        return documents;
    }

    /** The cover page {@code href}: the cover image alone, its alternative text the book's title. */
    String coverPage(String href, String lang, ImageResources.Item cover, String title) {
        return page(href, lang, epub.labels().cover(), "cover",
                "<div class=\"cover-image\"><img src=\"" + escape(EpubLayout.relative(href, cover.href()))
                        + "\" alt=\"" + escape(title) + "\"/></div>\n", "");
    }

    /**
     * One page through the theme's template.
     *
     * @param bodyType the {@code epub:type} of the body (matter, {@code cover})
     * @param notes    the footnote asides that follow the body
     */
    String page(String href, String lang, String title, String bodyType, String body, String notes) {
        List<String> css = new ArrayList<>();
        for (String s : stylesheets) css.add(EpubLayout.relative(href, s));
        Map<String, Object> vars = new HashMap<>();
        vars.put("lang", lang);
        vars.put("title", escape(title.isBlank() ? doc.slug() : title));
        vars.put("stylesheets", css);
        vars.put("htmlClass", vertical ? "vrtl" : "hltr");
        vars.put("bodyType", bodyType);
        vars.put("body", body);
        vars.put("notes", notes);
        return templates.render(epub.template(), vars);
    }

    private XhtmlOptions options(String href, MathFiles math, ChapterLinks links) {
        return XhtmlOptions.of(XhtmlOptions.FootnoteStyle.EPUB_ASIDE)
                .withCode(new XhtmlOptions.Code(epub.code().lineNumbers(), false))
                .withMathSource(f -> math.image(href, f))
                .withImageSource(img -> img.src().isEmpty() ? Optional.empty() : Optional.of(EpubLayout.relative(href, img.src())))
                .withLinkTarget(t -> links.target(href, t));
    }
}
