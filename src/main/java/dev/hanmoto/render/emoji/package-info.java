/**
 * Colour emoji artwork shared by the PDF and card renderers: Twemoji SVGs (graphics CC-BY 4.0, see
 * {@code NOTICE}) bundled as one resource and looked up by emoji sequence
 * ({@link dev.hanmoto.render.emoji.EmojiArtwork}). Pure data lookup: imports only the JDK and ICU4J,
 * nothing of Hanmoto ({@code source}, {@code theme}, any renderer) and no rendering library.
 */
package dev.hanmoto.render.emoji;
