package dev.hanmoto.render.highlight;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.swing.text.Segment;
import org.fife.ui.rsyntaxtextarea.Token;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.TokenTypes;

/**
 * Cuts a code block into lines of tokens. Pure and deterministic: the same language and text give the
 * same tokens on any machine, so the outputs stay byte-identical.
 *
 * <p>Bounded: RSyntaxTextArea's token makers are JFlex automata, linear in the text, and so is this
 * package's own lexer; the bounds below are on size, not on time (a time bound would make a slow
 * machine's book differ from a fast one's). A block over {@link #MAX_BLOCK_CHARS} characters is plain;
 * a line over {@link #MAX_LINE_CHARS} is plain by itself; a lexer that fails or loses characters
 * (binary junk) makes the block plain. Each such fallback says why in {@link Result#fallback()}, for
 * the build's located warning. The build's own time bound interrupts the thread, which is checked
 * between lines.
 *
 * <p>Results are kept in a small cache keyed by language and text: the PDF lays a document out up to
 * three times and the EPUB writes it once more, and only the first asks the lexer.
 */
public final class Highlighter {
    /** The longest block that is highlighted, in chars (about 25,000 lines of 40 characters). */
    public static final int MAX_BLOCK_CHARS = 1_000_000;
    /** The longest line that is highlighted, in chars; a longer one (minified code, data) is plain. */
    public static final int MAX_LINE_CHARS = 20_000;

