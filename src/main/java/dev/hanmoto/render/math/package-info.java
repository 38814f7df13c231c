/**
 * TeX math drawn as pictures, shared by the PDF and EPUB renderers: {@link dev.hanmoto.render.math.TexMath}
 * lays a formula out with jlatexmath and records it as self-contained SVG (glyphs as paths) with its box
 * in em of the surrounding text, so that the picture sits on the text's baseline at the text's size.
 * Imports nothing of Hanmoto ({@code source}, {@code theme}, any renderer): only the JDK, jlatexmath and
 * Batik's SVG generator; no rendering decisions about pages.
 */
package dev.hanmoto.render.math;
