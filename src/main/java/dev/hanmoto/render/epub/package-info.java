/**
 * EPUB 3 output: {@link dev.hanmoto.render.epub.EpubRenderer} splits a document into chapter files,
 * writes the package document (OPF 3.0), the navigation document, an NCX for EPUB 2 reading systems,
 * copies images and subset fonts, and zips it all reproducibly with {@code java.util.zip}. Chapter
 * bodies come from the shared {@link dev.hanmoto.render.xhtml.XhtmlWriter}; the page around them from
 * the theme's Thymeleaf template. Reads only the theme's {@code epub} section, font stacks and files.
 * Must not import {@code dev.hanmoto.source}, flexmark, or another renderer's package.
 */
package dev.hanmoto.render.epub;
