package dev.hanmoto.theme;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class ThemeNodeTest {
    private static final Path PARENT = Path.of("parent.yaml");
    private static final Path CHILD = Path.of("child.yaml");

    @Test
    void keepsLineAndColumnOfKeysAndValues() {
        ThemeNode.MapNode root = ThemeNode.parse("a: 1\nb:\n  c:   x\n", CHILD);
        ThemeNode.MapNode b = (ThemeNode.MapNode) root.find("b").orElseThrow();
        ThemeNode.Entry c = b.entries().get("c");
        assertEquals(new ThemeNode.Origin(CHILD, 3, 3), c.keyOrigin());
        assertEquals(new ThemeNode.Origin(CHILD, 3, 8), c.value().origin());
    }

    @Test
    void mergeIsDeepForMapsReplacesListsAndChildWins() {
        ThemeNode parent = ThemeNode.parse("m: { a: 1, b: { x: 1, y: 2 } }\nl: [1, 2, 3]\ns: p\n", PARENT);
        ThemeNode child = ThemeNode.parse("m: { b: { y: 20, z: 30 } }\nl: [9]\ns: c\nnew: n\n", CHILD);
        ThemeNode.MapNode merged = (ThemeNode.MapNode) ThemeNode.merge(parent, child);
        ThemeNode.MapNode m = (ThemeNode.MapNode) merged.find("m").orElseThrow();
        assertEquals("1", scalar(m.find("a").orElseThrow()));
        ThemeNode.MapNode b = (ThemeNode.MapNode) m.find("b").orElseThrow();
        assertEquals(List.of("x", "y", "z"), List.copyOf(b.entries().keySet()));
        assertEquals("1", scalar(b.find("x").orElseThrow()));
        assertEquals("20", scalar(b.find("y").orElseThrow()));
        assertEquals(CHILD, b.find("y").orElseThrow().origin().file(), "merged values keep their own file");
        assertEquals(PARENT, b.find("x").orElseThrow().origin().file());
        ThemeNode.ListNode l = assertInstanceOf(ThemeNode.ListNode.class, merged.find("l").orElseThrow());
        assertEquals(1, l.items().size());
        assertEquals("c", scalar(merged.find("s").orElseThrow()));
        assertEquals(List.of("m", "l", "s", "new"), List.copyOf(merged.entries().keySet()));
    }

    @Test
    void childScalarReplacesParentMapAndViceVersa() {
        ThemeNode parent = ThemeNode.parse("k: { a: 1 }\n", PARENT);
        ThemeNode child = ThemeNode.parse("k: flat\n", CHILD);
        assertEquals("flat", scalar(((ThemeNode.MapNode) ThemeNode.merge(parent, child)).find("k").orElseThrow()));
    }

    @Test
    void yamlTypesAreKept() {
        ThemeNode.MapNode root = ThemeNode.parse("i: 2\ns: '2'\nb: yes\nn: ~\nf: 1.5\n", CHILD);
        assertEquals("int", ((ThemeNode.Scalar) root.find("i").orElseThrow()).type());
        assertEquals("str", ((ThemeNode.Scalar) root.find("s").orElseThrow()).type());
        assertEquals("bool", ((ThemeNode.Scalar) root.find("b").orElseThrow()).type());
        assertEquals("null", ((ThemeNode.Scalar) root.find("n").orElseThrow()).type());
        assertEquals("float", ((ThemeNode.Scalar) root.find("f").orElseThrow()).type());
    }

    private static String scalar(ThemeNode n) {
        return ((ThemeNode.Scalar) n).value();
    }
}
