package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.ArrayList;
import java.util.List;

/**
 * Ruby (JLREQ 3.3) for a layout engine that has none: openhtmltopdf reads {@code <ruby>} as plain
 * inline text ("漢字かんじ"). This pass owns the CSS that sets it:
 * <ul>
 *   <li>each {@code ruby} is an inline-block of line height 1 on the text's baseline, so a line break
 *       never parts a base from its reading and the line box (the line pitch) is what a line without
 *       ruby has;
 *   <li>its {@code rt} is positioned absolutely above the base, at half the base's size, centred on
 *       it, in the leading between the lines (which is at least half an em at the theme's line
 *       heights of 1.5 and more);
 *   <li>the {@code rt}'s box reaches one ruby character beyond the base on each side, so a reading
 *       longer than its base overhangs the neighbours by at most one ruby character (JLREQ 3.3.6:
 *       it may sit over the kana beside it) and is never squeezed into the base's width;
 *   <li>the {@code rp} fallbacks are not drawn.
 * </ul>
 * Mono-ruby is split into one ruby per base character first, so each reading is centred on its own
 * character and a line may break between the characters of a word, as JLREQ allows for mono-ruby.
 *
 * <p>In the text layer the base comes first and the reading after it, as separate text (the
 * {@code rt} is drawn after its base): copied text and screen readers get "漢字かんじ" in that order.
 */
final class RubyPass implements AstPass {
    @Override
    public Document apply(Document doc, PassContext ctx) {
        return doc.withBlocks(Walk.mapInlines(doc.blocks(), i -> i instanceof Inline.Ruby r && r.mono() ? split(r) : List.of(i)));
    }

    @Override
    public String css(PassContext ctx) {
        return """
                ruby { display: inline-block; position: relative; line-height: 1; text-indent: 0; white-space: nowrap; }
                ruby > rt { display: block; position: absolute; top: -1em; left: -1em; right: -1em; font-size: 50%; line-height: 1;
                  text-align: center; text-indent: 0; white-space: nowrap; font-weight: normal; font-style: normal; }
                ruby > rp { display: none; }
                """;
    }

    private static List<Inline> split(Inline.Ruby r) {
        List<Inline> out = new ArrayList<>();
        for (Inline.RubyPair p : r.pairs()) out.add(new Inline.Ruby(List.of(p), r.pos()));
        return out;
    }
}
