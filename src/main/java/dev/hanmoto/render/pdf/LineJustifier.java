package dev.hanmoto.render.pdf;

import com.openhtmltopdf.css.constants.CSSName;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.render.FSFont;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.layout.Breaker;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.JustificationInfo;
import com.openhtmltopdf.render.LineBox;
import dev.hanmoto.text.Script;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.w3c.dom.Element;

/**
 * Justification in JLREQ's order (3.8, 行の調整処理 by 追い出し), redone on openhtmltopdf's finished
 * layout. openhtmltopdf justifies a line with one split: four fifths of the slack to the justifiable
 * spaces and one fifth between all characters, or everything between the characters when the line
 * has no space, each share capped; Latin letters inside a word are spread as much as kanji. JLREQ
 * takes a line's slack in steps instead, and so does this class, line by line, after the layout has
 * broken the lines and before anything is drawn:
 * <ol>
 *   <li>the Latin word spaces and the 和欧間 spaces ({@code span.ws}, {@code span.ws-edge},
 *       {@code span.wa}) grow, each by at most {@code -fs-max-justification-inter-word} (the
 *       stylesheet's limit, 0.15 em in the default theme: a word space at most 1.45 times its
 *       natural third of an em, a 和欧間 well under JLREQ's half em);</li>
 *   <li>then the gaps between Japanese characters (kana, kanji, full-width punctuation) grow evenly,
 *       each by at most {@code -fs-max-justification-inter-char}; the letters and digits of Latin
 *       words keep their spacing (JLREQ does not spread a Latin word while other gaps can grow);</li>
 *   <li>what is still left goes between the letters of the Latin words, each gap by at most the same
 *       limit (a line of few Japanese characters, whose long Latin word was pushed to the next line);
 *       what that refuses stays at the line's end.</li>
 * </ol>
 * Inline code keeps its spacing throughout. A text takes one letter spacing, so a text that holds
 * both a Latin word and Japanese punctuation ({@code （SLA）}, {@code 、Azure、}: no 和欧間 there to
 * split them) is first split in two texts ({@link #splitLatinWords}); a word space right after a Latin
 * letter grows less by that letter's gap, so that it stays within its limit.
 *
 * <p>The gaps of punctuation (a closing bracket's blank half, the half em between 」「) are not
 * widened: JLREQ takes from them first when it compresses a line (追い込み), which openhtmltopdf never
 * does (a character that does not fit goes to the next line); when a line is spread (追い出し) JLREQ
 * widens word spaces and 和欧間 first, then the gaps between characters, the order above.
 *
 * <p>How: openhtmltopdf's own adjustment of the line is taken back (the same arithmetic, reversed:
 * the positions come back exactly, a text's width to within one layout unit, 3/80 pt), then each
 * text of the line gets a letter spacing of its step's amount, which openhtmltopdf draws as per-glyph
 * positioning (the PDF's {@code TJ}); boxes after it move right by what it gained. The text layer
 * keeps its characters.
 * Right-to-left lines keep openhtmltopdf's justification.
 */
final class LineJustifier {
    /** The classes of the spaces that take the first step. */
    static final Set<String> SPACES = Set.of(WordSpacePass.CLASS, WordSpacePass.EDGE, LatinSpacingPass.CLASS);

    /** Elements whose text is code. */
    private static final Set<String> CODE = Set.of("code", "kbd", "samp");

    private final CssContext ctx;

    LineJustifier(CssContext ctx) {
        this.ctx = ctx;
    }

    /** Re-justifies every line openhtmltopdf justified under {@code root}. */
    void apply(Box root) {
        for (LineBox line : LineBoxes.under(root)) {
            JustificationInfo info = line.getJustificationInfo();
            if (info == null || line.isLayedOutRTL()) continue;
            justify(line, info);
        }
    }

    /** What one text of a line is, for the steps. */
    private enum Kind {
        /** A word space or 和欧間 after a Japanese character, an element's edge or the line's start. */
        SPACE,
        /** A word space after a Latin word. */
        SPACE_AFTER_LATIN,
        /** A word space after a Latin letter or digit at the end of a text with Japanese in it. */
        SPACE_AFTER_LATIN_IN_JAPANESE,
        /** A text with Japanese characters: its gaps take the second step. */
        JAPANESE,
        /** Latin words, digits, ASCII punctuation: the third step. */
        LATIN,
        /** Inline code: never spread. */
        FIXED
    }

    /** The kind of a space that follows {@code previous} (of kind {@code k}) on the line. */
    private static Kind spaceAfter(InlineText previous, Kind k) {
        if (k == Kind.LATIN) return Kind.SPACE_AFTER_LATIN;
        if (k != Kind.JAPANESE) return Kind.SPACE;
        String s = previous.getSubstring();
        int last = s.codePointBefore(s.length());
        return Script.isJapanese(last) || Character.isWhitespace(last) ? Kind.SPACE : Kind.SPACE_AFTER_LATIN_IN_JAPANESE;
    }

