/**
 * Renderers: each turns a transformed {@link dev.hanmoto.ast.Document} into files, driven only by its
 * own theme section. Renderers never see flexmark types or raw front matter.
 */
package dev.hanmoto.render;
