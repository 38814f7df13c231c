/**
 * Renderers: each turns a transformed {@link dev.hanmoto.ast.Document} into files, driven only by its
 * own theme section. Renderers never see flexmark or Jackson types, raw HTML (jsoup) or raw front matter:
 * no package under {@code render} imports {@code source}, {@code book}, {@code build}, {@code cli} or
 * {@code transform}. This package holds what several renderers share: {@link dev.hanmoto.render.Renderer},
 * {@link dev.hanmoto.render.OutputSink}, {@link dev.hanmoto.render.SourceDate},
 * {@link dev.hanmoto.render.SafeSvg}, {@link dev.hanmoto.render.EmbeddedFont} (a theme face offered to an
 * openhtmltopdf layout), the math fonts and the layout log.
 */
package dev.hanmoto.render;