    private void justify(LineBox line, JustificationInfo library) {
        move(line, t -> t.calcTotalAdjustment(library), true);
        library.setSpaceAdjust(0f);
        library.setNonSpaceAdjust(0f);

        Box block = line.getParent();
        int available = block.getContentWidth() - line.getFloatDistances().getLeftFloatDistance()
                - line.getFloatDistances().getRightFloatDistance() - line.getContentStart();
        float slack = available - line.getContentWidth();
        if (slack <= 0f) return;
        for (Box b : line.getChildren()) if (b instanceof InlineLayoutBox ilb) splitLatinWords(ilb);
        float maxSpace = block.getStyle().getFloatPropertyProportionalWidth(CSSName.FS_MAX_JUSTIFICATION_INTER_WORD, block.getWidth(), ctx);
        float maxChar = block.getStyle().getFloatPropertyProportionalWidth(CSSName.FS_MAX_JUSTIFICATION_INTER_CHAR, block.getWidth(), ctx);

        // Each text of the line with its kind; a space right after a Latin letter is told apart.
        Map<InlineText, Kind> kinds = new IdentityHashMap<>();
        int[] count = new int[Kind.values().length];
        InlineText previous = null;
        Object lastInk = null;
        for (Object o : LineBoxes.flatten(line)) {
            if (o instanceof InlineText t) {
                if (t.isDynamicFunction() || t.getSubstring().isEmpty()) continue;
                Kind k = kind(t);
                if (k == Kind.SPACE && previous != null) k = spaceAfter(previous, kinds.get(previous));
                kinds.put(t, k);
                count[k.ordinal()] += glyphs(t);
                previous = t;
                if (!t.getSubstring().isBlank()) lastInk = t;
            } else {
                previous = null;
                lastInk = o;
            }
        }
        // The last glyph's gap lies past the line's end.
        if (lastInk instanceof InlineText t) count[kinds.get(t).ordinal()]--;
        int afterJapaneseRun = count[Kind.SPACE_AFTER_LATIN_IN_JAPANESE.ordinal()];
        int spaces = count[Kind.SPACE.ordinal()] + count[Kind.SPACE_AFTER_LATIN.ordinal()] + afterJapaneseRun;
        int gaps = count[Kind.JAPANESE.ordinal()];
        int letters = count[Kind.LATIN.ordinal()];

        // 1: the spaces, to their limit.
        float space = spaces > 0 ? Math.min(slack / spaces, maxSpace) : 0f;
        float rest = slack - space * spaces;
        // 2: the Japanese gaps, to theirs. A space after a Latin letter of a Japanese text (（AI Ops)
        // has that letter's gap in it, and gives it back from its own growth.
        float gap = 0f;
        if (gaps > afterJapaneseRun) {
            gap = rest / (gaps - afterJapaneseRun);
            if (gap > space) gap = (rest + afterJapaneseRun * space) / gaps;
            gap = Math.min(gap, maxChar);
        }
        rest -= gap * gaps - afterJapaneseRun * Math.min(gap, space);
        // 3: the letters of Latin words. The letter before a word space is spread too, and the gap
        // it opens is the space's: that space grows less by as much, so a word space still ends up
        // at most its limit wider (a letter gap grows by no more than that limit here).
        int shared = letters - count[Kind.SPACE_AFTER_LATIN.ordinal()];
        float letter = 0f;
        if (rest > 0f && shared > 0) letter = Math.min(rest / shared, Math.min(maxChar, space > 0f ? space : maxChar));
        float[] by = new float[Kind.values().length];
        by[Kind.SPACE.ordinal()] = space;
        by[Kind.SPACE_AFTER_LATIN.ordinal()] = Math.max(0f, space - letter);
        by[Kind.SPACE_AFTER_LATIN_IN_JAPANESE.ordinal()] = Math.max(0f, space - gap);
        by[Kind.JAPANESE.ordinal()] = gap;
        by[Kind.LATIN.ordinal()] = letter;
        if (space == 0f && gap == 0f && letter == 0f) return;

        Map<InlineText, Float> amount = new IdentityHashMap<>();
        kinds.forEach((t, k) -> {
            float a = by[k.ordinal()];
            if (a == 0f) return;
            t.setLetterSpacing(t.getLetterSpacing() + a);
            amount.put(t, a * glyphs(t));
        });
        move(line, t -> amount.getOrDefault(t, 0f), false);
    }

