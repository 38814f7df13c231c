/**
 * Colour emoji artwork shared by the PDF and card renderers: Twemoji SVGs (graphics CC-BY 4.0, see
 * {@code NOTICE}) bundled as one resource and looked up by emoji sequence
 * ({@link dev.hanmoto.render.emoji.EmojiArtwork}). Pure data lookup: imports nothing of
 * {@code source}, {@code theme} or any other renderer, and no rendering library.
 */
package dev.hanmoto.render.emoji;
