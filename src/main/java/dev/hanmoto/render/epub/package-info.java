/**
 * EPUB 3 output: {@link dev.hanmoto.render.epub.EpubRenderer} splits a document into chapter files
 * (book chapter divs, headings at {@code epub.split-level}, {@code epub.max-file-kb}), writes the package
 * document (OPF 3.0, with accessibility metadata), the navigation document with landmarks, an NCX for
 * EPUB 2 reading systems, copies local images (PNG, JPEG, GIF, WebP, self-contained SVG) and subset
 * fonts (with a rebuilt {@code vert} GSUB for vertical writing), and zips it all reproducibly with
 * {@code java.util.zip}. Chapter bodies come from the shared {@link dev.hanmoto.render.xhtml.XhtmlWriter};
 * the page around them from the theme's Thymeleaf template. Reads only the theme's {@code epub} section,
 * font stacks and files.
 *
 * <p>Must not import {@code dev.hanmoto.source}, {@code dev.hanmoto.book}, flexmark, or another
 * renderer's package: everything it needs is in the AST.
 */
package dev.hanmoto.render.epub;
