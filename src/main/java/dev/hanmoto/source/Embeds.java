package dev.hanmoto.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Embeds and template tags that other publishing tools expand and print or EPUB cannot: Zenn's
 * {@code @[name](argument)} embeds (zenn-editor's documented list) and Liquid's {@code {% … %}} tags
 * (Jekyll, GitHub Pages, GitBook). A Zenn embed whose argument is a web address becomes a link to
 * it; a YouTube video id becomes a link to its watch page; anything else is kept as written. Each is
 * reported once, where it stands.
 */
final class Embeds {
    private Embeds() {}

    /** The names Zenn accepts in {@code @[name](…)}. */
    static final Set<String> ZENN = Set.of("card", "tweet", "youtube", "gist", "codepen", "codesandbox", "stackblitz",
            "speakerdeck", "slideshare", "docswell", "figma", "jsfiddle", "blueprintue");

    /** A Liquid tag: {@code {% name … %}}, with the whitespace-control dashes Liquid allows. */
    static final Pattern LIQUID_TAG = Pattern.compile("\\{%-?\\s*(\\w+)[^\\n]*?-?%}");

    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{6,20}");

    /** The address a Zenn embed stands for, if it has one a reader can follow. */
    static Optional<String> url(String name, String argument) {
        String a = argument.strip();
        String lower = a.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) return Optional.of(a);
        if (name.equals("youtube") && YOUTUBE_ID.matcher(a).matches()) return Optional.of("https://www.youtube.com/watch?v=" + a);
        return Optional.empty();
    }
}
