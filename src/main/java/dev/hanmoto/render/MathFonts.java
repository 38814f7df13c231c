package dev.hanmoto.render;

import dev.hanmoto.render.math.TexMath;
import dev.hanmoto.theme.FontStacks;

/**
 * Japanese inside TeX formulas ({@code \text{速度}}) is drawn in the theme's faces — the first of
 * {@code serif-ja} for roman text, of {@code sans-ja} for sans-serif (else the first stack's) — never
 * in fonts installed on the machine, so formulas come out the same everywhere. Called by each
 * renderer that draws formulas before it draws any.
 */
public final class MathFonts {
    private MathFonts() {}

    public static void use(FontStacks fonts) {
        var serif = fonts.firstFile("serif-ja");
        var sans = fonts.firstFile("sans-ja");
        if (serif.isPresent() && sans.isPresent()) TexMath.useTextFonts(serif.get(), sans.get());
    }
}
