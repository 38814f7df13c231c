package dev.hanmoto.render.pdf;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.hanmoto.render.EmbeddedFont;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The theme's font stacks handed to openhtmltopdf for one layout: each stack that the stylesheet
 * names, registered under its name as a CSS font family, each face embedded as a subset (and loaded
 * into the layout's PDF only if the layout asks for it), built on the process-wide parsed font
 * ({@link FontLibrary}); the 和欧間 face under its own family ({@link LatinSpaceFont}); and the
 * theme's fallback chain behind them all ({@link #addFallback}).
 */
final class LayoutFonts {
    /** The CSS family of the {@code i}-th fallback face: a name no stylesheet uses, as the faces are behind every family. */
    static final String FALLBACK_FAMILY = "hanmoto-fallback-";

    private final EmbeddedFont latinSpace;
    private final List<FontFace> fallback;
    private final PDDocument target;

    private LayoutFonts(EmbeddedFont latinSpace, List<FontFace> fallback, PDDocument target) {
        this.latinSpace = latinSpace;
        this.fallback = fallback;
        this.target = target;
    }

    /**
     * The theme's fallback chain ({@code font-fallback}) behind every family of this layout: openhtmltopdf
     * tries, for each character, the faces of the family the CSS names, then these in order (before its
     * PDF base fonts, which have no Japanese and are never embedded). Each is embedded as a subset, and only
     * if a character needs it. Called once the renderer is built: openhtmltopdf's builder takes fallback
     * fonts only as streams, which would parse each font again for every layout.
     */
    void addFallback(PdfBoxFontResolver resolver) {
        for (int i = 0; i < fallback.size(); i++) {
            FontFace face = fallback.get(i);
            resolver.addFont(new EmbeddedFont(target, face.file(), FontLibrary::font), FALLBACK_FAMILY + i, face.weight(),
                    face.style() == FontFace.Style.ITALIC ? IdentValue.ITALIC : IdentValue.NORMAL, true,
                    PdfBoxFontResolver.FontGroup.PRE_BUILT_IN_FALLBACK);
        }
    }

    /** Registers {@code stacks} (and the 和欧間 face) with {@code builder} for a layout into {@code target}. */
    static LayoutFonts register(PdfRendererBuilder builder, PDDocument target, FontStacks fonts, List<String> stacks,
                                Optional<LatinSpaceFont> space) {
        for (String name : stacks) {
            for (FontFace face : fonts.find(name).orElseThrow()) {
                builder.useFont(new EmbeddedFont(target, face.file(), file -> FontLibrary.font(face)), name, face.weight(),
                        face.style() == FontFace.Style.ITALIC ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
        }
        EmbeddedFont latinSpace = space.map(sp -> new EmbeddedFont(target, sp.face().file(),
                file -> FontLibrary.font(sp.face()))).orElse(null);
        if (latinSpace != null) builder.useFont(latinSpace, LatinSpaceFont.FAMILY, 400, FontStyle.NORMAL, true);
        return new LayoutFonts(latinSpace, fonts.fallback(), target);
    }

    /** The 和欧間 font as the layout embedded it; empty if no text used it. */
    Optional<PDFont> latinSpaceFont() {
        return latinSpace == null ? Optional.empty() : latinSpace.supplied();
    }
}
