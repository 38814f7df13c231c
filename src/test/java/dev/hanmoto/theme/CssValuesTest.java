package dev.hanmoto.theme;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CssValuesTest {
    @ParameterizedTest
    @ValueSource(strings = {"18mm", "1.5cm", "0.5in", "10.5pt", "1pc", "72px", "1.2em", "20Q", "0", ".5mm", "-3mm"})
    void parsesLengths(String s) {
        assertTrue(CssValues.isLength(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18", "18 mm", "mm", "18MM", "18q", "1e3mm", "calc(1mm)", "2rem", ""})
    void rejectsNonLengths(String s) {
        assertFalse(CssValues.isLength(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#fff", "#10243e", "rgb(16, 36, 62)", "rgba(0,0,0,0.5)", "rgb(10% 20% 30%)", "navy", "White", "lightgrey"})
    void parsesColours(String s) {
        assertTrue(CssValues.isColour(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"#12345", "#ggg", "10243e", "#10243e80", "rgb(1,2)", "rgb(a,b,c)", "navyblue", "hsl(0,0%,0%)", "rebeccapurple", ""})
    void rejectsNonColours(String s) {
        assertFalse(CssValues.isColour(s), s);
    }

    @Test
    void pageSizesAreJisForB() {
        assertEquals("182mm 257mm", PageSize.find("B5").orElseThrow().css());
        assertEquals("128mm 182mm", PageSize.find("b6").orElseThrow().css());
        assertEquals("148mm 210mm", PageSize.find("A5").orElseThrow().css());
        assertEquals("215.9mm 279.4mm", PageSize.find("Letter").orElseThrow().css());
        assertTrue(PageSize.find("B7").isEmpty());
    }

    @Test
    void pixelSizes() {
        assertTrue(CssValues.isPixels("1200x630"));
        assertFalse(CssValues.isPixels("1200×630"));
        assertFalse(CssValues.isPixels("0x630"));
    }
}
