package dev.hanmoto.render.highlight;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.fife.ui.rsyntaxtextarea.TokenMaker;
import org.fife.ui.rsyntaxtextarea.modes.*;

/**
 * The languages a fenced block may name, with the aliases GitHub's Linguist gives them ({@code js},
 * {@code node}, {@code mjs} for JavaScript; {@code sh}, {@code zsh} for the shell; {@code c++} for
 * C++ ...). A language is lexed by an RSyntaxTextArea token maker, by this package's own small lexer
 * where RSyntaxTextArea has none (Swift, TOML), or line by line (console sessions, diffs, plain text).
 *
 * @param name    the canonical name ({@code javascript}), the class suffix of {@code language-…}
 * @param lexer   how lines are lexed
 */
public record Language(String name, Lexer lexer) {

    /** How a language's lines are cut into tokens. */
    public sealed interface Lexer {}

    /** An RSyntaxTextArea token maker; a new one per block (they keep state and are not thread-safe). */
    public record Rsta(Supplier<TokenMaker> maker) implements Lexer {}

    /** This package's keyword lexer ({@link SimpleLexer}). */
    public record Simple(SimpleLexer.Rules rules) implements Lexer {}

    /** A console session: prompt lines are shell input, other lines are output. */
    public record Console() implements Lexer {}

    /** A unified diff, its lines' content lexed by {@code inner} where a language is given. */
    public record Diff(Optional<Language> inner) implements Lexer {}

    /** No tokens: every line is plain. */
    public record Plain() implements Lexer {}

    /**
     * What tells this language's tokens apart from another's: the name, with a diff's inner language.
     * (Not {@link #toString()}: a record's spells out its lexer, the rules of this package's lexers with
     * their patterns, for every block.)
     */
    public String cacheKey() {
        return lexer instanceof Diff d && d.inner().isPresent() ? name + "/" + d.inner().get().name() : name;
    }

    private static final Map<String, Language> BY_ALIAS = new LinkedHashMap<>();

    private static void add(String name, Lexer lexer, String... aliases) {
        Language l = new Language(name, lexer);
        BY_ALIAS.put(name, l);
        for (String a : aliases) BY_ALIAS.put(a, l);
    }

    private static void rsta(String name, Supplier<TokenMaker> maker, String... aliases) {
        add(name, new Rsta(maker), aliases);
    }

