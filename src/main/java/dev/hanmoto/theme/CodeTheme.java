package dev.hanmoto.theme;

/**
 * How one output sets code blocks ({@code pdf.code}, {@code epub.code}): which code style of
 * {@code code-styles} colours the tokens, the size and line height of code, and whether lines are
 * numbered unless a block says otherwise ({@code {.numberLines}}, {@code {.nonumberLines}}).
 *
 * @param style       a name under {@code code-styles} (base ships {@code colour} and {@code mono})
 * @param fontSize    size of code blocks, relative to the body text (em) or absolute
 * @param lineHeight  line height of code blocks, a multiple of their font size
 * @param lineNumbers number every block's lines
 */
public record CodeTheme(
        @KeyDoc("Code style (a name under code-styles) that colours this output's code: base ships colour and mono (print-safe greys).")
        String style,
        @KeyDoc(value = "Font size of code blocks, relative to the body (em) or absolute.", kind = ValueKind.LENGTH) Length fontSize,
        @KeyDoc("Line height of code blocks, a multiple of their font size (their own, not the body's).") double lineHeight,
        @KeyDoc("Number the lines of every code block; a block's {.numberLines} or {.nonumberLines} decides for itself.")
        boolean lineNumbers) {}
