/**
 * What markup may reach a book: {@link dev.hanmoto.html.HtmlPolicy}, the one set of sanitiser rules —
 * the tags and attributes raw HTML may keep, the elements removed with their content, event handlers,
 * the URL schemes links and images may use, and what makes an SVG picture refer outside itself. The
 * Markdown reader (raw HTML), the EPUB renderer (links, images) and the SVG check all ask here.
 *
 * <p>Imports only the JDK: no HTML parser and nothing else of Hanmoto, so that every package may use it.
 */
package dev.hanmoto.html;
