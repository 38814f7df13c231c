/**
 * The one AST → XHTML writer shared by the PDF and EPUB renderers ({@link dev.hanmoto.render.xhtml.XhtmlWriter}),
 * with per-output options (footnotes as page floats or as EPUB asides, how images and emoji are
 * referenced). Emits well-formed XHTML only; never copies raw markup through. Imports only {@code ast},
 * {@code render.highlight} and {@code text} (kinsoku across code tokens; and the JDK): what differs between outputs comes in through the options.
 */
package dev.hanmoto.render.xhtml;
