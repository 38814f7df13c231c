package dev.hanmoto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What each {@code package-info.java} says a package may use, checked on the compiled classes (their
 * constant pools, {@link ClassReferences}), so that a fully qualified name or a type that appears only
 * in a signature counts as much as an import. Each rule below quotes its package-info; a package
 * without a rule fails the test, so a new package gets both.
 */
class PackageRulesTest {
    /** The JDK: what every package may use. */
    static final List<String> JDK = List.of("java.", "javax.", "org.w3c.dom.", "org.xml.sax.");

    static final String FLEXMARK = "com.vladsch.flexmark.";
    static final String JACKSON = "com.fasterxml.jackson.";
    static final String JSOUP = "org.jsoup.";
    static final String PICOCLI = "picocli.";
    static final String ICU = "com.ibm.icu.";

    /**
     * A package's rule: its name, whether it covers the packages below it too, and either the only
     * prefixes it may use besides the JDK and itself ({@code only}) or the prefixes it must not use.
     */
    record Rule(String pkg, boolean andBelow, boolean only, List<String> prefixes) {
        boolean covers(String p) {
            return p.equals(pkg) || (andBelow && p.startsWith(pkg + "."));
        }

        /** Why {@code used}, referred to from package {@code from}, breaks the rule; null if it does not. */
        String breach(String from, String used) {
            String usedPkg = packageOf(used);
            boolean listed = prefixes.stream().anyMatch(p -> used.startsWith(p.endsWith(".") ? p : p + "."));
            if (only) {
                if (usedPkg.equals(from) || JDK.stream().anyMatch(used::startsWith) || listed) return null;
                return "uses " + used + ", but " + pkg + " may use only the JDK" + (prefixes.isEmpty() ? "" : " and " + prefixes);
            }
            return listed ? "uses " + used + ", which " + pkg + " must not" : null;
        }
    }

    static Rule only(String pkg, String... mayUse) {
        return new Rule(pkg, false, true, List.of(mayUse));
    }

    static Rule never(String pkg, String... mustNotUse) {
        return new Rule(pkg, false, false, List.of(mustNotUse));
    }

    static Rule neverBelow(String pkg, String... mustNotUse) {
        return new Rule(pkg, true, false, List.of(mustNotUse));
    }

