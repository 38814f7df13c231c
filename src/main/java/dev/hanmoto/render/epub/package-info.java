/**
 * EPUB 3 output. {@link dev.hanmoto.render.epub.EpubRenderer} keeps the package for itself — manifest
 * and spine ({@code PackageDocument}, OPF 3.0 with accessibility metadata), the navigation document with
 * landmarks and the NCX for EPUB 2 reading systems ({@code Navigation}, {@code Toc}), and the
 * reproducible zip ({@code EpubZip}, {@code java.util.zip}) — and gives every other job to one class:
 * {@code BookFlattener} (book chapter and part divs unwrapped), {@code ImageResources} (local images
 * checked and copied: PNG, JPEG, GIF, WebP, self-contained SVG), {@code HeadingIds} (book-unique ids),
 * {@code TateChuYoko} (縦中横 in vertical books), {@code ChapterSplitter} (files at
 * {@code epub.split-level}, under {@code epub.max-file-kb}), {@code ChapterLinks} (links checked and
 * pointed across files), {@code CoverImage}, {@code MathFiles} (formulas as SVG files),
 * {@code FontSubsets} (subset fonts, with a rebuilt {@code vert} GSUB for vertical writing,
 * {@code VerticalGsub}) and {@code ContentDocuments}: chapter bodies from the shared
 * {@link dev.hanmoto.render.xhtml.XhtmlWriter}, the page around them from the theme's Thymeleaf
 * template. Which links and image sources may be kept is {@link dev.hanmoto.html.HtmlPolicy}'s rule.
 * Reads only the theme's {@code epub} section, font stacks and files.
 *
 * <p>Must not import {@code dev.hanmoto.source}, {@code dev.hanmoto.book}, flexmark, Jackson, jsoup, or
 * another renderer's package ({@code render.pdf}, {@code render.card}): everything it needs is in the AST.
 */
package dev.hanmoto.render.epub;
