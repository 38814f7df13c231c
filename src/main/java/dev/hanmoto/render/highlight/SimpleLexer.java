package dev.hanmoto.render.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A small line lexer for the languages RSyntaxTextArea has no token maker for (Swift, TOML): line and
 * block comments, strings with backslash escapes (a string or block comment left open continues on
 * the next line), numbers, keywords, literals, types (a capitalised word) and, for key/value formats,
 * the key before {@code =} and the {@code [table]} header. One pass over each character: linear time.
 */
final class SimpleLexer {
    /**
     * What a language looks like.
     *
     * @param lineComment  starts a comment to the end of the line
     * @param blockComment opens a block comment closed by {@code * /} ({@code null}: none)
     * @param keywords     reserved words
     * @param literals     words shown as literals (true, false, nil)
     * @param keyValue     a key/value format: the word before {@code =} is a key, {@code [..]} a header
     */
    record Rules(String lineComment, String blockComment, Set<String> keywords, Set<String> literals, boolean keyValue) {}

    static final Rules SWIFT = new Rules("//", "/*", Set.of("associatedtype", "class", "deinit", "enum", "extension",
            "fileprivate", "func", "import", "init", "inout", "internal", "let", "open", "operator", "private", "protocol",
            "public", "rethrows", "static", "struct", "subscript", "typealias", "var", "break", "case", "continue", "default",
            "defer", "do", "else", "fallthrough", "for", "guard", "if", "in", "repeat", "return", "switch", "where", "while",
            "as", "catch", "is", "super", "self", "Self", "throw", "throws", "try", "async", "await", "some", "any",
            "mutating", "override", "final", "lazy", "weak", "convenience", "required", "actor", "nonisolated"),
            Set.of("true", "false", "nil"), false);

    static final Rules TOML = new Rules("#", null, Set.of(), Set.of("true", "false", "inf", "nan"), true);

    /** Where a line ended: inside nothing, a block comment, or a string opened by the given quote. */
    static final int NORMAL = 0, IN_COMMENT = 1, IN_STRING = 2, IN_TRIPLE = 3;

    private SimpleLexer() {}

    /** The tokens of one line, given the state the previous line ended in; the new state is written to {@code state[0]}. */
    static List<Token> line(Rules r, String s, int[] state) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        boolean sawValue = false;
        if (state[0] == IN_COMMENT) {
            int end = s.indexOf("*/");
            i = end < 0 ? n : end + 2;
            out.add(new Token(TokenKind.COMMENT, s.substring(0, i)));
            if (end >= 0) state[0] = NORMAL;
        } else if (state[0] == IN_STRING || state[0] == IN_TRIPLE) {
            i = stringEnd(s, 0, state);
            out.add(new Token(TokenKind.STRING, s.substring(0, i)));
        }
        while (i < n) {
            char c = s.charAt(i);
            int start = i;
            if (s.startsWith(r.lineComment(), i)) {
                out.add(new Token(TokenKind.COMMENT, s.substring(i)));
                break;
            }
            if (r.blockComment() != null && s.startsWith(r.blockComment(), i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                if (end < 0) state[0] = IN_COMMENT;
                out.add(new Token(TokenKind.COMMENT, s.substring(start, i)));
                continue;
            }
            if (c == '"' || (r.keyValue() && c == '\'')) {
                boolean triple = s.startsWith("\"\"\"", i) || s.startsWith("'''", i);
                state[0] = triple ? IN_TRIPLE : IN_STRING;
                i = stringEnd(s, i + (triple ? 3 : 1), state, triple ? s.substring(i, i + 3) : String.valueOf(c));
                out.add(new Token(TokenKind.STRING, s.substring(start, i)));
                sawValue = true;
                continue;
            }
            if (Character.isDigit(c) || ((c == '-' || c == '+') && i + 1 < n && Character.isDigit(s.charAt(i + 1)) && r.keyValue())) {
                i++;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || "._:-+".indexOf(s.charAt(i)) >= 0)) i++;
                out.add(new Token(TokenKind.NUMBER, s.substring(start, i)));
                sawValue = true;
                continue;
            }
            if (Character.isLetter(c) || c == '_' || c == '@' || c == '#' && !r.keyValue()) {
                i++;
                while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || (r.keyValue() && s.charAt(i) == '-'))) i++;
                String w = s.substring(start, i);
                TokenKind k;
                if (r.keyValue() && !sawValue && s.indexOf('=', i) >= 0 && s.substring(i, s.indexOf('=', i)).isBlank()) k = TokenKind.ATTRIBUTE;
                else if (r.keywords().contains(w)) k = TokenKind.KEYWORD;
                else if (r.literals().contains(w)) k = TokenKind.LITERAL;
                else if (c == '@' || c == '#') k = TokenKind.PREPROCESSOR;
                else if (Character.isUpperCase(c) && !r.keyValue()) k = TokenKind.TYPE;
                else k = TokenKind.PLAIN;
                out.add(new Token(k, w));
                continue;
            }
            if (r.keyValue() && c == '[' && out.stream().allMatch(t -> t.text().isBlank())) {
                int end = s.lastIndexOf(']');
                i = end > i ? end + 1 : n;
                out.add(new Token(TokenKind.TAG, s.substring(start, i)));
                continue;
            }
            if (c == '=') sawValue = false;
            i++;
            out.add(new Token("+-*/%=<>!&|^~?".indexOf(c) >= 0 ? TokenKind.OPERATOR : TokenKind.PLAIN, String.valueOf(c)));
        }
        if (state[0] == IN_STRING) state[0] = NORMAL; // a one-line string does not continue
        return Token.merged(out);
    }

    /** The end of a string continued from the previous line (a triple-quoted one). */
    private static int stringEnd(String s, int from, int[] state) {
        if (state[0] == IN_TRIPLE) {
            int a = s.indexOf("\"\"\"", from);
            int b = s.indexOf("'''", from);
            int end = a < 0 ? b : b < 0 ? a : Math.min(a, b);
            if (end < 0) return s.length();
            state[0] = NORMAL;
            return end + 3;
        }
        state[0] = NORMAL;
        return s.length();
    }

    private static int stringEnd(String s, int from, int[] state, String quote) {
        int i = from;
        while (i < s.length()) {
            if (s.charAt(i) == '\\' && quote.length() == 1 && quote.charAt(0) == '"') {
                i += 2;
                continue;
            }
            if (s.startsWith(quote, i)) {
                state[0] = NORMAL;
                return i + quote.length();
            }
            i++;
        }
        return s.length();
    }
}
