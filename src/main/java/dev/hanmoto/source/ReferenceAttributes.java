package dev.hanmoto.source;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import dev.hanmoto.ast.Attr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * pandoc's attributes on a link reference definition ({@code link_attributes}):
 * {@code [ref]: https://example.com "title" {#id .class key=val}}. CommonMark allows nothing after
 * the title, so flexmark would read such a line as a paragraph; the block is blanked out (spaces, so
 * every offset and column stays where it was) before parsing, kept by the definition's position, and
 * put on every link or image that uses it. A candidate line that the parse does not take as a
 * definition (inside fenced code, a paragraph's continuation) gets its text back and is parsed again.
 * A block that looks meant but is malformed is left in the text with a warning, as elsewhere.
 */
final class ReferenceAttributes {
    /**
     * A definition line ending in braces: up to three spaces, {@code [label]:}, a destination, an
     * optional title in quotes or parentheses, then the block.
     */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?m)^ {0,3}(\\[(?:[^\\]\\\\\\n]|\\\\.)+\\]):[ \\t]*(?:<[^>\\n]*>|\\S+)(?:[ \\t]+(?:\"[^\"\\n]*\"|'[^'\\n]*'|\\([^)\\n]*\\)))?[ \\t]+(\\{[^\\n]*\\})[ \\t]*$");

    private final String original;
    private final String blanked;
    /** Body offset of a definition's {@code [} → its attributes, for the blocks blanked out. */
    private final Map<Integer, Attr> byStart;
    /** Body offset of the {@code [} → the body range of its block {start, end}. */
    private final Map<Integer, int[]> blocks;
    /** Malformed blocks on definition lines: body offset of the problem → why; reported unless in code. */
    private final Map<Integer, String> malformed;

    private ReferenceAttributes(String original, String blanked, Map<Integer, Attr> byStart, Map<Integer, int[]> blocks,
                                Map<Integer, String> malformed) {
        this.original = original;
        this.blanked = blanked;
        this.byStart = byStart;
        this.blocks = blocks;
        this.malformed = malformed;
    }

    /** The definition lines with attributes in {@code body}. */
    static ReferenceAttributes find(String body) {
        Map<Integer, Attr> attrs = new HashMap<>();
        Map<Integer, int[]> blocks = new HashMap<>();
        Map<Integer, String> malformed = new TreeMap<>();
        if (body.indexOf("]:") < 0) return new ReferenceAttributes(body, body, attrs, blocks, malformed);
        StringBuilder sb = null;
        Matcher m = DEFINITION.matcher(body);
        while (m.find()) {
            int k = m.start(2);
            if (!AttributeBlock.looksLikeBlock(body, k)) continue;
            AttributeBlock.Result r = AttributeBlock.parse(body, k);
            if (r.error().isPresent()) {
                malformed.put(r.error().get().at(), r.error().get().message());
                continue;
            }
            if (r.parsed().get().end() != m.end(2)) continue;
            if (sb == null) sb = new StringBuilder(body);
            for (int i = k; i < m.end(2); i++) sb.setCharAt(i, ' ');
            attrs.put(m.start(1), r.parsed().get().attr());
            blocks.put(m.start(1), new int[] {k, m.end(2)});
        }
        return new ReferenceAttributes(body, sb == null ? body : sb.toString(), attrs, blocks, malformed);
    }

    /** The text to parse. */
    String text() {
        return blanked;
    }

    /**
     * Once {@code doc} is parsed from {@link #text()}: the malformed blocks outside code are reported
     * (at their file offset, {@code bodyStart} + body offset), and the candidates that the parse did
     * not read as definitions get their text back. {@code this} itself when there is nothing to give
     * back; else the text must be parsed again.
     */
    ReferenceAttributes settle(Node doc, SourceContext ctx, int bodyStart) {
        if (!malformed.isEmpty()) {
            List<int[]> code = new ArrayList<>();
            codeRanges(doc, code);
            malformed.forEach((at, why) -> {
                if (code.stream().noneMatch(r -> r[0] <= at && at < r[1])) {
                    ctx.warn("attribute-malformed", "malformed attribute block: " + why + "; kept as text", ctx.pos(bodyStart + at));
                }
            });
        }
        Set<Integer> defined = new HashSet<>();
        collect(doc, defined);
        if (defined.containsAll(byStart.keySet())) return this;
        StringBuilder sb = new StringBuilder(blanked);
        Map<Integer, Attr> attrs = new HashMap<>();
        Map<Integer, int[]> kept = new HashMap<>();
        byStart.forEach((start, attr) -> {
            int[] b = blocks.get(start);
            if (defined.contains(start)) {
                attrs.put(start, attr);
                kept.put(start, b);
            } else {
                sb.replace(b[0], b[1], original.substring(b[0], b[1]));
            }
        });
        return new ReferenceAttributes(original, sb.toString(), attrs, kept, Map.of());
    }

    private static void codeRanges(Node n, List<int[]> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof FencedCodeBlock || c instanceof IndentedCodeBlock || c instanceof HtmlBlock) {
                out.add(new int[] {c.getStartOffset(), c.getEndOffset()});
            } else {
                codeRanges(c, out);
            }
        }
    }

    private static void collect(Node n, Set<Integer> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof Reference) out.add(c.getStartOffset());
            else collect(c, out);
        }
    }

    /** The attributes written on the definition {@code r}, or {@link Attr#EMPTY}. */
    Attr of(Reference r) {
        return byStart.getOrDefault(r.getStartOffset(), Attr.EMPTY);
    }
}
