package dev.hanmoto.theme;

/**
 * Which captions are numbered, in every output alike (a reference in the EPUB reads as the PDF does).
 * Off, a caption has no number and a cross-reference to it reads its caption instead.
 *
 * @param figures 図1, Figure 1 before a figure's caption
 * @param tables  表1, Table 1 before a table's caption
 */
public record Numbering(
        @KeyDoc("Number figures (図1, \"Figure 1\" in English) in document order, across a book; false: no number, and"
                + " @fig: references read the caption in quotes (「処理の流れ」).") boolean figures,
        @KeyDoc("Number captioned tables (表1, \"Table 1\"); false: no number, and @tbl: references read the caption"
                + " in quotes.") boolean tables) {}
