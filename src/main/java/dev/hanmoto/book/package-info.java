/**
 * Books: a folder with a {@code book.yaml} manifest ({@link dev.hanmoto.book.BookManifestReader}), an
 * mdBook's {@code book.toml} ({@code MdBookManifestReader}) or a HonKit/GitBook {@code book.json} or
 * {@code SUMMARY.md} ({@code HonKitManifestReader}, {@code SummaryReader}), whose chapter files are read —
 * their includes and variables expanded first by the format's {@link dev.hanmoto.source.Preprocessor}
 * ({@code MdBookLinks}, {@code HonKitTemplates}) — and assembled into one {@link dev.hanmoto.ast.Document}
 * ({@link dev.hanmoto.book.BookLoader}). Renderers never see the manifest; everything they need is in
 * the AST, by the conventions below (class and attribute names in {@link dev.hanmoto.ast.BookClasses}).
 *
 * <h2>AST conventions for books</h2>
 * <ul>
 *   <li>{@code Document.source} is the manifest's path ({@code book.yaml}, {@code book.toml},
 *       {@code book.json} or a HonKit book's {@code SUMMARY.md}); its parent is the book folder.
 *       {@code Meta} comes from the manifest; {@code slug} defaults to the folder name; the manifest's
 *       {@code theme} is kept under the meta key {@code theme} for the build to honour.</li>
 *   <li>Top-level blocks are chapter and part {@code Div}s, in reading order: front matter, body,
 *       appendices, back matter.</li>
 *   <li>A chapter is a {@code Div} with class {@code chapter}, an id {@code chapter-<file stem>} and the
 *       attribute {@code data-source} (its file, relative to the book folder). Extra classes:
 *       {@code front-matter}, {@code appendix} or {@code back-matter} for the matter it belongs to
 *       (EPUB may map them to {@code epub:type} preface/appendix/colophon), and {@code unnumbered}
 *       when it carries no label. A labelled chapter has {@code data-chapter-number} ({@code 3},
 *       {@code B}) and {@code data-chapter-label} ({@code 第3章}, {@code 付録B}). A chapter whose
 *       front matter sets {@code lang} other than the book's has a {@code lang} attribute.</li>
 *   <li>A chapter's first block is its title heading (normally level 1). In a labelled chapter that
 *       heading starts with {@code Span(class chapter-number)[label]} and a space, so TOC, PDF outline,
 *       running heads and EPUB nav built from heading text all show {@code 第3章 タイトル}. A renderer
 *       may style the span (e.g. {@code display: block}) or drop it where the label is shown otherwise.</li>
 *   <li>A sub-chapter (a nested summary entry) is a chapter {@code Div} inside its chapter's, after the
 *       chapter's own blocks, with the classes and attributes above but no number; its headings are set
 *       one level further down per depth ({@code h2} under a chapter), so that a TOC or outline built from
 *       headings nests it and print runs it on instead of opening a page.</li>
 *   <li>A part is a {@code Div} with class {@code part}, {@code data-source} naming the file that lists
 *       the chapters ({@code book.yaml}, {@code src/SUMMARY.md}) and
 *       {@code data-part-number}; its first block is a level-1 heading with class {@code part-title}
 *       and id {@code part-<n>}, followed by its chapter divs. Part and chapter titles are both level-1
 *       headings: a flat outline lists parts among chapters; a nested one should put the chapters of a
 *       part div one level below the part title.</li>
 *   <li>Ids are unique across the whole book. Links between chapters are already rewritten to
 *       {@code #<id>}; a renderer that splits the book into files (EPUB) maps {@code #id} to
 *       {@code file.xhtml#id} as it does for one article.</li>
 *   <li>Every relative image {@code src} has been rewritten to be relative to the book folder (it
 *       was relative to its chapter file), so renderers resolve all images against
 *       {@code Document.source}'s parent, as for a single article.</li>
 *   <li>Source positions on nodes are positions in the chapter file, not in {@code book.yaml}: a
 *       renderer reporting a node's {@code line:col} should name the enclosing chapter's
 *       {@code data-source}, resolved against the book folder — unless the position names a file of its
 *       own ({@code SourcePos.file}, text included from another file), which it then reports.</li>
 *   <li>Relative link targets that are not Markdown files are left as written (chapter-relative).</li>
 * </ul>
 *
 * <h2>Wiring</h2>
 * The build reads every input through
 * {@code BookLoader.dispatching(project.dir(), chapterLoader)}: book folders (and their manifests)
 * go to a {@link dev.hanmoto.book.BookLoader} that reads each chapter with {@code chapterLoader}
 * (the one used for single Markdown files, given the book's preprocessor), everything else to
 * {@code chapterLoader} itself with none.
 *
 * <p>Must not import {@code dev.hanmoto.render}, {@code dev.hanmoto.theme}, {@code dev.hanmoto.cli}
 * or flexmark: it produces a document, it does not know how one is rendered.
 */
package dev.hanmoto.book;
