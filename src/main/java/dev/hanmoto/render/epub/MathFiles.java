package dev.hanmoto.render.epub;

import dev.hanmoto.render.math.TexMath;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The book's formulas as SVG files ({@code image/math-001.svg}), drawn by {@link TexMath}: one file per
 * distinct formula and style however often it occurs, numbered in first-use order (same input, same
 * names). The page shows an {@code img} with the TeX as alternative text, as the PDF does.
 */
final class MathFiles {
    private final EpubLayout layout;
    private final Map<XhtmlOptions.Formula, ImageResources.Item> files = new LinkedHashMap<>();

    MathFiles(EpubLayout layout) {
        this.layout = layout;
    }

    /** The picture of a formula as the page {@code fromHref} refers to it; empty if jlatexmath cannot read it. */
    Optional<XhtmlOptions.MathImage> image(String fromHref, XhtmlOptions.Formula f) {
        return TexMath.find(f.tex(), f.display()).map(p -> {
            ImageResources.Item item = files.computeIfAbsent(f, k -> new ImageResources.Item(
                    layout.image() + String.format(Locale.ROOT, "math-%03d.svg", files.size() + 1), "image/svg+xml", p.svg()));
            return new XhtmlOptions.MathImage(EpubLayout.relative(fromHref, item.href()), p.width(), p.height(), p.depth());
        });
    }

    /** The files written so far, in first-use order. */
    List<ImageResources.Item> items() {
        return List.copyOf(files.values());
    }
}
