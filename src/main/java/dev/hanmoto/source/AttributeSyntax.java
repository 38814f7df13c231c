package dev.hanmoto.source;

import dev.hanmoto.ast.Attr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where an {@link AttributeBlock} may stand in Markdown, and what its keys become in the document:
 * <ul>
 *   <li>at the end of a heading's text, after optional spaces: {@code ## 見出し {#id .class}} (pandoc,
 *       PHP Markdown Extra, kramdown, VFM); an ATX closing sequence before it ({@code ## 見出し ## {#id}},
 *       PHP Markdown Extra) is removed too;</li>
 *   <li>on the line right after a heading, alone, with kramdown's colon: {@code {: #id}} (a block
 *       inline attribute list);</li>
 *   <li>right after an inline link or image, without a space: {@code [t](u){.cls}},
 *       {@code ![alt](x.png){width=50%}} (pandoc's {@code link_attributes}).</li>
 * </ul>
 * A brace in prose that does not look like attributes ({@code {x, y}}) is text; one that looks like
 * attributes but does not parse is text too, with a warning.
 */
final class AttributeSyntax {
    private AttributeSyntax() {}

    /** Keys written as they are; any other key becomes a {@code data-} attribute, as pandoc's HTML5 writer does. */
    private static final List<String> HTML_KEYS = List.of("lang", "title", "dir");

    /** Image keys that size the picture: a CSS length, or a number of pixels (pandoc's rule). */
    static final List<String> IMAGE_SIZE_KEYS = List.of("width", "height");

    private static final Pattern LENGTH = Pattern.compile("\\d+(?:\\.\\d+)?(?:px|cm|mm|in|pt|pc|em|rem|ex|%)?");
    private static final Pattern DATA_NAME = Pattern.compile("[a-z_][a-z0-9_.-]*");

    /** What {@link #trailing} finds at the end of a text. */
    sealed interface Found {}

    /** An attribute block at the end of a text: the attributes, and where the text before it ends. */
    record Trailing(Attr attr, int cut) implements Found {}

    /** A block that looked like attributes but did not parse: why, and where in the text. */
    record Bad(String message, int at) implements Found {}

    /**
     * The attribute block that ends {@code s} (trailing spaces allowed), if any: {@code cut} is the
     * index where the text before it ends, spaces before the block and an ATX closing sequence
     * ({@code atx}) removed. A block that looks meant but is malformed is returned as {@link Bad}.
     */
    static Optional<Found> trailing(String s, boolean atx) {
        int end = s.stripTrailing().length();
        if (end == 0 || s.charAt(end - 1) != '}') return Optional.empty();
        Bad bad = null;
        for (int k = s.lastIndexOf('{', end - 1); k >= 0; k = k == 0 ? -1 : s.lastIndexOf('{', k - 1)) {
            if (escaped(s, k) || !AttributeBlock.looksLikeBlock(s, k)) continue;
            AttributeBlock.Result r = AttributeBlock.parse(s, k);
            if (r.parsed().isPresent() && r.parsed().get().end() == end) {
                return Optional.of(new Trailing(r.parsed().get().attr(), textEnd(s, k, atx)));
            }
            if (bad == null && r.error().isPresent()) bad = new Bad(r.error().get().message(), r.error().get().at());
        }
        return Optional.ofNullable(bad);
    }

    /** Where the text before a block at {@code k} ends: spaces, then an ATX closing sequence, removed. */
    private static int textEnd(String s, int k, boolean atx) {
        int i = k;
        while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) i--;
        if (atx) {
            int j = i;
            while (j > 0 && s.charAt(j - 1) == '#') j--;
            if (j < i && (j == 0 || s.charAt(j - 1) == ' ' || s.charAt(j - 1) == '\t') && !escaped(s, j)) {
                i = j;
                while (i > 0 && (s.charAt(i - 1) == ' ' || s.charAt(i - 1) == '\t')) i--;
            }
        }
        return i;
    }

    /** Whether the char at {@code k} is escaped by an odd number of backslashes. */
    static boolean escaped(String s, int k) {
        int n = 0;
        for (int i = k - 1; i >= 0 && s.charAt(i) == '\\'; i--) n++;
        return n % 2 == 1;
    }

    /**
     * The attributes as the document keeps them: {@code lang}, {@code title}, {@code dir} as they are,
     * an image's {@code width} and {@code height} if they are lengths, any other key as
     * {@code data-key} (lower-cased). What cannot be kept is named in {@code dropped}, for a warning.
     */
    static Attr forDocument(Attr a, boolean image, List<String> dropped) {
        Map<String, String> kv = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : a.attributes().entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            String value = e.getValue();
            if (image && IMAGE_SIZE_KEYS.contains(key)) {
                if (LENGTH.matcher(value).matches()) kv.put(key, value);
                else dropped.add(key + "=" + value + " (not a length such as 50%, 10em or 300)");
            } else if (HTML_KEYS.contains(key)) {
                kv.put(key, value);
            } else {
                String name = key.startsWith("data-") ? key : "data-" + key;
                if (DATA_NAME.matcher(name).matches()) kv.put(name, value);
                else dropped.add(e.getKey() + " (not a name an attribute can have)");
            }
        }
        return new Attr(a.id(), new ArrayList<>(a.classes()), kv);
    }

    /** The attributes of {@code b} added to those of {@code a}: {@code b}'s id if {@code a} has none, classes of both, {@code b}'s keys win. */
    static Attr merge(Attr a, Attr b) {
        Attr out = a.id().isEmpty() ? a.withId(b.id()) : a;
        for (String c : b.classes()) out = out.withClass(c);
        for (Map.Entry<String, String> e : b.attributes().entrySet()) out = out.withAttribute(e.getKey(), e.getValue());
        return out;
    }
}