    /**
     * Splits each text of {@code box} and below that holds both Japanese characters and a Latin word
     * (（SLA）、: punctuation leaves no 和欧間 to split them before) into texts of one script each, so
     * that the word keeps its letter spacing while the Japanese around it is spread. Each part is
     * measured as openhtmltopdf measured the whole; the last keeps the rest of the whole's width, so
     * the line's length does not change. The parts paint in the same inline box, the text layer
     * reads the same characters.
     */
    private void splitLatinWords(InlineLayoutBox box) {
        List<Object> children = box.getInlineChildren();
        for (int i = 0; i < children.size(); i++) {
            Object o = children.get(i);
            if (o instanceof InlineLayoutBox child) {
                splitLatinWords(child);
                continue;
            }
            if (!(o instanceof InlineText t) || t.isDynamicFunction() || t.isEndsOnSoftHyphen()
                    || t.getTextDirection() != BidiSplitter.LTR || t.getSubstring().isEmpty() || kind(t) != Kind.JAPANESE) {
                continue;
            }
            List<Integer> cuts = cuts(t.getSubstring());
            if (cuts.isEmpty()) continue;
            FSFont font = box.getStyle().getFSFont(ctx);
            int start = t.getStart();
            int x = t.getX();
            int width = t.getWidth();
            List<InlineText> parts = new ArrayList<>();
            int from = start;
            for (int cut : cuts) {
                InlineText part = new InlineText();
                part.setMasterText(t.getMasterText());
                part.setSubstring(from, start + cut);
                part.setParent(box);
                part.setTextDirection(t.getTextDirection());
                part.setLetterSpacing(t.getLetterSpacing());
                if (parts.isEmpty()) part.setTrimmedLeadingSpace(t.isTrimmedLeadingSpace());
                int w = Breaker.getTextWidthWithLetterSpacing(ctx, font, part.getSubstring(), t.getLetterSpacing());
                part.setX(x);
                part.setWidth(w);
                x += w;
                width -= w;
                parts.add(part);
                from = start + cut;
            }
            // The whole keeps the last part: its end, its trimmed space, the rest of its width.
            t.setSubstring(from, t.getEnd());
            t.setTrimmedLeadingSpace(false);
            t.setX(x);
            t.setWidth(width);
            children.addAll(i, parts);
            i += parts.size();
        }
    }

    /**
     * Where a text splits between its Japanese and its Latin words (offsets into it); none when it has
     * no Latin letter or digit. Other characters (ASCII punctuation, spaces) stay with what they follow.
     */
    static List<Integer> cuts(String s) {
        List<Integer> out = new ArrayList<>();
        boolean latin = false;
        boolean japanese = false;
        Boolean current = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            Boolean side = Script.isJapanese(cp) ? Boolean.FALSE : Script.isLatinLetterOrDigit(cp) ? Boolean.TRUE : null;
            if (side != null) {
                if (current != null && !side.equals(current)) out.add(i);
                current = side;
                if (side) latin = true; else japanese = true;
            }
            i += Character.charCount(cp);
        }
        return latin && japanese ? out : List.of();
    }

    /**
     * Moves the line's boxes by what each text gains ({@code back}: loses) and widens (narrows) the
     * texts and their inline boxes: openhtmltopdf's LineBox.adjustChildren and
     * InlineLayoutBox.adjustHorizontalPosition, whose arithmetic taking back must repeat (its widths
     * were truncated to whole units).
     */
    private static void move(LineBox line, ToDoubleFunction<InlineText> gain, boolean back) {
        float shift = 0f;
        for (Box b : line.getChildren()) {
            b.setX(b.getX() + (back ? -Math.round(shift) : Math.round(shift)));
            if (b instanceof InlineLayoutBox ilb) shift += move(ilb, shift, gain, back);
        }
        line.calcChildLocations();
    }

    private static float move(InlineLayoutBox box, float before, ToDoubleFunction<InlineText> gain, boolean back) {
        float running = before;
        float result = 0f;
        for (Object o : box.getInlineChildren()) {
            if (o instanceof InlineText t) {
                t.setX(t.getX() + (back ? -Math.round(result) : Math.round(result)));
                float add = (float) gain.applyAsDouble(t);
                t.setWidth(back ? t.getWidth() - (int) add : Math.round(t.getWidth() + add));
                result += add;
                running += add;
            } else if (o instanceof Box b) {
                b.setX(b.getX() + (back ? -Math.round(running) : Math.round(running)));
                if (b instanceof InlineLayoutBox child) {
                    float add = move(child, running, gain, back);
                    result += add;
                    running += add;
                }
            }
        }
        box.setInlineWidth(back ? box.getInlineWidth() - (int) result : Math.round(box.getInlineWidth() + result));
        return result;
    }

    private static Kind kind(InlineText t) {
        Element e = t.getParent().getElement();
        if (e != null && t.getSubstring().isBlank()) {
            for (String c : e.getAttribute("class").split(" ")) if (SPACES.contains(c)) return Kind.SPACE;
        }
        if (inCode(t.getParent())) return Kind.FIXED;
        String s = t.getSubstring();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Script.isJapanese(cp)) return Kind.JAPANESE;
            i += Character.charCount(cp);
        }
        return Kind.LATIN;
    }

    /** Whether the text is code (set in its own face, its spacing part of what it says). */
    private static boolean inCode(Box box) {
        for (Box b = box; b instanceof InlineLayoutBox; b = b.getParent()) {
            Element e = b.getElement();
            if (e != null && CODE.contains(e.getNodeName())) return true;
        }
        return false;
    }

    /** The glyphs openhtmltopdf draws for the text, each followed by its letter spacing (PdfBoxFastOutputDevice's TJ array). */
    private static int glyphs(InlineText t) {
        String s = TextRenderer.getEffectivePrintableString(t.getSubstring());
        return s.codePointCount(0, s.length());
    }
}
