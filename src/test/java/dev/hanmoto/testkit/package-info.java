/**
 * The test kit: one place to load themes ({@link dev.hanmoto.testkit.TestThemes}), build documents
 * from Markdown text through the real reader ({@link dev.hanmoto.testkit.TestDocuments}), render PDFs
 * ({@link dev.hanmoto.testkit.TestPdfs}) and read them back — text, lines, glyph positions, tagged
 * paragraphs, pictures ({@link dev.hanmoto.testkit.PdfReadBack}). Everything goes through the
 * public API, as a user's build does; nothing here is a mock.
 */
package dev.hanmoto.testkit;
