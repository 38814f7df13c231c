package dev.hanmoto.theme;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one length parser of the theme (CSS Values 4 lengths plus Q) and the pixel sizes of the card. */
class LengthTest {
    @ParameterizedTest
    @ValueSource(strings = {"18mm", "1.5cm", "0.5in", "10.5pt", "1pc", "72px", "1.2em", "20Q", "0", ".5mm", "-3mm", " 18mm "})
    void parsesLengths(String s) {
        assertTrue(Length.parse(s).isPresent(), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18", "18 mm", "mm", "18MM", "18q", "1e3mm", "calc(1mm)", "2rem", "", "1.mm", "--1mm"})
    void rejectsNonLengths(String s) {
        assertTrue(Length.parse(s).isEmpty(), s);
    }

    @Test
    void bareNumbersAreLengthsOnlyWhereTheKeySaysWhichUnit() {
        assertEquals(new Length(new BigDecimal("64"), Length.Unit.PX), Length.parse("64", Optional.of(Length.Unit.PX)).orElseThrow());
        assertEquals(Length.Unit.PX, Length.parse("0").orElseThrow().unit());
        assertTrue(Length.parse("64").isEmpty());
    }

    /** What the renderers receive ({@code css()}); the theme's own words stay as written ({@code toString()}). */
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"72Q, 18mm", "81.5Q, 20.375mm", "18.50mm, 18.50mm", "0.25em, 0.25em"})
    void qIsHandedOnAsMillimetresAndOtherUnitsAsWritten(String written, String css) {
        assertEquals(css, Length.parse(written).orElseThrow().css());
        assertEquals(written, Length.parse(written).orElseThrow().toString());
    }

    @Test
    void absoluteLengthsInPoints() {
        assertEquals(72.0, Length.parse("1in").orElseThrow().points(), 1e-9);
        assertEquals(72.0, Length.parse("25.4mm").orElseThrow().points(), 1e-9);
        assertEquals(72.0, Length.parse("2.54cm").orElseThrow().points(), 1e-9);
        assertEquals(72.0, Length.parse("101.6Q").orElseThrow().points(), 1e-9);
        assertEquals(12.0, Length.parse("1pc").orElseThrow().points(), 1e-9);
        assertEquals(75.0, Length.parse("100px").orElseThrow().points(), 1e-9);
        assertEquals(96.0, Length.parse("1in").orElseThrow().px(), 1e-9);
        assertThrows(IllegalStateException.class, () -> Length.parse("1em").orElseThrow().points());
    }

    @Test
    void pixelSizes() {
        assertEquals(new Pixels(1200, 630), Pixels.parse("1200x630").orElseThrow());
        assertEquals("1200x630", new Pixels(1200, 630).toString());
        assertTrue(Pixels.parse("1200×630").isEmpty());
        assertTrue(Pixels.parse("0x630").isEmpty());
        assertTrue(Pixels.parse("1200 x 630").isEmpty());
        assertTrue(Pixels.parse("100000x1").isEmpty());
    }
}
