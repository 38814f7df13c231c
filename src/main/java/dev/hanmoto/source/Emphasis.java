package dev.hanmoto.source;

import com.vladsch.flexmark.parser.core.delimiter.EmphasisDelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;

/**
 * flexmark's emphasis processors for {@code *} and {@code _} with CommonMark's rule of three as the
 * spec writes it (§6.2, rules 9 and 10): a run that can both open and close does not pair with one
 * when the sum of the two runs' lengths is a multiple of 3, <em>unless both lengths are multiples of
 * 3</em> — the clause flexmark 0.64 leaves out, so that {@code foo***bar***baz} is
 * {@code foo<em><strong>bar</strong></em>baz}. The lengths are the runs' original ones
 * ({@link CjkFriendlyInlineParser.Run}), not what is left of them.
 */
abstract class Emphasis extends EmphasisDelimiterProcessor {
    private final boolean strongWrapsEmphasis;

    private Emphasis(char c, boolean strongWrapsEmphasis) {
        super(c, strongWrapsEmphasis);
        this.strongWrapsEmphasis = strongWrapsEmphasis;
    }

    @Override
    public int getDelimiterUse(DelimiterRun opener, DelimiterRun closer) {
        int o = CjkFriendlyInlineParser.Run.original(opener);
        int c = CjkFriendlyInlineParser.Run.original(closer);
        if ((opener.canClose() || closer.canOpen()) && (o + c) % 3 == 0 && !(o % 3 == 0 && c % 3 == 0)) return 0;
        // As flexmark: both runs of 3 or more make strong (or emphasis first, by the option) when the closer's length is odd.
        if (opener.length() < 3 || closer.length() < 3) return Math.min(opener.length(), closer.length());
        return closer.length() % 2 == 0 || !strongWrapsEmphasis ? 2 : 1;
    }

    /** {@code *}: emphasis and strong emphasis, opening and closing by the flanking flags alone. */
    static final class Asterisk extends Emphasis {
        Asterisk(boolean strongWrapsEmphasis) {
            super('*', strongWrapsEmphasis);
        }
    }

    /** {@code _}: as {@code *}, but not inside a word (CommonMark rules 2, 4, 6 and 8). */
    static final class Underscore extends Emphasis {
        Underscore(boolean strongWrapsEmphasis) {
            super('_', strongWrapsEmphasis);
        }

        @Override
        public boolean canBeOpener(String before, String after, boolean leftFlanking, boolean rightFlanking,
                                   boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
            return leftFlanking && (!rightFlanking || beforeIsPunctuation);
        }

        @Override
        public boolean canBeCloser(String before, String after, boolean leftFlanking, boolean rightFlanking,
                                   boolean beforeIsPunctuation, boolean afterIsPunctuation, boolean beforeIsWhitespace, boolean afterIsWhiteSpace) {
            return rightFlanking && (!leftFlanking || afterIsPunctuation);
        }
    }
}
