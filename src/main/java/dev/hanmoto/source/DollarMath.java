package dev.hanmoto.source;

import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * TeX math between dollars, as pandoc's {@code tex_math_dollars} reads it, as a flexmark inline
 * extension (so code spans, escapes and links keep their CommonMark meaning around it):
 * <ul>
 *   <li>{@code $$…$$} is display math; it may span lines but not a blank line.</li>
 *   <li>{@code $…$} is inline math: the opening {@code $} has a non-space character right after it,
 *       the closing one a non-space character right before it and no digit right after it, so
 *       {@code $5 and $10} stays text. Inside, a backslash escapes the next character ({@code \$} does
 *       not close) and {@code \text{…}} may hold dollars; runs of white space read as one space.</li>
 *   <li>{@code \$} outside math is a literal dollar (CommonMark's backslash escape, before this runs).</li>
 * </ul>
 * The TeX is taken from the source characters, so Markdown escapes ({@code \,}, {@code \\}) and
 * emphasis characters inside the formula are left alone.
 */
final class DollarMath extends SourceInlineExtension {
    /** A formula: the source from {@code $} to {@code $}; {@link #tex()} starts at {@link #texOffset()}. */
    static final class MathNode extends SourceNode {
        private final String tex;
        private final boolean display;
        private final int texOffset;

        MathNode(BasedSequence chars, String tex, boolean display, int texOffset) {
            super(chars);
            this.tex = tex;
            this.display = display;
            this.texOffset = texOffset;
        }

        String tex() { return tex; }

        boolean display() { return display; }

        /** Offset of the formula's first character in the parsed text. */
        int texOffset() { return texOffset; }
    }

    static final class Factory extends SourceInlineExtension.Factory {
        Factory() {
            super("$", DollarMath::new);
        }
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence in = parser.getInput();
        int at = parser.getIndex();
        if (at + 1 < in.length() && in.charAt(at + 1) == '$') return display(parser, in, at);
        return inline(parser, in, at);
    }

    private static boolean display(LightInlineParser parser, BasedSequence in, int at) {
        int from = at + 2;
        for (int i = from; i + 1 < in.length(); i++) {
            char c = in.charAt(i);
            if (c == '\n' && blankLineAt(in, i + 1)) break;
            if (c == '$' && in.charAt(i + 1) == '$') {
                BasedSequence body = in.subSequence(from, i);
                String tex = body.toString().strip();
                if (tex.isEmpty()) break;
                int lead = 0;
                while (lead < body.length() && Character.isWhitespace(body.charAt(lead))) lead++;
                add(parser, in.subSequence(at, i + 2), tex, true, body.subSequence(lead).getStartOffset());
                parser.setIndex(i + 2);
                return true;
            }
        }
        // No closing $$: both dollars are text (not an inline formula opened by the second one).
        parser.appendText(in.subSequence(at, at + 2));
        parser.setIndex(at + 2);
        return true;
    }

    private static boolean inline(LightInlineParser parser, BasedSequence in, int at) {
        int i = at + 1;
        if (i >= in.length() || isSpace(in.charAt(i))) return false;
        StringBuilder tex = new StringBuilder();
        while (i < in.length()) {
            char c = in.charAt(i);
            if (c == '$') {
                if (i + 1 < in.length() && Character.isDigit(in.charAt(i + 1))) return false;
                add(parser, in.subSequence(at, i + 1), tex.toString(), false, in.subSequence(at + 1).getStartOffset());
                parser.setIndex(i + 1);
                return true;
            }
            if (c == '\\') {
                if (i + 1 >= in.length()) return false;
                int end = textArgumentEnd(in, i);
                tex.append(in, i, end);
                i = end;
            } else if (isSpace(c)) {
                int j = i;
                while (j < in.length() && isSpace(in.charAt(j))) {
                    if (in.charAt(j) == '\n' && blankLineAt(in, j + 1)) return false;
                    j++;
                }
                if (j >= in.length() || in.charAt(j) == '$') return false;
                tex.append(' ');
                i = j;
            } else {
                tex.append(c);
                i++;
            }
        }
        return false;
    }

    /**
     * After a backslash at {@code i}: the end of {@code \text{…}} with balanced braces (it may hold
     * {@code $}), else of the backslash and the one character it escapes.
     */
    private static int textArgumentEnd(BasedSequence in, int i) {
        int j = i + 5;
        if (j < in.length() && in.subSequence(i, j).toString().equals("\\text") && in.charAt(j) == '{') {
            int depth = 0;
            for (int k = j; k < in.length(); k++) {
                char c = in.charAt(k);
                if (c == '\\') { k++; continue; }
                if (c == '{') depth++;
                else if (c == '}' && --depth == 0) return k + 1;
                else if (c == '\n' && blankLineAt(in, k + 1)) break;
            }
        }
        return i + 2;
    }

    private static boolean blankLineAt(BasedSequence in, int i) {
        while (i < in.length() && (in.charAt(i) == ' ' || in.charAt(i) == '\t')) i++;
        return i >= in.length() || in.charAt(i) == '\n';
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private static void add(LightInlineParser parser, BasedSequence chars, String tex, boolean display, int texOffset) {
        append(parser, new MathNode(chars, tex, display, texOffset));
    }
}
