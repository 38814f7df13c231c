package dev.hanmoto.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.hanmoto.render.EmbeddedFont;
import dev.hanmoto.render.ShapedFont;
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
    private final EmbeddedFont latinSpace;
    private final List<FontFace> fallback;
    private final PDDocument target;
    private final List<EmbeddedFont> fallbackFonts = new java.util.ArrayList<>();

    private LayoutFonts(EmbeddedFont latinSpace, List<FontFace> fallback, PDDocument target) {
        this.latinSpace = latinSpace;
        this.fallback = fallback;
        this.target = target;
    }

    /** The theme's fallback chain behind every family of this layout ({@link EmbeddedFont#addFallback}). */
    void addFallback(PdfBoxFontResolver resolver) {
        fallbackFonts.addAll(EmbeddedFont.addFallback(resolver, target, fallback, FontLibrary::font));
    }

    /** Registers {@code stacks} (and the 和欧間 face) with {@code builder} for a layout into {@code target}. */
    static LayoutFonts register(PdfRendererBuilder builder, PDDocument target, FontStacks fonts, List<String> stacks,
                                List<JapaneseFirstStacks.Derived> derived, Optional<LatinSpaceFont> space) {
        for (String name : stacks) {
            for (FontFace face : fonts.find(name).orElseThrow()) {
                builder.useFont(new EmbeddedFont(target, face.file(), file -> FontLibrary.font(face)), name, face.weight(), style(face), true);
            }
        }
        for (JapaneseFirstStacks.Derived d : derived) {
            List<FontFace> latin = fonts.find(d.latin()).orElseThrow();
            for (FontFace face : fonts.find(d.base()).orElseThrow()) {
                builder.useFont(new EmbeddedFont(target, face.file(), file -> JapaneseFirstStacks.font(face, latin)), d.family(),
                        face.weight(), style(face), true);
            }
        }
        EmbeddedFont latinSpace = null;
        if (space.isPresent()) {
            FontFace face = space.get().face();
            latinSpace = new EmbeddedFont(target, face.file(), file -> FontLibrary.font(face));
            builder.useFont(latinSpace, LatinSpaceFont.FAMILY, 400, FontStyle.NORMAL, true);
            // A font object of its own, so that the page pass that removes the 和欧間 spaces leaves these.
            builder.useFont(new EmbeddedFont(target, face.file(), file -> FontLibrary.font(face)), LatinSpaceFont.WORD_FAMILY, 400, FontStyle.NORMAL, true);
        }
        return new LayoutFonts(latinSpace, fonts.fallback(), target);
    }

    private static FontStyle style(FontFace face) {
        return face.style() == FontFace.Style.ITALIC ? FontStyle.ITALIC : FontStyle.NORMAL;
    }

    /** The fallback faces the layout embedded shaped ({@link ShapedFont}): those whose text needs ActualText. */
    List<PDFont> shapedFonts() {
        return fallbackFonts.stream().flatMap(f -> f.supplied().stream()).filter(ShapedFont::isShaped).toList();
    }

    /** The 和欧間 font as the layout embedded it; empty if no text used it. */
    Optional<PDFont> latinSpaceFont() {
        return latinSpace == null ? Optional.empty() : latinSpace.supplied();
    }
}
