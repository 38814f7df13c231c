package dev.hanmoto.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SourceDateTest {
    @Test
    void sourceDateEpochIsParsedStrictly() {
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)), SourceDate.parse("1700000000"));
        assertEquals(Optional.of(Instant.ofEpochSecond(1700000000)), SourceDate.parse(" 1700000000\n"));
        assertEquals(Optional.empty(), SourceDate.parse("yesterday"));
        assertEquals(Optional.empty(), SourceDate.parse("-5"));
        assertEquals(Optional.empty(), SourceDate.parse(null));
    }
}
