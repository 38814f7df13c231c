package dev.hanmoto.render.pdf;

import dev.hanmoto.theme.PdfTheme;
import java.util.Optional;
import java.util.Set;

/**
 * What an AST pass knows besides the document it rewrites.
 *
 * @param part          which part of the page the document is
 * @param pdf           the theme's {@code pdf} section
 * @param latinSpace    how 和欧間 is set; empty when the theme turns it off
 * @param missingGlyphs characters no font of the stylesheet's stacks has ({@link GlyphCheck})
 * @param pictures      what is drawn as a picture
 * @param marks         this layout's marks
 * @param phrases       the display texts, for the line breaker (filled by {@link PhraseBreaksPass})
 */
record PassContext(Part part, PdfTheme pdf, Optional<LatinSpaceFont> latinSpace, Set<Integer> missingGlyphs,
                   Pictures pictures, Marks marks, PhraseKeeping phrases) {

    /** The parts of the page the passes rewrite, each a document of its own. */
    enum Part {
        /** The document's blocks. */
        BODY,
        /** The title on the title page. */
        TITLE,
        /** The subtitle on the title page. */
        SUBTITLE,
        /** Another title-page line: description, author, date, publisher. */
        TITLE_PAGE,
        /** The running head with {@code running-head: title} (short title, else title). */
        RUNNING_HEAD,
        /** One table-of-contents entry: a heading's text without its footnotes and links. */
        TOC_ENTRY
    }

    /** The same context for another part of the page. */
    PassContext in(Part other) {
        return new PassContext(other, pdf, latinSpace, missingGlyphs, pictures, marks, phrases);
    }
}