    /** One rule or more per main package, each with the words of its package-info. */
    static final List<Rule> RULES = List.of(
            // "It imports only the JDK."
            only("dev.hanmoto"),
            // "Imports only the JDK: nothing else of Hanmoto (source, render, theme, build …) and no Markdown, HTML, PDF or EPUB library."
            only("dev.hanmoto.ast"),
            // "Imports only the JDK, so that every package may report."
            only("dev.hanmoto.diag"),
            // "Imports only the JDK, nothing else of Hanmoto, so that every package may use it."
            only("dev.hanmoto.files"),
            // "Imports only the JDK: no HTML parser and nothing else of Hanmoto"
            only("dev.hanmoto.html"),
            // "Imports only the JDK and ICU4J"
            only("dev.hanmoto.text", ICU),
            // "Imports only ast, text (the Japanese text rules) and ICU4J"
            only("dev.hanmoto.transform", "dev.hanmoto.ast", "dev.hanmoto.text", ICU),
            // "the only package that imports flexmark and jsoup ... read with Jackson ... Of Hanmoto it imports only ast, diag, html and text"
            only("dev.hanmoto.source", "dev.hanmoto.ast", "dev.hanmoto.diag", "dev.hanmoto.html", "dev.hanmoto.text", FLEXMARK, JSOUP, JACKSON),
            // "Must not import dev.hanmoto.render, dev.hanmoto.theme, dev.hanmoto.cli or flexmark"
            never("dev.hanmoto.book", "dev.hanmoto.render", "dev.hanmoto.theme", "dev.hanmoto.cli", FLEXMARK),
            // "Must not import source, ast, render, book, build, cli or transform, nor flexmark, jsoup or Jackson"
            never("dev.hanmoto.theme", "dev.hanmoto.source", "dev.hanmoto.ast", "dev.hanmoto.render", "dev.hanmoto.book",
                    "dev.hanmoto.build", "dev.hanmoto.cli", "dev.hanmoto.transform", FLEXMARK, JSOUP, JACKSON),
            // "Uses every package but cli, which it must not import."
            never("dev.hanmoto.build", "dev.hanmoto.cli"),
            // "No other package imports it, uses picocli, writes to System.out/err, prints stack traces or exits."
            // (the other packages' side: CONFINED, CLI_ONLY and the rules that forbid dev.hanmoto.cli)
            never("dev.hanmoto.cli"),
            // "Renderers never see flexmark or Jackson types, raw HTML (jsoup) or raw front matter: no package under
            // render imports source, book, build, cli or transform."
            neverBelow("dev.hanmoto.render", FLEXMARK, JACKSON, JSOUP, "dev.hanmoto.source", "dev.hanmoto.book",
                    "dev.hanmoto.build", "dev.hanmoto.cli", "dev.hanmoto.transform"),
            // "imports only the JDK and ICU4J, nothing of Hanmoto (source, theme, any renderer) and no rendering library"
            only("dev.hanmoto.render.emoji", ICU),
            // "Imports nothing of Hanmoto (source, theme, any renderer): only the JDK, jlatexmath and Batik's SVG generator"
            only("dev.hanmoto.render.math", "org.scilab.forge.jlatexmath", "org.apache.batik"),
            // "Imports only ast (and the JDK)"
            only("dev.hanmoto.render.xhtml", "dev.hanmoto.ast", "dev.hanmoto.render.highlight", "dev.hanmoto.text"),
            // "Imports only the JDK and RSyntaxTextArea's token makers (org.fife); nothing of Hanmoto"
            only("dev.hanmoto.render.highlight", "org.fife", "javax.swing.text"),
            // "Must not import dev.hanmoto.source, flexmark, Jackson, jsoup, or the PDF/EPUB renderers."
            never("dev.hanmoto.render.card", "dev.hanmoto.source", FLEXMARK, JACKSON, JSOUP, "dev.hanmoto.render.pdf", "dev.hanmoto.render.epub"),
            // "Must not import dev.hanmoto.source, dev.hanmoto.book, flexmark, Jackson, jsoup, or another renderer's package"
            never("dev.hanmoto.render.epub", "dev.hanmoto.source", "dev.hanmoto.book", FLEXMARK, JACKSON, JSOUP,
                    "dev.hanmoto.render.pdf", "dev.hanmoto.render.card"),
            // "Must not import dev.hanmoto.source, flexmark, or any other renderer's package."
            never("dev.hanmoto.render.pdf", "dev.hanmoto.source", FLEXMARK, "dev.hanmoto.render.epub", "dev.hanmoto.render.card"));

    /** Libraries only some packages may use (said in those packages' package-info). */
    static final Map<String, List<String>> CONFINED = Map.of(
            FLEXMARK, List.of("dev.hanmoto.source"),
            JSOUP, List.of("dev.hanmoto.source"),
            JACKSON, List.of("dev.hanmoto.source", "dev.hanmoto.book"),
            PICOCLI, List.of("dev.hanmoto.cli"));

    /** Members only the CLI may use: it alone prints and decides the exit code. */
    static final Set<String> CLI_ONLY = Set.of("java.lang.System#out", "java.lang.System#err", "java.lang.System#exit",
            "java.lang.Runtime#exit", "java.lang.Runtime#halt", "java.lang.Throwable#printStackTrace");

    /** The main sources (surefire runs in the repository). */
    static final Path SOURCES = Path.of("src/main/java");

    private static List<ClassReferences> main;

