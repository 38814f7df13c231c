package dev.hanmoto.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.FontStacks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The theme's font stacks handed to openhtmltopdf for one layout: each stack that the stylesheet
 * names, registered under its name as a CSS font family, each face embedded as a subset (and loaded
 * into the layout's PDF only if the layout asks for it), built on the process-wide parsed font
 * ({@link FontLibrary}); and the 和欧間 face under its own family ({@link LatinSpaceFont}).
 */
final class LayoutFonts {
    private final SharedFontSupplier latinSpace;

    private LayoutFonts(SharedFontSupplier latinSpace) {
        this.latinSpace = latinSpace;
    }

    /** Registers {@code stacks} (and the 和欧間 face) with {@code builder} for a layout into {@code target}. */
    static LayoutFonts register(PdfRendererBuilder builder, PDDocument target, FontStacks fonts, List<String> stacks,
                                Optional<LatinSpaceFont> space) {
        for (String name : stacks) {
            for (FontFace face : fonts.find(name).orElseThrow()) {
                builder.useFont(new SharedFontSupplier(target, face), name, face.weight(),
                        face.style() == FontFace.Style.ITALIC ? FontStyle.ITALIC : FontStyle.NORMAL, true);
            }
        }
        SharedFontSupplier latinSpace = space.map(sp -> new SharedFontSupplier(target, sp.face())).orElse(null);
        if (latinSpace != null) builder.useFont(latinSpace, LatinSpaceFont.FAMILY, 400, FontStyle.NORMAL, true);
        return new LayoutFonts(latinSpace);
    }

    /** The 和欧間 font as the layout embedded it; empty if no text used it. */
    Optional<PDFont> latinSpaceFont() {
        return latinSpace == null ? Optional.empty() : Optional.ofNullable(latinSpace.supplied());
    }

    /** Hands openhtmltopdf a font for this document built on the process-wide parsed font. */
    private static final class SharedFontSupplier extends PDFontSupplier {
        private final PDDocument doc;
        private final FontFace face;
        private PDFont supplied;

        SharedFontSupplier(PDDocument doc, FontFace face) {
            super(null);
            this.doc = doc;
            this.face = face;
        }

        @Override
        public PDFont supply() {
            try {
                supplied = PDType0Font.load(doc, FontLibrary.font(face), true);
                return supplied;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load font " + face.file(), e);
            }
        }

        /** The font last handed to openhtmltopdf; null if it never asked (no text used it). */
        PDFont supplied() {
            return supplied;
        }
    }
}
