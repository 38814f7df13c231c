package dev.hanmoto.render.highlight;

import java.util.Locale;

/**
 * What a token is, in as few kinds as a printed book tells apart (Pygments' and highlight.js's
 * classes folded together). {@link #cssClass()} is the class the XHTML carries ({@code hl-kw});
 * the theme's code style gives each kind its colour, weight and slant.
 */
public enum TokenKind {
    /** Anything without a kind of its own: identifiers, whitespace, punctuation. */
    PLAIN("pl"),
    /** Reserved words: {@code if}, {@code function}, {@code SELECT}. */
    KEYWORD("kw"),
    /** Built-in and declared types, annotations. */
    TYPE("ty"),
    /** String and character literals, here-documents. */
    STRING("st"),
    /** Numbers. */
    NUMBER("nu"),
    /** {@code true}, {@code false}, {@code null} and the like. */
    LITERAL("li"),
    /** Comments, documentation comments. */
    COMMENT("co"),
    /** Function names and built-in functions. */
    FUNCTION("fn"),
    /** Variables ({@code $x} in shell, PHP, Perl) and regular expressions. */
    VARIABLE("va"),
    /** Operators. */
    OPERATOR("op"),
    /** Preprocessor directives ({@code #include}), shebangs. */
    PREPROCESSOR("pp"),
    /** Markup tags ({@code <div>}), CSS selectors, section headers. */
    TAG("tg"),
    /** Markup attributes, keys in key/value formats, CSS properties. */
    ATTRIBUTE("at"),
    /** A shell prompt in a console session ({@code $ }). */
    PROMPT("pr"),
    /** What a command printed in a console session. */
    OUTPUT("ou"),
    /** An added line of a diff. */
    INSERTED("ins"),
    /** A removed line of a diff. */
    DELETED("del"),
    /** A diff's hunk header ({@code @@ -1,3 +1,4 @@}) or file header, a Markdown heading. */
    HEADING("hd");

    private final String css;

    TokenKind(String css) {
        this.css = css;
    }

    /** The CSS class of the kind's spans: {@code hl-} and a short name. */
    public String cssClass() {
        return "hl-" + css;
    }

    /** The kind's name in a theme's code style: {@code keyword}, {@code string}, ... */
    public String themeKey() {
        return name().toLowerCase(Locale.ROOT);
    }
}