    static {
        rsta("javascript", JavaScriptTokenMaker::new, "js", "node", "mjs", "cjs", "jsx", "javascriptreact");
        rsta("typescript", TypeScriptTokenMaker::new, "ts", "tsx", "mts", "cts", "typescriptreact");
        rsta("shell", UnixShellTokenMaker::new, "sh", "bash", "zsh", "ksh", "shell-script", "shellscript", "fish");
        add("console", new Console(), "shell-session", "shellsession", "sh-session", "bash-session", "terminal");
        rsta("python", PythonTokenMaker::new, "py", "python3", "py3", "gyp", "bazel", "starlark");
        rsta("c", CTokenMaker::new, "h");
        rsta("cpp", CPlusPlusTokenMaker::new, "c++", "cc", "cxx", "hpp", "hh", "hxx", "h++", "cuda", "arduino", "ino");
        rsta("csharp", CSharpTokenMaker::new, "cs", "c#");
        rsta("java", JavaTokenMaker::new);
        rsta("kotlin", KotlinTokenMaker::new, "kt", "kts");
        rsta("go", GoTokenMaker::new, "golang");
        rsta("rust", RustTokenMaker::new, "rs");
        rsta("ruby", RubyTokenMaker::new, "rb", "jruby", "rake", "gemspec", "podspec");
        rsta("php", PHPTokenMaker::new, "php3", "php4", "php5", "inc");
        add("swift", new Simple(SimpleLexer.SWIFT));
        rsta("html", HTMLTokenMaker::new, "htm", "xhtml", "vue", "svelte", "erb", "ejs");
        rsta("xml", XMLTokenMaker::new, "svg", "xsd", "xsl", "xslt", "rss", "atom", "plist", "wsdl", "pom", "xaml");
        rsta("css", CSSTokenMaker::new);
        rsta("scss", LessTokenMaker::new, "sass", "less", "stylus");
        rsta("json", JsonTokenMaker::new, "jsonc", "json5", "geojson", "jsonl", "ndjson", "webmanifest");
        rsta("yaml", YamlTokenMaker::new, "yml");
        add("toml", new Simple(SimpleLexer.TOML));
        rsta("ini", IniTokenMaker::new, "cfg", "dosini", "conf", "editorconfig", "gitconfig");
        rsta("properties", PropertiesFileTokenMaker::new, "java-properties", "env", "dotenv");
        rsta("sql", SQLTokenMaker::new, "mysql", "postgresql", "postgres", "psql", "plsql", "plpgsql", "sqlite", "tsql");
        add("diff", new Diff(Optional.empty()), "patch", "udiff");
        rsta("makefile", MakefileTokenMaker::new, "make", "mk", "mf", "bsdmake", "gnumake", "mak");
        rsta("dockerfile", DockerTokenMaker::new, "docker", "containerfile");
        rsta("tex", LatexTokenMaker::new, "latex", "sty", "cls", "bibtex", "bib");
        rsta("markdown", MarkdownTokenMaker::new, "md", "mkd", "mdown", "mkdn", "rmd", "mdx");
        add("text", new Plain(), "txt", "plaintext", "plain", "none", "output", "log", "nohighlight", "no-highlight", "raw");
        rsta("perl", PerlTokenMaker::new, "pl", "pm");
        rsta("lua", LuaTokenMaker::new);
        rsta("scala", ScalaTokenMaker::new, "sbt");
        rsta("groovy", GroovyTokenMaker::new, "gradle", "jenkinsfile");
        rsta("dart", DartTokenMaker::new);
        rsta("clojure", ClojureTokenMaker::new, "clj", "cljs", "edn");
        rsta("lisp", LispTokenMaker::new, "elisp", "emacs-lisp", "scheme", "racket", "common-lisp");
        rsta("d", DTokenMaker::new);
        rsta("pascal", DelphiTokenMaker::new, "delphi", "objectpascal");
        rsta("fortran", FortranTokenMaker::new, "f90", "f95", "f");
        rsta("tcl", TclTokenMaker::new);
        rsta("vb", VisualBasicTokenMaker::new, "vbnet", "visual-basic", "vba", "vbscript");
        rsta("batch", WindowsBatchTokenMaker::new, "bat", "cmd", "batchfile", "dos");
        rsta("protobuf", ProtoTokenMaker::new, "proto");
        rsta("handlebars", HandlebarsTokenMaker::new, "hbs", "mustache");
        rsta("jsp", JSPTokenMaker::new);
        rsta("actionscript", ActionScriptTokenMaker::new, "as");
        rsta("vhdl", VhdlTokenMaker::new);
        rsta("csv", CsvTokenMaker::new, "tsv");
        rsta("htaccess", HtaccessTokenMaker::new, "apacheconf", "apache");
        rsta("nsis", NSISTokenMaker::new);
        rsta("sas", SASTokenMaker::new);
        rsta("dtd", DtdTokenMaker::new);
        rsta("hosts", HostsTokenMaker::new);
        rsta("bbcode", BBCodeTokenMaker::new);
    }

    /** Plain text, the language of a block that names none. */
    public static final Language TEXT = BY_ALIAS.get("text");

    /**
     * The language an info string's first word names, case-insensitively: a name or alias above, or
     * {@code diff-LANG} ({@code diff-js}: a diff of JavaScript). Empty for a name nothing here knows.
     */
    public static Optional<Language> find(String word) {
        String w = word.strip().toLowerCase(Locale.ROOT);
        Language l = BY_ALIAS.get(w);
        if (l != null) return Optional.of(l);
        if (w.startsWith("diff-") || w.startsWith("diff_")) {
            return BY_ALIAS.containsKey(w.substring(5)) ? Optional.of(diffOf(w.substring(5))) : Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The language a block is highlighted in, from its info string's language word ({@code ""} if none)
     * and its {@code lang=} attribute (a diff's inner language, or null): the one rule the XHTML writer
     * and the build's check share. A word nothing here knows is {@link #TEXT}; {@link #known} tells.
     */
    public static Language forBlock(String word, String diffLang) {
        Language l = word.isEmpty() ? TEXT : find(word).orElse(TEXT);
        if (l.name().equals("diff") && diffLang != null) return diffOf(diffLang);
        return l;
    }

    /** Whether a block's language word names a language here (an empty word is plain text, known). */
    public static boolean known(String word) {
        return word.isEmpty() || find(word).isPresent();
    }

    /** A diff whose lines are lexed as {@code inner} (a name or alias); a plain diff if it names nothing known. */
    public static Language diffOf(String inner) {
        Optional<Language> in = Optional.ofNullable(BY_ALIAS.get(inner.strip().toLowerCase(Locale.ROOT)))
                .filter(l -> !(l.lexer() instanceof Diff) && !(l.lexer() instanceof Plain));
        return in.map(l -> new Language("diff", new Diff(Optional.of(l)))).orElse(BY_ALIAS.get("diff"));
    }

    /** Every canonical name, in the order above (for the documentation and its test). */
    public static List<String> names() {
        return BY_ALIAS.values().stream().map(Language::name).distinct().toList();
    }

    /** Every alias of {@code name}, the name first. */
    public static List<String> aliases(String name) {
        return BY_ALIAS.entrySet().stream().filter(e -> e.getValue().name().equals(name)).map(Map.Entry::getKey).toList();
    }
}
