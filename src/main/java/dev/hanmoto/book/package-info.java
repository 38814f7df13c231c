/**
 * Books: a folder with a {@code book.yaml} manifest ({@link dev.hanmoto.book.BookManifestReader})
 * whose chapter files are read and assembled into one {@link dev.hanmoto.ast.Document}
 * ({@link dev.hanmoto.book.BookLoader}). Renderers never see the manifest; everything they need is in
 * the AST, by these conventions.
 *
 * <h2>AST conventions for books</h2>
 * <ul>
 *   <li>{@code Document.source} is the {@code book.yaml} path; its parent is the book folder.</li>
 *   <li>Every image {@code src} that is a relative path has been rewritten to be relative to the
 *       book folder (it was relative to its chapter file), so renderers resolve all images against
 *       {@code Document.source}'s parent, as for a single article.</li>
 * </ul>
 *
 * <p>Must not import {@code dev.hanmoto.render}, {@code dev.hanmoto.theme}, {@code dev.hanmoto.cli}
 * or flexmark: it produces a document, it does not know how one is rendered.
 */
package dev.hanmoto.book;
