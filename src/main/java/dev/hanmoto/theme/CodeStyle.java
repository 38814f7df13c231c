package dev.hanmoto.theme;

import java.util.Optional;

/**
 * A named code style ({@code code-styles.NAME}): the colours of a code block and of each kind of
 * token. An output picks one by name ({@code pdf.code.style}). The token names are the highlighter's
 * kinds (a test keeps the two lists equal).
 *
 * @param background    the block's background
 * @param text          text that is no token of a kind (identifiers, punctuation)
 * @param lineNumber    the line numbers in the gutter and the continuation mark of a wrapped line
 * @param marked        background of a marked line ({@code js {3,5-7}})
 * @param markedBar     the bar at the start of a marked line, so that marking survives without colour
 * @param inserted      background of a diff's added line
 * @param deleted       background of a diff's removed line
 * @param titleBackground background of the title bar above a block ({@code js:hello.js})
 * @param titleText     text of the title bar
 * @param tokens        each token kind's colour, weight and slant
 */
public record CodeStyle(
        @KeyDoc(value = "Background of code blocks.", kind = ValueKind.COLOR) Colour background,
        @KeyDoc(value = "Text that is no token of a kind (identifiers, punctuation).", kind = ValueKind.COLOR) Colour text,
        @KeyDoc(value = "Line numbers and the continuation mark of a wrapped line.", kind = ValueKind.COLOR) Colour lineNumber,
        @KeyDoc(value = "Background of a marked line (js {3,5-7}).", kind = ValueKind.COLOR) Colour marked,
        @KeyDoc(value = "Bar at the start of a marked line (marking that survives without colour).", kind = ValueKind.COLOR) Colour markedBar,
        @KeyDoc(value = "Background of a diff's added line.", kind = ValueKind.COLOR) Colour inserted,
        @KeyDoc(value = "Background of a diff's removed line.", kind = ValueKind.COLOR) Colour deleted,
        @KeyDoc(value = "Background of the title bar above a block (js:hello.js, title=\"hello.js\").", kind = ValueKind.COLOR) Colour titleBackground,
        @KeyDoc(value = "Text of the title bar.", kind = ValueKind.COLOR) Colour titleText,
        @KeyDoc("Each token kind's colour, weight and slant.") Tokens tokens) {

    /** One style per token kind of the highlighter; plain text takes the style's {@code text}. */
    public record Tokens(
            @KeyDoc("Reserved words.") TokenStyle keyword,
            @KeyDoc("Types and annotations.") TokenStyle type,
            @KeyDoc("String and character literals.") TokenStyle string,
            @KeyDoc("Numbers.") TokenStyle number,
            @KeyDoc("true, false, null and the like.") TokenStyle literal,
            @KeyDoc("Comments.") TokenStyle comment,
            @KeyDoc("Function names.") TokenStyle function,
            @KeyDoc("Variables ($x) and regular expressions.") TokenStyle variable,
            @KeyDoc("Operators.") TokenStyle operator,
            @KeyDoc("Preprocessor directives, shebangs.") TokenStyle preprocessor,
            @KeyDoc("Markup tags, CSS selectors, section headers.") TokenStyle tag,
            @KeyDoc("Markup attributes, keys of key/value formats.") TokenStyle attribute,
            @KeyDoc("A console session's prompt ($ ).") TokenStyle prompt,
            @KeyDoc("What a command printed in a console session.") TokenStyle output,
            @KeyDoc("A diff's added line.") TokenStyle inserted,
            @KeyDoc("A diff's removed line.") TokenStyle deleted,
            @KeyDoc("A diff's hunk and file headers.") TokenStyle heading) {

        /** The style of the kind named {@code key} ({@code keyword}, ...); empty for an unknown name. */
        public Optional<TokenStyle> find(String key) {
            for (var c : Tokens.class.getRecordComponents()) {
                if (c.getName().equals(key)) {
                    try {
                        return Optional.of((TokenStyle) c.getAccessor().invoke(this));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
            return Optional.empty();
        }
    }

    /**
     * A token kind's look; what is left out is the block's text colour, regular weight, upright.
     *
     * @param color  its colour
     * @param bold   set in the bold face of the code font
     * @param italic set slanted
     */
    public record TokenStyle(
            @KeyDoc(value = "Colour of the token.", kind = ValueKind.COLOR) Optional<Colour> color,
            @KeyDoc("Bold (the code font's bold face).") Optional<Boolean> bold,
            @KeyDoc("Slanted.") Optional<Boolean> italic) {}
}
