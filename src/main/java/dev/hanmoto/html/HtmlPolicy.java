package dev.hanmoto.html;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sanitiser rules of every piece of markup a build takes in: raw HTML in Markdown, link and image
 * targets, and SVG pictures. Markup that passes is inert (no scripts, event handlers, frames, forms or
 * styles) and refers to nothing but the web, e-mail and the book's own files; EPUB 3.3 §3.6 forbids
 * remote resources in reflowable content, and a build never reads outside the project.
 *
 * <p>Names are compared in lower case, as HTML parsers report them.
 */
public final class HtmlPolicy {
    private HtmlPolicy() {}

    /** Tags raw HTML may keep; each becomes its own AST node or a {@code Span}/{@code Div} classed by the tag. */
    public static final Set<String> ALLOWED_TAGS = Set.of(
            "a", "b", "strong", "i", "em", "s", "del", "strike", "sub", "sup", "code", "kbd", "mark",
            "small", "span", "br", "img", "u", "ins", "abbr", "q", "cite", "dfn", "var", "samp", "time",
            "ruby", "rt", "rp", "rb", "bdi", "bdo", "wbr",
            "div", "p", "ul", "ol", "li", "blockquote", "pre", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td", "colgroup", "col",
            "section", "article", "aside", "header", "footer", "nav", "main", "figure", "figcaption",
            "details", "summary", "dl", "dt", "dd", "center", "address");

    /** Attributes every allowed tag may keep. */
    public static final Set<String> GLOBAL_ATTRIBUTES = Set.of("id", "class", "title", "lang", "dir");

    /** Further attributes by tag; URLs in them must also pass {@link #isSafeLink} or {@link #isSafeImageSource}. */
    public static final Map<String, Set<String>> TAG_ATTRIBUTES = Map.of(
            "a", Set.of("href"),
            "img", Set.of("src", "alt", "width", "height"),
            "ol", Set.of("start"),
            "th", Set.of("align", "colspan", "rowspan"),
            "td", Set.of("align", "colspan", "rowspan"),
            "time", Set.of("datetime"));

    /**
     * Elements removed together with everything inside them: active content, embedded documents and
     * media, forms, document-level elements, and SVG and MathML islands (a picture or formula comes in
     * as an image file or as TeX, where it can be checked).
     */
    public static final Set<String> REMOVED_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "noscript", "template", "form", "input", "button", "select",
            "textarea", "option", "link", "meta", "base", "title", "head", "svg", "math", "audio", "video",
            "canvas", "source", "track", "param", "portal", "dialog");

    /**
     * Elements an SVG picture may not contain: scripts, and {@code foreignObject} (arbitrary HTML inside
     * the picture). Its {@code style} elements may stay if they load nothing ({@link #loadsOtherFiles}).
     */
    public static final Set<String> SVG_REFUSED_ELEMENTS = Set.of("script", "foreignobject");

    /** Schemes a link may use: the web and e-mail (RFC 6068). Relative references and fragments need none. */
    public static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

    /** Schemes an image source may use (a renderer then shows a remote image's alt text, with a warning). */
    public static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");

    /** RFC 3986 §3.1: a scheme is a letter followed by letters, digits, {@code +}, {@code -} or {@code .}. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    /** Whether raw HTML may keep the tag ({@code tag} as the parser reports it, lower case). */
    public static boolean allowsTag(String tag) {
        return ALLOWED_TAGS.contains(tag);
    }

    /** Whether the tag may keep the attribute (both lower case): a global one or one of the tag's own. */
    public static boolean allowsAttribute(String tag, String attribute) {
        return GLOBAL_ATTRIBUTES.contains(attribute) || TAG_ATTRIBUTES.getOrDefault(tag, Set.of()).contains(attribute);
    }

    /** Whether an attribute is an event handler ({@code onclick}, {@code onload}, …), in HTML or SVG. */
    public static boolean isEventHandler(String attribute) {
        return attribute.toLowerCase(Locale.ROOT).startsWith("on");
    }

    /**
     * The URL's scheme in lower case, if it has one. Control characters and whitespace are ignored when
     * finding it, as browsers do, so {@code java&#9;script:} is still {@code javascript}.
     */
    public static Optional<String> scheme(String url) {
        StringBuilder sb = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) sb.append(c);
        }
        Matcher m = SCHEME.matcher(sb);
        return m.find() ? Optional.of(m.group(1).toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    /** Whether a link target may be kept: a relative reference, a fragment, or one of {@link #LINK_SCHEMES}. */
    public static boolean isSafeLink(String url) {
        return scheme(url).map(LINK_SCHEMES::contains).orElse(true);
    }

    /** Whether an image source may be kept: a relative reference or one of {@link #IMAGE_SCHEMES}. */
    public static boolean isSafeImageSource(String url) {
        return scheme(url).map(IMAGE_SCHEMES::contains).orElse(true);
    }

    /**
     * Whether a link leaves the book for a web page or an e-mail address, written out in full:
     * {@code http://}, {@code https://} (with a host, RFC 3986 §3.2) or {@code mailto:}, in any case.
     */
    public static boolean isWebLink(String url) {
        String lower = url.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
    }

    /**
     * Whether a reference names a file by a path (relative, or absolute from the project): no scheme
     * ({@code https:}, {@code data:}, {@code file:}, …) and not network-path ({@code //host/…}).
     */
    public static boolean isLocalFile(String ref) {
        return scheme(ref).isEmpty() && !ref.strip().startsWith("//");
    }

    /** Whether a reference inside a document points into that document only ({@code #id}). */
    public static boolean isSameDocument(String ref) {
        return ref.strip().startsWith("#");
    }

    /** Whether CSS imports anything or points with {@code url()} at anything but a fragment of its own document. */
    public static boolean loadsOtherFiles(String css) {
        String c = css.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return c.contains("@import") || c.matches("(?s).*url\\((?![\"']?#).*");
    }
}
