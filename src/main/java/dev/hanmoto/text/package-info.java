/**
 * Japanese text rules, in one place for every output and check: the JLREQ character classes
 * ({@link dev.hanmoto.text.JlreqClass}, W3C JLREQ Appendix A) and the kinsoku sets derived from them
 * ({@link dev.hanmoto.text.Kinsoku}: what may not start or end a line), script tests
 * ({@link dev.hanmoto.text.Script}: kana, kanji, Latin, full-width), and ICU4J's break iterators for
 * a document's language ({@link dev.hanmoto.text.BreakIterators}: strict line breaking, phrases,
 * words, grapheme clusters), and CommonMark's emphasis delimiter rules with the CJK-friendly amendment
 * ({@link dev.hanmoto.text.DelimiterFlanking}). The PDF and card renderers, the build's checks, the transforms and the
 * tests all ask here, so that the card and the PDF cannot disagree on what may start a line.
 *
 * <p>Imports only the JDK and ICU4J: nothing of {@code ast}, {@code source}, {@code render},
 * {@code theme} or any other part of Hanmoto, so that any of them may use it.
 */
package dev.hanmoto.text;
