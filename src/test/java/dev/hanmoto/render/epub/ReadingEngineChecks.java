package dev.hanmoto.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 18: the EPUB as a reading engine shows it. Each fixture is opened by foliate-js (the library of
 * Foliate and other readers; npm, pinned in {@code src/test/engine/package-lock.json}) inside a real
 * browser engine, paginated one column per page at 480×720 CSS px, with the note asides hidden as pop-up
 * readers do. {@code src/test/engine/read.mjs} measures the laid-out pages and writes the facts as JSON;
 * the checks below are on those facts. Screenshots of the first pages of every section are kept in
 * {@code target/engine/<engine>/<fixture>/} for a person to look at.
 *
 * <p>The fonts the engine may pick from are the machine's plus the repository's {@code fonts/} (BIZ UD,
 * as on Windows 10 and later), so the results do not depend on which Japanese fonts the machine has.
 *
 * <p>Without the engine, node or the npm packages ({@code npm ci} in {@code src/test/engine}) the checks
 * are skipped with one line; {@code -Dhanmoto.engine=required} (as {@code .ci/run} sets) makes that a
 * failure. Subclasses name the engine and what it lacks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ReadingEngineChecks {
    private static final Path ENGINE = TestDocuments.REPO.resolve("src/test/engine");
    private static final Path OUT = TestDocuments.REPO.resolve("target/engine");
    static final Path EMOJI_FONT = Path.of("/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf");

    /** The families a kind of text may be set in: theme faces (embedded or installed) and the fonts the stacks name. */
    private static final Pattern MINCHO = Pattern.compile("BIZ UDPMincho|Hiragino Mincho|Yu ?Mincho|Noto Serif CJK|Source Han Serif|IPAexMincho|MS PMincho");
    private static final Pattern GOTHIC = Pattern.compile("BIZ UDPGothic|Hiragino Kaku|Hiragino Sans|Yu ?Gothic|Noto Sans CJK|Source Han Sans|Meiryo|IPAexGothic|MS PGothic");
    private static final Pattern MONO = Pattern.compile("BIZ UDGothic|Mono|Menlo|Consolas|Source Han Code|MS Gothic");
    private static final Pattern EMOJI = Pattern.compile("Emoji");

    /**
     * One fixture: its source (null: src/test/resources/engine/reading-check.md; a folder is a book), the
     * theme it is built with (a theme extending {@code parent} with these {@code epub} keys), its body face.
     */
    record Fixture(String name, Path source, String parent, String epub, Pattern body, boolean embedded) {}

    static final List<Fixture> ALL = List.of(
            new Fixture("horizontal", null, "default", "", MINCHO, false),
            new Fixture("vertical", null, "default", "  writing-mode: vertical-rl\n", MINCHO, false),
            new Fixture("ebpaj", null, "default", "  layout: ebpaj\n  writing-mode: vertical-rl\n", MINCHO, false),
            new Fixture("embedded", null, "default", "  embed-fonts: subset\n", MINCHO, true),
            new Fixture("embedded-vertical", null, "default", "  embed-fonts: subset\n  writing-mode: vertical-rl\n", MINCHO, true),
            new Fixture("report", null, "report", "", GOTHIC, false),
            new Fixture("seed", TestDocuments.SEED, "default", "", MINCHO, false),
            new Fixture("guide", TestDocuments.GUIDE, "default", "", MINCHO, false));

    private JsonNode books;

    /** The fixtures this engine reads: all of them, unless a subclass leaves some out (for time). */
    List<Fixture> fixtures() {
        return ALL;
    }

    /**
     * The browser program of an engine, found as read.mjs finds it: the environment variable, else
     * Debian's path.
     *
     * @param install how to get it on Debian, for the skip message
     */
    record Program(String what, String variable, String debianPath, String install) {
        Optional<String> missing() {
            Path p = Path.of(Optional.ofNullable(System.getenv(variable)).orElse(debianPath));
            return Files.isExecutable(p) ? Optional.empty() : Optional.of("no " + what + " at " + p + " (" + install + ")");
        }
    }

    private final String engine;
    private final Program program;

    /** @param engine the engine read.mjs drives: chromium or webkit */
    ReadingEngineChecks(String engine, Program program) {
        this.engine = engine;
        this.program = program;
    }

    final String engine() {
        return engine;
    }

    /** What this machine lacks to run the engine, if anything (beyond node and the npm packages). */
    Optional<String> engineMissing() {
        return program.missing();
    }

    @BeforeAll
    void readFixtures() throws Exception {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            if ("required".equals(System.getProperty("hanmoto.engine"))) {
                throw new AssertionError(getClass().getSimpleName() + " cannot run (-Dhanmoto.engine=required): " + missing.get());
            }
            String line = getClass().getSimpleName() + " skipped: " + missing.get();
            System.out.println(line);
            Assumptions.abort(line);
        }
        Path project = OUT.resolve(engine() + "-project");
        Path epubs = OUT.resolve(engine() + "-epub");
        Files.createDirectories(project.resolve("content"));
        Files.createDirectories(epubs);
        Path source = project.resolve("content/reading-check.md");
        Files.copy(TestDocuments.REPO.resolve("src/test/resources/engine/reading-check.md"), source,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> cmd = new ArrayList<>(List.of(node(), "read.mjs", "--engine", engine(), "--out", OUT.resolve(engine()).toString(),
                "--fonts", TestDocuments.REPO.resolve("fonts").toString(), "--pages", "3"));
        for (Fixture f : fixtures()) {
            Path dir = project.resolve("themes/" + f.name());
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("theme.yaml"), "extends: " + f.parent() + "\nepub:\n  cover: none\n" + f.epub());
            Theme theme = new ThemeLoader(project, Optional.of(TestDocuments.REPO)).load(f.name());
            Diagnostics diags = new Diagnostics();
            Path src = f.source() == null ? source : f.source();
            Document doc = Files.isDirectory(src) ? TestDocuments.book(src, diags) : TestDocuments.read(src, diags);
            byte[] epub = new EpubRenderer(theme, d -> Optional.empty(), f.source() == null ? project : TestDocuments.REPO,
                    Optional.of(Instant.parse("2026-01-01T00:00:00Z"))).build(doc, diags);
            if (f.source() == null) {
                assertEquals(List.of(), diags.all().stream().map(Diagnostic::format).toList(), f.name());
            }
            assertEquals("", EpubCheckReport.check(epub, epubs, "engine-" + f.name()).problems(), f.name());
            Path file = epubs.resolve(f.name() + ".epub");
            Files.write(file, epub);
            cmd.add(f.name() + "=" + file);
        }
        Path log = OUT.resolve(engine() + ".log");
        Process p = new ProcessBuilder(cmd).directory(ENGINE.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        // Not a timed assertion: a hung browser must not hang the build (the run takes about a minute).
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("read.mjs did not finish in 10 minutes; see " + log);
        }
        assertEquals(0, p.exitValue(), () -> "read.mjs failed:\n" + read(log));
        books = new ObjectMapper().readTree(OUT.resolve(engine() + "/facts.json").toFile()).get("books");
    }

    /** What the run needs that this machine lacks, if anything. */
    private Optional<String> missing() {
        Optional<String> engine = engineMissing();
        if (engine.isPresent()) return engine;
        if (node().isEmpty()) return Optional.of("no node on PATH");
        for (String pkg : List.of("foliate-js", "puppeteer-core", "pngjs")) {
            if (!Files.isDirectory(ENGINE.resolve("node_modules").resolve(pkg))) {
                return Optional.of("npm package " + pkg + " missing (npm ci in src/test/engine)");
            }
        }
        if (!Files.exists(EMOJI_FONT)) return Optional.of("no colour emoji font (apt-get install fonts-noto-color-emoji)");
        return Optional.empty();
    }

    static String node() {
        return onPath("node").orElse("");
    }

    /** An executable of that name on PATH. */
    static Optional<String> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path n = Path.of(dir, name);
            if (Files.isExecutable(n)) return Optional.of(n.toString());
        }
        return Optional.empty();
    }

    private static String read(Path log) {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** Runs {@code check} on every section of every fixture; asserts that it found nothing. */
    void eachSection(String what, BiConsumer<Fixture, JsonNode> check, List<String> problems) {
        for (Fixture f : fixtures()) {
            for (JsonNode s : books.get(f.name()).get("sections")) {
                if (!s.has("error")) check.accept(f, s);
            }
        }
        assertEquals("", String.join("\n", problems), what + " (screenshots in target/engine/" + engine() + "/)");
    }

    /** How many fixtures are built from reading-check.md (every engine reads them all). */
    private static long checkFixtures() {
        return ALL.stream().filter(f -> f.source() == null).count();
    }

    static String where(Fixture f, JsonNode s) {
        return f.name() + " " + s.get("id").asText() + ": ";
    }

    @Test
    void everySectionOpens() {
        List<String> problems = new ArrayList<>();
        for (Fixture f : fixtures()) {
            JsonNode sections = books.get(f.name()).get("sections");
            assertTrue(sections.size() >= 3, f.name());
            for (JsonNode s : sections) {
                if (s.has("error")) problems.add(where(f, s) + s.get("error").asText());
            }
        }
        assertEquals("", String.join("\n", problems));
    }

    /**
     * 1: Mincho body, Gothic headings, monospaced code, each with its own Latin letters; colour emoji.
     * Where the engine tells which platform font set a text (Chromium), every glyph is checked; where it
     * does not (WebKit), the widths of the longest Latin and kana runs of horizontal paragraphs are
     * compared with the candidate fonts' (probe.js widthMatch; in cells, the TOC and code the widths
     * proved ambiguous, and the screenshots show those).
     */
    @Test
    void everyKindOfTextGetsItsFace() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        eachSection("fonts", (f, s) -> {
            for (JsonNode probe : s.get("fonts")) {
                String kind = probe.get("kind").asText();
                Pattern want = switch (kind) {
                    case "body", "toc", "td" -> f.body();
                    case "heading", "th", "strong" -> GOTHIC;
                    case "code", "inline-code" -> MONO;
                    default -> EMOJI;
                };
                String problem = probe.hasNonNull("used") ? platformFonts(f, kind, want, probe.get("used"))
                        : widths(kind, want, probe.get("widthMatch"));
                if (problem == null) continue;
                if (!problem.isEmpty()) {
                    problems.add(where(f, s) + kind + " «" + probe.get("text").asText() + "» " + problem
                            + ", declared " + probe.get("family").asText());
                }
                seen.merge(kind, 1, Integer::sum);
            }
        }, problems);
        for (String kind : fontKindsChecked()) {
            assertTrue(seen.getOrDefault(kind, 0) > 0, "no " + kind + " text was looked at: " + seen);
        }
    }

    /** The kinds of text whose face this engine's facts tell. */
    List<String> fontKindsChecked() {
        return List.of("body", "heading", "code", "inline-code", "th", "td", "toc", "emoji");
    }

    /** A problem with the platform fonts that set a text, "" for none. */
    private static String platformFonts(Fixture f, String kind, Pattern want, JsonNode fonts) {
        List<String> used = new ArrayList<>();
        boolean emoji = false;
        String problem = "";
        for (JsonNode font : fonts) {
            String family = font.get("family").asText();
            used.add(family + (font.get("custom").asBoolean() ? " (embedded)" : "") + " ×" + font.get("glyphs").asInt());
            if (EMOJI.matcher(family).find()) {
                emoji = true;
                continue;
            }
            if (want == EMOJI) continue;
            // the theme's text faces come from the book when it embeds them, else from the machine
            boolean themeFace = want != MONO;
            if (!want.matcher(family).find() || themeFace && f.embedded() != font.get("custom").asBoolean()) problem = "in " + used;
        }
        if (want == EMOJI && !emoji) problem = "in " + used;
        return problem.isEmpty() ? "" : "in " + used;
    }

    /** A problem with the fonts a text's widths fit, "" for none, null when the widths tell nothing. */
    private static String widths(String kind, Pattern want, JsonNode match) {
        if (match == null || match.isNull() || !kind.equals("body")) return null;
        List<String> runs = new ArrayList<>();
        boolean told = false;
        boolean fits = true;
        for (JsonNode run : List.of(match, match.path("kana"))) {
            if (!run.has("fonts") || run.get("fonts").isEmpty() || run.get("fonts").size() > 6) continue;
            told = true;
            runs.add("«" + run.get("run").asText() + "» fits " + run.get("fonts"));
            boolean any = false;
            for (JsonNode font : run.get("fonts")) any |= want.matcher(font.asText()).find();
            fits &= any;
        }
        if (!told) return null;
        return fits ? "" : String.join(", ", runs);
    }

    /** 2: no line stretched at its spaces; lists, cells and the TOC not justified at all. */
    @Test
    void noLineIsStretched() {
        List<String> problems = new ArrayList<>();
        eachSection("stretched lines", (f, s) -> s.get("gaps").fields().forEachRemaining(e -> {
            String[] kind = e.getKey().split(":");
            double em = e.getValue().get("em").asDouble();
            // Body text may be justified between characters (text-justify: inter-character); the rest is ragged.
            double limit = kind[0].equals("body") ? (kind[1].equals("space") ? 0.75 : 1.5) : (kind[1].equals("space") ? 0.6 : 1.15);
            if (em > limit) {
                problems.add(where(f, s) + kind[0] + " " + kind[1] + " set " + em + "em wide (at most " + limit + ") at «"
                        + e.getValue().get("at").asText() + "»");
            }
        }), problems);
    }

    /** 3: no table row split between pages; a header row never alone at the foot of a page. */
    @Test
    void tableRowsStayWhole() {
        List<String> problems = new ArrayList<>();
        int[] longTables = {0};
        eachSection("table rows", (f, s) -> {
            for (JsonNode t : s.get("tables")) {
                if (t.get("columns").size() > 1) longTables[0]++;
                if (keepsRowsWhole()) t.get("split").forEach(r -> problems.add(where(f, s) + "row split between pages: " + r.asText()));
                if (t.get("headerAlone").asBoolean()) problems.add(where(f, s) + "header row alone at the foot of a page");
            }
        }, problems);
        assertTrue(longTables[0] >= checkFixtures(), "tables over several pages (one in each reading-check fixture): " + longTables[0]);
    }

    /** Whether the engine honours break-inside: avoid on table rows in columns (WebKit does not). */
    boolean keepsRowsWhole() {
        return true;
    }

    /** 4: no heading last on its page. */
    @Test
    void headingsStayWithWhatFollows() {
        List<String> problems = new ArrayList<>();
        eachSection("headings", (f, s) -> s.get("headings").forEach(h ->
                problems.add(where(f, s) + "last on page " + (h.get("column").asInt() + 1) + ": " + h.get("heading").asText())), problems);
    }

    /** 5: every hyphen-minus of code is drawn (pixels of the page screenshot, not the DOM text). */
    @Test
    void codeKeepsItsHyphens() {
        List<String> problems = new ArrayList<>();
        int[] looked = {0};
        eachSection("hyphens in code", (f, s) -> {
            JsonNode ink = s.get("hyphenInk");
            looked[0] += ink.size();
            if (ink.size() != s.get("code").get("hyphens").asInt()) {
                problems.add(where(f, s) + ink.size() + " of " + s.get("code").get("hyphens").asInt() + " hyphens found on the pages");
            }
            ink.forEach(h -> {
                if (h.get("ink").asInt() < 2) problems.add(where(f, s) + "no hyphen drawn in «" + h.get("at").asText() + "» on page " + (h.get("page").asInt() + 1));
            });
        }, problems);
        assertTrue(looked[0] >= 31 * checkFixtures(), "hyphens looked at (31 in each reading-check fixture): " + looked[0]);
    }

    /** 6: notes hidden from the flow leave nothing of their section; every reference opens its note. */
    @Test
    void hiddenNotesLeaveNothingBehind() {
        List<String> problems = new ArrayList<>();
        int[] refs = {0};
        eachSection("notes", (f, s) -> {
            JsonNode notes = s.get("notes");
            for (int i = 0; i < notes.get("refs").size(); i++) {
                refs[0]++;
                JsonNode ref = notes.get("refs").get(i);
                JsonNode popup = notes.get("popups").get(i);
                if (!"aside[footnote]".equals(ref.get("target").asText()) || !ref.get("hidden").asBoolean()) {
                    problems.add(where(f, s) + ref.get("href").asText() + " points at " + ref.get("target").asText() + ", hidden " + ref.get("hidden"));
                }
                if (!"footnote".equals(popup.get("type").asText()) || popup.get("text").asText().isBlank()) {
                    problems.add(where(f, s) + ref.get("href").asText() + " opens " + popup);
                }
            }
            for (JsonNode section : notes.get("sections")) {
                if (section.get("edges").size() > 0 || section.get("content").size() > 0) {
                    problems.add(where(f, s) + "notes section still shows " + section);
                }
            }
        }, problems);
        assertTrue(refs[0] >= 3 * checkFixtures(), "note references followed (3 in each reading-check fixture): " + refs[0]);
    }

    /** 7: code blocks are not set at the body's 1.75 line height. */
    @Test
    void codeHasItsOwnLineHeight() {
        List<String> problems = new ArrayList<>();
        eachSection("code line height", (f, s) -> s.get("code").get("blocks").forEach(b -> {
            // the smallest distance between laid-out lines; with two lines it may span a blank one
            if (b.get("lines").asInt() >= 3 && b.get("pitch").asDouble() > 1.5) {
                problems.add(where(f, s) + "code lines " + b.get("pitch").asDouble() + "em apart: «" + b.get("text").asText() + "»");
            }
            if (b.get("lineHeight").asDouble() > 1.5) {
                problems.add(where(f, s) + "code line height " + b.get("lineHeight").asDouble() + "em: «" + b.get("text").asText() + "»");
            }
        }), problems);
    }

    /** Whether the engine lets tables leave the page in this section (WebKit's vertical tables do). */
    boolean tableOverflows(JsonNode section) {
        return false;
    }

    @Test
    void nothingLeavesItsColumn() {
        List<String> problems = new ArrayList<>();
        eachSection("overflow", (f, s) -> s.get("overflow").forEach(o -> {
            if (!tableOverflows(s) || !o.get("element").asText().matches("(table|thead|tbody|tr|th|td|p)\\b.*")) problems.add(where(f, s) + o);
        }), problems);
    }
}