    @BeforeAll
    static void readMainClasses() throws IOException, URISyntaxException {
        Path root = Path.of(Version.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        main = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve("dev/hanmoto"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).sorted().toList()) {
                main.add(ClassReferences.read(Files.readAllBytes(f)));
            }
        }
    }

    @Test
    void everyPackageKeepsToItsPackageInfo() {
        List<String> breaches = new ArrayList<>();
        for (ClassReferences c : main) breaches.addAll(breaches(c, packageOf(c.name())));
        assertEquals(List.of(), breaches);
    }

    @Test
    void everyPackageHasAPackageInfoAndARule() {
        Set<String> packages = new TreeSet<>();
        for (ClassReferences c : main) packages.add(packageOf(c.name()));
        assertTrue(packages.size() >= 15, packages.toString());
        List<String> withoutInfo = packages.stream()
                .filter(p -> !Files.isRegularFile(SOURCES.resolve(p.replace('.', '/')).resolve("package-info.java"))).toList();
        assertEquals(List.of(), withoutInfo, "every package says what it is and may use in a package-info.java");
        List<String> without = packages.stream().filter(p -> RULES.stream().noneMatch(r -> r.covers(p))).toList();
        assertEquals(List.of(), without, "packages without a rule: add one that says what their package-info says");
    }

    // The checks must be able to fail: real classes, judged by another package's rule.

    @Test
    void flexmarkInARendererIsABreach() throws IOException {
        ClassReferences reader = mainClass("dev.hanmoto.source.MarkdownReader");
        List<String> found = breaches(reader, "dev.hanmoto.render.epub");
        assertTrue(found.stream().anyMatch(b -> b.contains("uses com.vladsch.flexmark.")
                && b.contains("which dev.hanmoto.render must not")), found.toString());
        assertTrue(found.stream().anyMatch(b -> b.contains("com.vladsch.flexmark.") && b.contains("only dev.hanmoto.source may use")),
                found.toString());
    }

    @Test
    void aRendererInTheAstIsABreach() throws IOException {
        List<String> found = breaches(mainClass("dev.hanmoto.render.epub.EpubRenderer"), "dev.hanmoto.ast");
        assertTrue(found.stream().anyMatch(b -> b.contains("uses dev.hanmoto.theme.EpubTheme, but dev.hanmoto.ast may use only the JDK")),
                found.toString());
    }

    @Test
    void printingOutsideTheCliIsABreach() throws IOException {
        ClassReferences cli = main.stream().filter(c -> c.name().startsWith("dev.hanmoto.cli.")
                && c.members().contains("java.lang.System#exit")).findFirst().orElseThrow();
        List<String> found = breaches(cli, "dev.hanmoto.build");
        assertTrue(found.stream().anyMatch(b -> b.contains("uses java.lang.System#exit, which only dev.hanmoto.cli may")), found.toString());
    }

    /** A class that names a type only in a generic signature: the reader must still see it. */
    static final class SignatureOnly {
        java.util.List<com.vladsch.flexmark.util.ast.Node> nodes;
    }

    @Test
    void typesInSignaturesCount() throws IOException {
        ClassReferences probe;
        try (InputStream in = SignatureOnly.class.getResourceAsStream("PackageRulesTest$SignatureOnly.class")) {
            probe = ClassReferences.read(in.readAllBytes());
        }
        assertTrue(probe.classes().contains("com.vladsch.flexmark.util.ast.Node"), probe.classes().toString());
        assertTrue(breaches(probe, "dev.hanmoto.render.pdf").stream().anyMatch(b -> b.contains("com.vladsch.flexmark.util.ast.Node")));
    }

    /** Everything about class {@code c} that breaks the rules of package {@code pkg}. */
    static List<String> breaches(ClassReferences c, String pkg) {
        List<String> out = new ArrayList<>();
        for (String used : c.classes()) {
            for (Rule r : RULES) {
                if (!r.covers(pkg)) continue;
                String why = r.breach(pkg, used);
                if (why != null) out.add(c.name() + " " + why);
            }
            CONFINED.forEach((lib, allowed) -> {
                if (used.startsWith(lib) && !allowed.contains(pkg)) {
                    out.add(c.name() + " uses " + used + ", but only " + String.join(", ", allowed) + " may use " + lib + "*");
                }
            });
        }
        if (!pkg.equals("dev.hanmoto.cli")) {
            for (String m : c.members()) {
                if (CLI_ONLY.contains(m)) out.add(c.name() + " uses " + m + ", which only dev.hanmoto.cli may (it alone prints and exits)");
            }
        }
        return out;
    }

    private static ClassReferences mainClass(String name) {
        return main.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no class " + name));
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }
}
