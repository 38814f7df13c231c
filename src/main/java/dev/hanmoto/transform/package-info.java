/**
 * Pure {@code Document → Document} rewrites, each a {@link dev.hanmoto.transform.Transform} named by
 * what it does ({@link dev.hanmoto.transform.AssignHeadingIds},
 * {@link dev.hanmoto.transform.RemoveCjkSoftBreaks}, {@link dev.hanmoto.transform.MarkEmoji});
 * {@link dev.hanmoto.transform.Transforms#standard()} chains them in the right order. Transforms never
 * mutate their input, so per-output pipelines cannot leak into each other.
 *
 * <p>Footnotes are not numbered here: a {@link dev.hanmoto.ast.Inline.Note} holds its content where it
 * is referenced, and numbering depends on the output (per page in print, per chapter or per book in
 * EPUB), so writers number notes in document order themselves.
 *
 * <p>Imports only {@code ast}, {@code text} (the Japanese text rules) and ICU4J; never {@code source}
 * (no flexmark, no jsoup), {@code render}, {@code theme} or {@code cli}.
 */
package dev.hanmoto.transform;
