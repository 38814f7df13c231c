package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Attr;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AttributeBlockTest {
    private static Attr attr(String s) {
        var r = AttributeBlock.parse(s, 0);
        assertTrue(r.parsed().isPresent(), () -> s + ": " + r.error().orElseThrow());
        assertEquals(s.length(), r.parsed().get().end(), s);
        return r.parsed().get().attr();
    }

    @Test
    void readsIdClassesAndPairsAsPandocDoes() {
        assertEquals(new Attr("comments", List.of("note", "wide"), Map.of("data-x", "1", "title", "a b")),
                attr("{#comments .note .wide data-x=1 title=\"a b\"}"));
    }

    @Test
    void keepsJapaneseIdentifiers() {
        assertEquals("概要-overview", attr("{#概要-overview}").id());
    }

    @Test
    void dashIsUnnumbered() {
        assertEquals(List.of(AttributeBlock.UNNUMBERED), attr("{-}").classes());
        assertEquals(List.of("x", AttributeBlock.UNNUMBERED), attr("{.x -}").classes());
    }

    @Test
    void kramdownColonAndClassKeyAndIdKey() {
        assertEquals(new Attr("a", List.of("b", "c", "d"), Map.of()), attr("{: id=a .b class=\"c d\"}"));
    }

    @Test
    void quotedValuesTakeEscapes() {
        assertEquals("say \"hi\" \\", attr("{title=\"say \\\"hi\\\" \\\\\"}").attributes().get("title"));
        assertEquals("it's", attr("{t='it\\'s'}").attributes().get("t"));
    }

    @Test
    void endsAtTheClosingBraceAndLeavesTheRest() {
        var r = AttributeBlock.parse("{.js} rest", 0);
        assertEquals(5, r.parsed().orElseThrow().end());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{#a #b}|4|a second identifier '#b' (the block already has #a)",
            "{#}|1|'#' must be followed by an identifier",
            "{.}|1|'.' must be followed by a class name",
            "{.a|0|attribute block is not closed with '}'",
            "{word}|1|'word' is neither #id, .class nor key=value",
            "{t=\"open}|3|the value of 't' is not closed with \"",
            "{.a!}|3|unexpected '!' in an attribute block",
    })
    void malformedBlocksSayWhatAndWhere(String s, int at, String message) {
        var e = AttributeBlock.parse(s, 0).error().orElseThrow();
        assertEquals(message, e.message());
        assertEquals(at, e.at());
    }

    @ParameterizedTest
    @ValueSource(strings = {"{#id}", "{.cls}", "{-}", "{: .x}", "{ #a }", "{key=v}", "{.numberLines}"})
    void intendedBlocksLookLikeBlocks(String s) {
        assertTrue(AttributeBlock.looksLikeBlock(s, 0), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{x, y}", "{{book.title}}", "{}", "{ a b }", "{#}", "{漢字|かんじ}", "{-1}"})
    void proseAndTemplatesDoNot(String s) {
        assertFalse(AttributeBlock.looksLikeBlock(s, 0), s);
    }
}
