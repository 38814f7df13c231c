package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/**
 * The font mapper that replaces PDFBox's. openhtmltopdf creates the standard-14 fonts for every
 * layout (the card's too); before the fix they failed with a NullPointerException whenever no theme
 * font had been loaded yet — in a fresh JVM, or in a parallel build where the card started first.
 */
class FontLibraryTest {
    @Test
    void standardFontsMapEvenBeforeAnyThemeFontIsLoaded() {
        assertFalse(FontLibrary.hasGlyph(List.of(), 'a')); // installs the mapper, loads no font
        for (Standard14Fonts.FontName name : Standard14Fonts.FontName.values()) {
            assertNotNull(new PDType1Font(name).getName(), name.toString());
        }
    }
}
