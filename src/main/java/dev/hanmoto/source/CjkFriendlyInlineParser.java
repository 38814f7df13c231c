package dev.hanmoto.source;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.delimiter.DelimiterRun;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.hanmoto.text.DelimiterFlanking;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser with CommonMark's delimiter-run rules amended for Chinese, Japanese and
 * Korean ({@link DelimiterFlanking}): {@code **「重要」**です} and {@code これは**「重要」**だ} are bold.
 * Everything else is flexmark's: only the scan of a run of {@code *}, {@code _} or {@code ~} is
 * replaced, and the delimiter processors still decide with the flags it computes (so {@code _}
 * inside a word stays literal and strikethrough follows the same amended rule).
 *
 * <p>Installed by {@link #install}: flexmark adds its reference-definition pre-processor only for
 * its own inline parser factory, so {@code install} adds it with ours.
 */
final class CjkFriendlyInlineParser extends InlineParserImpl {
    private static final InlineParserFactory FACTORY = CjkFriendlyInlineParser::new;

    /**
     * A parser builder for {@code options} (extensions included) with this inline parser, the
     * emphasis processors of {@link Emphasis} in place of flexmark's, and the link reference
     * definitions that flexmark adds only for its own inline parser.
     */
    static Parser.Builder builder(MutableDataSet options) {
        boolean strongWraps = Parser.STRONG_WRAPS_EMPHASIS.get(options);
        options.set(Parser.ASTERISK_DELIMITER_PROCESSOR, false);
        options.set(Parser.UNDERSCORE_DELIMITER_PROCESSOR, false);
        Parser.Builder builder = Parser.builder(options);
        builder.customInlineParserFactory(FACTORY);
        builder.customDelimiterProcessor(new Emphasis.Asterisk(strongWraps));
        builder.customDelimiterProcessor(new Emphasis.Underscore(strongWraps));
        if (Parser.REFERENCE_PARAGRAPH_PRE_PROCESSOR.get(options)) builder.paragraphPreProcessorFactory(new ReferencePreProcessorFactory());
        return builder;
    }

    private CjkFriendlyInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
                                    Map<Character, DelimiterProcessor> delimiterProcessors,
                                    LinkRefProcessorData linkRefProcessors, List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    /**
     * As flexmark's, with the flanking flags from {@link DelimiterFlanking#of}, which sees whole code
     * points and the character before a variation selector (flexmark looks at one UTF-16 unit on each side).
     */
    @Override
    protected boolean parseDelimiters(DelimiterProcessor processor, char delimiterChar) {
        if (options.inlineDelimiterDirectionalPunctuations) return super.parseDelimiters(processor, delimiterChar);
        int start = index;
        int end = start;
        while (end < input.length() && input.charAt(end) == delimiterChar) end++;
        int count = end - start;
        if (count < processor.getMinLength()) return false;

        DelimiterFlanking.Run run = DelimiterFlanking.of(input, start, end);
        String before = start == 0 ? "\n" : String.valueOf(input.charAt(start - 1));
        String after = end == input.length() ? "\n" : String.valueOf(input.charAt(end));
        boolean canOpen = delimiterChar == processor.getOpeningCharacter() && processor.canBeOpener(before, after,
                run.left(), run.right(), run.beforePunctuation(), run.afterPunctuation(), run.beforeWhitespace(), run.afterWhitespace());
        boolean canClose = delimiterChar == processor.getClosingCharacter() && processor.canBeCloser(before, after,
                run.left(), run.right(), run.beforePunctuation(), run.afterPunctuation(), run.beforeWhitespace(), run.afterWhitespace());
        if (!canOpen && !canClose && processor.skipNonOpenerCloser()) return false;

        index = end;
        Text node = appendSeparateText(input.subSequence(start, end));
        lastDelimiter = new Run(input, node, delimiterChar, canOpen, canClose, lastDelimiter, start, count);
        lastDelimiter.setNumDelims(count);
        if (lastDelimiter.getPrevious() != null) lastDelimiter.getPrevious().setNext(lastDelimiter);
        return true;
    }

    /** A delimiter that remembers the length of the run it came from, which the rule of three asks for. */
    static final class Run extends Delimiter {
        final int original;

        Run(BasedSequence input, Text node, char c, boolean canOpen, boolean canClose, Delimiter previous, int index, int original) {
            super(input, node, c, canOpen, canClose, previous, index);
            this.original = original;
        }

        static int original(DelimiterRun d) {
            return d instanceof Run r ? r.original : d.length();
        }
    }
}
