package dev.hanmoto.theme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CssValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"#fff", "#10243e", "rgb(16, 36, 62)", "rgba(0,0,0,0.5)", "rgb(10% 20% 30%)", "navy", "White", "lightgrey"})
    void parsesColours(String s) {
        assertTrue(CssValues.isColour(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#12345", "#ggg", "10243e", "#10243e80", "rgb(1,2)", "rgb(a,b,c)", "navyblue", "hsl(0,0%,0%)", "rebeccapurple", ""})
    void rejectsNonColours(String s) {
        assertFalse(CssValues.isColour(s), s);
        assertTrue(Colour.parse(s).isEmpty(), s);
    }

    @Test
    void hexColoursCarryTheirRgbOthersOnlyTheirCss() {
        assertEquals(0x10243e, Colour.parse("#10243e").orElseThrow().hexRgb().getAsInt());
        assertEquals(0xffffff, Colour.parse("#fff").orElseThrow().hexRgb().getAsInt());
        assertTrue(Colour.parse("navy").orElseThrow().hexRgb().isEmpty());
        assertEquals("rgb(16, 36, 62)", Colour.parse(" rgb(16, 36, 62) ").orElseThrow().css());
    }

    /** B sizes are JIS (JIS P 0138), not ISO: B5 is 182 × 257 mm. */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"B5, 182mm 257mm", "b6, 128mm 182mm", "A5, 148mm 210mm", "Letter, 215.9mm 279.4mm"})
    void pageSizesAreJisForB(String name, String css) {
        assertEquals(css, PageSize.find(name).orElseThrow().css());
    }

    @Test
    void unknownPageSizesAreNotFound() {
        assertTrue(PageSize.find("B7").isEmpty());
    }
}
