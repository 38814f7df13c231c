package dev.hanmoto.ast;

/**
 * The classes and attributes that mark a book's structure in the AST: the book loader sets them, the
 * writers and renderers read them (the {@code book} package documentation says where each goes). Class
 * names also reach the XHTML, where the themes' stylesheets select them ({@code h1.part-title},
 * {@code .chapter-number}).
 */
public final class BookClasses {
    private BookClasses() {}

    /** Div class of a chapter. */
    public static final String CHAPTER = "chapter";
    /** Div class of a part; its first block is a level-1 heading with class {@value #PART_TITLE}. */
    public static final String PART = "part";
    /** Heading class of a part's title. */
    public static final String PART_TITLE = "part-title";
    /** Span class of the label (第1章, 付録A) at the start of a numbered chapter's first heading. */
    public static final String CHAPTER_NUMBER = "chapter-number";
    /** Chapter div class of the front matter (before the body). */
    public static final String FRONT_MATTER = "front-matter";
    /** Chapter div class of an appendix. */
    public static final String APPENDIX = "appendix";
    /** Chapter div class of the back matter (after the appendices); body chapters have none of these three. */
    public static final String BACK_MATTER = "back-matter";
    /** Chapter div class when the chapter carries no label (front/back matter, unnumbered, numbering none). */
    public static final String UNNUMBERED = "unnumbered";
    /** Chapter div attribute: the number ({@code 3}) or letter ({@code B}) of a labelled chapter. */
    public static final String NUMBER_ATTR = "data-chapter-number";
    /** Chapter div attribute: the full label ({@code 第3章}, {@code 付録B}). */
    public static final String LABEL_ATTR = "data-chapter-label";
    /**
     * Heading class of an article's first level-1 heading when it is the document's title (the title
     * metadata came from it, or is its text): an output that prints the title on a page of its own
     * (the PDF's title page) leaves the heading out, so the title is printed once.
     */
    public static final String DOCUMENT_TITLE = "document-title";
    /** Part div attribute: the part's 1-based number. */
    public static final String PART_NUMBER_ATTR = "data-part-number";
}
