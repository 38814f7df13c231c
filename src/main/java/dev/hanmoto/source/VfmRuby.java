package dev.hanmoto.source;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.hanmoto.ast.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * VFM's ruby (Vivliostyle Flavored Markdown) as a flexmark inline extension: {@code {漢字|かんじ}} is
 * group ruby, {@code {漢字|かん|じ}} mono-ruby (as many readings as base characters, one each). A
 * backslash makes {@code |}, <code>}</code> or itself literal ({@code {a\|b|c}} has the base "a|b").
 * The braces must close on the same line with a non-empty base and readings; otherwise the text is
 * left as typed. Readings that are neither one nor one per base character are kept as typed too,
 * with a {@code ruby-mismatch} warning (see {@link MarkdownReader}).
 */
final class VfmRuby extends SourceInlineExtension {
    /** A ruby from the source: its pairs, or the readings that did not match the base. */
    static final class RubyNode extends SourceNode {
        private final List<Inline.RubyPair> pairs;

        RubyNode(BasedSequence chars, List<Inline.RubyPair> pairs) {
            super(chars);
            this.pairs = List.copyOf(pairs);
        }

        /** The pairs; empty when the readings did not match the base (then the node is kept as text). */
        List<Inline.RubyPair> pairs() { return pairs; }
    }

    static final class Factory extends SourceInlineExtension.Factory {
        Factory() {
            super("{", VfmRuby::new);
        }
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence in = parser.getInput();
        int at = parser.getIndex();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = at + 1; i < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '\n' || c == '{') return false;
            if (c == '\\' && i + 1 < in.length() && "|}\\".indexOf(in.charAt(i + 1)) >= 0) {
                part.append(in.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else if (c == '}') {
                parts.add(part.toString());
                if (parts.size() < 2 || parts.stream().anyMatch(String::isBlank)) return false;
                append(parser, new RubyNode(in.subSequence(at, i + 1), pairs(parts)));
                parser.setIndex(i + 1);
                return true;
            } else {
                part.append(c);
            }
        }
        return false;
    }

    /** Group ruby for one reading, mono-ruby for one per base character, none (a mismatch) otherwise. */
    private static List<Inline.RubyPair> pairs(List<String> parts) {
        String base = parts.get(0);
        List<String> readings = parts.subList(1, parts.size());
        if (readings.size() == 1) return List.of(new Inline.RubyPair(base, readings.get(0)));
        int[] cps = base.codePoints().toArray();
        if (cps.length != readings.size()) return List.of();
        List<Inline.RubyPair> out = new ArrayList<>();
        for (int k = 0; k < cps.length; k++) out.add(new Inline.RubyPair(Character.toString(cps[k]), readings.get(k)));
        return out;
    }
}
