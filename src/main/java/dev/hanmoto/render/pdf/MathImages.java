package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Inline;
import dev.hanmoto.render.math.TexMath;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import java.util.Base64;
import java.util.Optional;

/** TeX formulas for the PDF: drawn by {@link TexMath}, placed inline as {@code data:} SVG (no file, no network). */
final class MathImages {
    private MathImages() {}

    /** Whether the formula will be drawn as a picture (not shown as its TeX). */
    static boolean isDrawn(Inline.Math m) {
        return TexMath.find(m.tex(), m.isDisplay()).isPresent();
    }

    static Optional<XhtmlOptions.MathImage> dataUri(XhtmlOptions.Formula f) {
        return TexMath.find(f.tex(), f.display()).map(p -> new XhtmlOptions.MathImage(
                "data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(p.svg()), p.width(), p.height(), p.depth()));
    }
}
