package dev.hanmoto.render.highlight;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A run of a code line's characters and what they are. */
public record Token(TokenKind kind, String text) {
    public Token {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(text);
    }

    /** {@code tokens} with neighbours of the same kind joined and empty ones dropped (fewer spans, same text). */
    static List<Token> merged(List<Token> tokens) {
        List<Token> out = new ArrayList<>(tokens.size());
        for (Token t : tokens) {
            if (t.text.isEmpty()) continue;
            int last = out.size() - 1;
            if (last >= 0 && out.get(last).kind == t.kind) out.set(last, new Token(t.kind, out.get(last).text + t.text));
            else out.add(t);
        }
        return out;
    }
}
