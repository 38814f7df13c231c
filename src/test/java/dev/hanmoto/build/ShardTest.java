package dev.hanmoto.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ShardTest {
    /**
     * The shard is the documented function of the path and nothing else: these values come from
     * {@code python3 -c "import hashlib; print(int.from_bytes(hashlib.sha256(b'content/a.md').digest()[:8], 'big') % 4)"},
     * not from this code, so any machine, language or batch engine can compute them.
     */
    @Test
    void isTheFirstEightBytesOfTheSha256OfThePathModuloN() {
        assertEquals(2, Shard.of("content/a.md", 4));
        assertEquals(842, Shard.of("content/a.md", 1000));
        assertEquals(0, Shard.of("content/guide", 4));
        assertEquals(100, Shard.of("content/guide", 1000));
        assertEquals(1, Shard.of("content/notes/README.md", 4));
        assertEquals(153, Shard.of("content/notes/README.md", 1000));
    }

    @Test
    void spreadsPathsEvenly() {
        int[] counts = new int[8];
        for (int i = 0; i < 80_000; i++) counts[Shard.of("content/articles/" + i + ".md", 8)]++;
        for (int c : counts) assertTrue(Math.abs(c - 10_000) < 400, java.util.Arrays.toString(counts));
    }

    @Test
    void parsesIndexOverCount() {
        assertEquals(Optional.of(new Shard(3, 4)), Shard.parse("3/4"));
        assertEquals(Optional.of(new Shard(0, 1)), Shard.parse(" 0/1 "));
        assertEquals(Optional.empty(), Shard.parse("4/4"));
        assertEquals(Optional.empty(), Shard.parse("1/0"));
        assertEquals(Optional.empty(), Shard.parse("-1/4"));
        assertEquals(Optional.empty(), Shard.parse("1of4"));
    }
}
