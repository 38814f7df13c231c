/**
 * The test kit: one place for what tests of every package need, so that no test package keeps its own
 * copy: the tests of every package use it.
 *
 * <ul>
 *   <li>Themes: {@link dev.hanmoto.testkit.TestThemes} (the shipped themes by name, variants of the default
 *       theme as YAML child themes with files or CSS of their own, a theme with its {@code epub} section
 *       changed) and {@link dev.hanmoto.testkit.ThemeProject} (a throw-away project folder per test, to
 *       write themes into and collect their diagnostics).</li>
 *   <li>Documents: {@link dev.hanmoto.testkit.TestDocuments} builds them from Markdown text or files
 *       through the real {@code SourceReader} and the standard transforms, and books through the real
 *       {@code BookLoader}; the sample article and the guide.</li>
 *   <li>Files: {@link dev.hanmoto.testkit.TestFiles} writes a few named files into a test's folder at
 *       once, copies a fixture tree to break it, lists what a build wrote.</li>
 *   <li>Outputs: {@link dev.hanmoto.testkit.MemorySink} collects a renderer's files in memory;
 *       {@link dev.hanmoto.testkit.KeptOutputs} writes one under {@code target/} for people to look at
 *       (never compared as bytes).</li>
 *   <li>PDF: {@link dev.hanmoto.testkit.TestPdfs} renders as the build does and keeps the file for
 *       looking at; {@link dev.hanmoto.testkit.PdfReadBack} reads it back — text, lines, glyph positions,
 *       tagged paragraphs, pictures.</li>
 *   <li>EPUB: {@link dev.hanmoto.testkit.EpubFile} (entries, XHTML, the package document),
 *       {@link dev.hanmoto.testkit.EpubCheckReport} (EPUBCheck in-process) and
 *       {@link dev.hanmoto.testkit.ReadBack} (what an EPUB 2 reading system sees).</li>
 *   <li>Bad input: {@link dev.hanmoto.testkit.GoldenCases}, golden text files of input files and every
 *       diagnostic (with its code) they give, rewritten on {@code -Dgolden.update=true}.</li>
 * </ul>
 *
 * <p>Uses the main code only through its public API, as a user's build does; nothing here is a mock.
 */
package dev.hanmoto.testkit;