    private static final int CACHE_ENTRIES = 512;
    private static final Map<String, Result> CACHE = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Result> eldest) {
            return size() > CACHE_ENTRIES;
        }
    });

    private Highlighter() {}

    /**
     * A block's lines and tokens.
     *
     * @param lines    one list of tokens per line (the text's final newline does not start a line);
     *                 the tokens of a line joined are the line exactly
     * @param fallback why the block, or some of its lines, are plain; empty if all was lexed
     */
    public record Result(List<List<dev.hanmoto.render.highlight.Token>> lines, Optional<String> fallback) {
        public Result {
            lines = List.copyOf(lines);
        }
    }

    /** The lines of {@code text} with {@code lang}'s tokens. */
    public static Result highlight(Language lang, String text) {
        String key = lang.cacheKey() + "\u0000" + text;
        Result cached = CACHE.get(key);
        if (cached != null) return cached;
        Result r = compute(lang, text);
        if (text.length() < 100_000) CACHE.put(key, r);
        return r;
    }

    /**
     * Sets up {@code lang}'s lexer for this process without lexing any block and without touching the
     * cache: RSyntaxTextArea's token makers unpack their JFlex tables when first used (a few ms each,
     * once per language and process). A head start on a spare core; the results are the same with or
     * without it.
     */
    public static void prepare(Language lang) {
        compute(lang, lang.name());
    }

    /** The lines of {@code text}, each one plain token (an empty line has none). */
    public static List<List<dev.hanmoto.render.highlight.Token>> plain(String text) {
        List<List<dev.hanmoto.render.highlight.Token>> out = new ArrayList<>();
        for (String line : lines(text)) out.add(plainLine(line));
        return out;
    }

    private static Result compute(Language lang, String text) {
        if (lang.lexer() instanceof Language.Plain) return new Result(plain(text), Optional.empty());
        if (text.length() > MAX_BLOCK_CHARS) {
            return new Result(plain(text), Optional.of("the block has " + text.length() + " characters (more than "
                    + MAX_BLOCK_CHARS + " are not highlighted)"));
        }
        try {
            List<String> lines = lines(text);
            Lines out = new Lines();
            Language.Lexer lx = lang.lexer();
            if (lx instanceof Language.Rsta r) rsta(r.maker().get(), lines, out, null);
            else if (lx instanceof Language.Simple s) simple(s.rules(), lines, out, null);
            else if (lx instanceof Language.Console) console(lines, out);
            else if (lx instanceof Language.Diff d) diff(d.inner(), lines, out);
            return new Result(out.lines, out.why.isEmpty() ? Optional.empty() : Optional.of(out.why));
        } catch (CancellationException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(plain(text), Optional.of("the " + lang.name() + " lexer failed (" + e.getClass().getSimpleName() + ")"));
        }
    }

    /** Collected lines and the first reason a line was left plain. */
    private static final class Lines {
        final List<List<dev.hanmoto.render.highlight.Token>> lines = new ArrayList<>();
        String why = "";

        void add(List<dev.hanmoto.render.highlight.Token> line) {
            lines.add(line);
        }

        void plain(String line, String reason) {
            lines.add(plainLine(line));
            if (why.isEmpty()) why = reason;
        }
    }

    /** Split at \n (a \r before it stays in the line, as in the source); the final newline starts no line. */
    static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            if (nl < 0) {
                if (at < text.length() || out.isEmpty()) out.add(text.substring(at));
                break;
            }
            out.add(text.substring(at, nl));
            at = nl + 1;
        }
        return out;
    }

    private static List<dev.hanmoto.render.highlight.Token> plainLine(String line) {
        return line.isEmpty() ? List.of() : List.of(new dev.hanmoto.render.highlight.Token(TokenKind.PLAIN, line));
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) throw new CancellationException("highlighting interrupted");
    }

    /**
     * Lexes {@code lines} with one token maker, the state carried from line to line (a comment or
     * string left open). {@code sink}, if given, receives each line instead of {@code out} directly.
     */
    private static void rsta(TokenMaker tm, List<String> lines, Lines out, int[] carried) {
        int[] state = carried != null ? carried : new int[] {TokenTypes.NULL};
        for (String line : lines) {
            checkInterrupted();
            out.add(rstaLine(tm, line, state, out));
        }
    }

    /** One line through a token maker; plain (with a reason) if it is too long or the tokens lose characters. */
    private static List<dev.hanmoto.render.highlight.Token> rstaLine(TokenMaker tm, String line, int[] state, Lines out) {
        if (line.length() > MAX_LINE_CHARS) {
            if (out.why.isEmpty()) out.why = "a line has " + line.length() + " characters (more than " + MAX_LINE_CHARS + " are not highlighted)";
            state[0] = TokenTypes.NULL;
            return plainLine(line);
        }
        char[] chars = line.toCharArray();
        Token t = tm.getTokenList(new Segment(chars, 0, chars.length), state[0], 0);
        List<dev.hanmoto.render.highlight.Token> tokens = new ArrayList<>();
        StringBuilder seen = new StringBuilder(line.length());
        Token last = t;
        for (Token x = t; x != null; x = x.getNextToken()) {
            last = x;
            if (!x.isPaintable()) continue;
            String lexeme = x.getLexeme();
            seen.append(lexeme);
            tokens.add(new dev.hanmoto.render.highlight.Token(kind(x.getType()), lexeme));
        }
        state[0] = last == null ? TokenTypes.NULL : last.getType();
        if (!seen.toString().equals(line)) {
            if (out.why.isEmpty()) out.why = "the lexer could not read a line (control characters or binary data?)";
            state[0] = TokenTypes.NULL;
            return plainLine(line);
        }
        return dev.hanmoto.render.highlight.Token.merged(tokens);
    }

    private static void simple(SimpleLexer.Rules rules, List<String> lines, Lines out, int[] carried) {
        int[] state = carried != null ? carried : new int[] {SimpleLexer.NORMAL};
        for (String line : lines) {
            checkInterrupted();
            if (line.length() > MAX_LINE_CHARS) out.plain(line, "a line has " + line.length() + " characters (more than "
                    + MAX_LINE_CHARS + " are not highlighted)");
            else out.add(SimpleLexer.line(rules, line, state));
        }
    }

    /**
     * A prompt as terminals show it: optional user@host and path, then {@code $}, {@code #} or
     * {@code %}, or PowerShell's {@code PS C:\>}, {@code >} — then a space. What follows is a command.
     */
    private static final Pattern PROMPT = Pattern.compile("^((?:\\([^)]{1,40}\\) ?)?(?:[\\w.-]{1,40}@[\\w.-]{1,60}(?::[^\\s$#%]{0,200})? ?)?(?:[~/][^\\s$#%]{0,200} ?)?[$#%] |PS [^>]{0,200}> |> )");

    /**
     * A console session: a line that starts with a prompt is the prompt and a shell command (a
     * command ending in a backslash continues on the next line); any other line is output.
     */
    private static void console(List<String> lines, Lines out) {
        TokenMaker shell = new org.fife.ui.rsyntaxtextarea.modes.UnixShellTokenMaker();
        boolean continued = false;
        for (String line : lines) {
            checkInterrupted();
            Matcher m = PROMPT.matcher(line);
            if (continued || m.find()) {
                int cut = continued ? 0 : m.end();
                List<dev.hanmoto.render.highlight.Token> t = new ArrayList<>();
                if (cut > 0) t.add(new dev.hanmoto.render.highlight.Token(TokenKind.PROMPT, line.substring(0, cut)));
                t.addAll(rstaLine(shell, line.substring(cut), new int[] {TokenTypes.NULL}, out));
                out.add(dev.hanmoto.render.highlight.Token.merged(t));
                continued = line.endsWith("\\");
            } else {
                out.add(line.isEmpty() ? List.of() : List.of(new dev.hanmoto.render.highlight.Token(TokenKind.OUTPUT, line)));
            }
        }
    }

    /**
     * A unified diff: file headers ({@code ---}, {@code +++}, {@code diff --git}) and hunk headers
     * ({@code @@}) are headings; an added or removed line is its marker and its content, the content
     * lexed as {@code inner} where given (added and context lines carry one lexer state, removed
     * lines another, so an open comment on one side does not colour the other).
     */
    private static void diff(Optional<Language> inner, List<String> lines, Lines out) {
        Optional<TokenMaker> tm = inner.map(Language::lexer).filter(l -> l instanceof Language.Rsta).map(l -> ((Language.Rsta) l).maker().get());
        Optional<SimpleLexer.Rules> simple = inner.map(Language::lexer).filter(l -> l instanceof Language.Simple).map(l -> ((Language.Simple) l).rules());
        int[] newSide = {0};
        int[] oldSide = {0};
        for (String line : lines) {
            checkInterrupted();
            if (line.startsWith("+++ ") || line.startsWith("--- ") || line.startsWith("@@") || line.startsWith("diff ")
                    || line.startsWith("index ")) {
                out.add(plainLineAs(TokenKind.HEADING, line));
                continue;
            }
            TokenKind marker = line.startsWith("+") ? TokenKind.INSERTED : line.startsWith("-") ? TokenKind.DELETED : TokenKind.PLAIN;
            boolean hasMarker = !line.isEmpty() && (marker != TokenKind.PLAIN || line.charAt(0) == ' ');
            String body = hasMarker ? line.substring(1) : line;
            List<dev.hanmoto.render.highlight.Token> t = new ArrayList<>();
            if (hasMarker) t.add(new dev.hanmoto.render.highlight.Token(marker, line.substring(0, 1)));
            int[] side = marker == TokenKind.DELETED ? oldSide : newSide;
            if (tm.isPresent()) {
                t.addAll(rstaLine(tm.get(), body, side, out));
            } else if (simple.isPresent() && body.length() <= MAX_LINE_CHARS) {
                t.addAll(SimpleLexer.line(simple.get(), body, side));
            } else if (!body.isEmpty()) {
                t.add(new dev.hanmoto.render.highlight.Token(marker, body));
            }
            out.add(dev.hanmoto.render.highlight.Token.merged(t));
        }
    }

    private static List<dev.hanmoto.render.highlight.Token> plainLineAs(TokenKind kind, String line) {
        return line.isEmpty() ? List.of() : List.of(new dev.hanmoto.render.highlight.Token(kind, line));
    }

    /** RSyntaxTextArea's token type (TokenTypes) folded into this package's kinds. */
    static TokenKind kind(int type) {
        return switch (type) {
            case TokenTypes.COMMENT_EOL, TokenTypes.COMMENT_MULTILINE, TokenTypes.COMMENT_DOCUMENTATION,
                    TokenTypes.COMMENT_KEYWORD, TokenTypes.COMMENT_MARKUP, TokenTypes.MARKUP_COMMENT -> TokenKind.COMMENT;
            case TokenTypes.RESERVED_WORD, TokenTypes.RESERVED_WORD_2 -> TokenKind.KEYWORD;
            case TokenTypes.FUNCTION -> TokenKind.FUNCTION;
            case TokenTypes.LITERAL_BOOLEAN -> TokenKind.LITERAL;
            case TokenTypes.LITERAL_NUMBER_DECIMAL_INT, TokenTypes.LITERAL_NUMBER_FLOAT, TokenTypes.LITERAL_NUMBER_HEXADECIMAL,
                    TokenTypes.ERROR_NUMBER_FORMAT -> TokenKind.NUMBER;
            case TokenTypes.LITERAL_STRING_DOUBLE_QUOTE, TokenTypes.LITERAL_CHAR, TokenTypes.LITERAL_BACKQUOTE,
                    TokenTypes.ERROR_STRING_DOUBLE, TokenTypes.ERROR_CHAR, TokenTypes.MARKUP_TAG_ATTRIBUTE_VALUE,
                    TokenTypes.MARKUP_CDATA -> TokenKind.STRING;
            case TokenTypes.DATA_TYPE, TokenTypes.ANNOTATION -> TokenKind.TYPE;
            case TokenTypes.VARIABLE, TokenTypes.REGEX -> TokenKind.VARIABLE;
            case TokenTypes.OPERATOR -> TokenKind.OPERATOR;
            case TokenTypes.PREPROCESSOR, TokenTypes.MARKUP_PROCESSING_INSTRUCTION, TokenTypes.MARKUP_DTD -> TokenKind.PREPROCESSOR;
            case TokenTypes.MARKUP_TAG_DELIMITER, TokenTypes.MARKUP_TAG_NAME, TokenTypes.MARKUP_CDATA_DELIMITER -> TokenKind.TAG;
            case TokenTypes.MARKUP_TAG_ATTRIBUTE, TokenTypes.MARKUP_ENTITY_REFERENCE -> TokenKind.ATTRIBUTE;
            default -> TokenKind.PLAIN;
        };
    }
}
