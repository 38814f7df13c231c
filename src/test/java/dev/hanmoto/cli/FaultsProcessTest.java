package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.render.pdf.PdfStructure;
import dev.hanmoto.testkit.TestFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, points 1 and 3, on real processes: the command line in a child JVM (as the launcher runs
 * it, {@code -Xmx1g}), killed with SIGKILL after random delays across the whole build, stopped with
 * SIGINT and SIGTERM, and run twice at once on one {@code out/}. After each, every document's three
 * files in {@code out/} are byte for byte those of one complete build (builds are reproducible, so the
 * two possible builds are known in advance) and nothing else is there but what the next build removes.
 *
 * <p>Slow (a couple of minutes): in the {@code faults} profile, which {@code .ci/run} runs. The seed
 * is {@code -Dhanmoto.faults.seed} (default 19) and is printed with every delay.
 */
@Tag("faults")
class FaultsProcessTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final long SEED = Long.getLong("hanmoto.faults.seed", 19);
    static final int DOCS = 4;
    static final List<String> EXTS = List.of(".pdf", ".epub", ".png");
    /** Generous bounds so that a stuck child fails the test instead of hanging it; never a speed assertion. */
    static final long GUARD_SECONDS = 600;

    /** The outputs of a complete build of version 1 and of version 2 of the sources: file name → bytes. */
    static Map<String, byte[]> v1;
    static Map<String, byte[]> v2;

    @TempDir
    Path project;

    static String source(int doc, int version) {
        StringBuilder b = new StringBuilder("---\ntitle: 第" + doc + "の文書(版" + version + ")\n---\n\n");
        for (int s = 1; s <= 4; s++) {
            b.append("## 節").append(s).append("(版").append(version).append(")\n\n");
            for (int p = 0; p < 4; p++) {
                b.append("日本語の組版では、行頭に句読点が来ないように調整する。版").append(version)
                        .append("の本文として、同じ文を少し繰り返す。Markdown から PDF と EPUB を作る。\n\n");
            }
        }
        return b.toString();
    }

    static void writeSources(Path project, int version) throws IOException {
        Files.createDirectories(project.resolve("content"));
        for (int d = 1; d <= DOCS; d++) Files.writeString(project.resolve("content/doc" + d + ".md"), source(d, version));
    }

    /** The CLI in its own JVM, with the launcher's options; stderr goes to {@code err}. */
    static ProcessBuilder cli(Path project, Path err, String... args) {
        return cliWithHeap(project, err, LAUNCHER_HEAP, args);
    }

    /** The heap limit the launcher gives the JVM ({@code -Xmx…} in the hanmoto script). */
    static final String LAUNCHER_HEAP = launcherHeap();

    private static String launcherHeap() {
        try {
            var m = java.util.regex.Pattern.compile("-Xmx\\w+").matcher(Files.readString(REPO.resolve("hanmoto")));
            if (!m.find()) throw new AssertionError("the hanmoto launcher sets no -Xmx");
            return m.group();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** As above with the heap limit {@code heap} ({@code -Xmx…}). */
    static ProcessBuilder cliWithHeap(Path project, Path err, String heap, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss8m", heap, "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8", "-Dhanmoto.home=" + REPO, "-cp", System.getProperty("java.class.path"),
                "dev.hanmoto.cli.Main"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(err.toFile());
        pb.environment().put("SOURCE_DATE_EPOCH", "1767225600");
        return pb;
    }

    /** Writes and builds the first version of the sources, for a test that then breaks a later build; returns out/. */
    private Path firstVersionBuilt() throws Exception {
        writeSources(project, 1);
        assertEquals(0, run(project, "build"));
        return project.resolve("out");
    }

    static int run(Path project, String... args) throws Exception {
        Path err = Files.createTempFile("hanmoto-err", ".txt");
        Process p = cli(project, err, args).start();
        assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS), "child finished");
        int code = p.exitValue();
        if (code != 0) System.err.println(Files.readString(err));
        Files.delete(err);
        return code;
    }

    @BeforeAll
    static void buildBothVersions(@TempDir Path dir) throws Exception {
        writeSources(dir, 1);
        assertEquals(0, run(dir, "build"));
        v1 = TestFiles.outputs(dir.resolve("out"));
        writeSources(dir, 2);
        assertEquals(0, run(dir, "build"));
        v2 = TestFiles.outputs(dir.resolve("out"));
        assertEquals(DOCS * 3, v1.size(), v1.keySet().toString());
        assertEquals(v1.keySet(), v2.keySet());
        for (String f : v1.keySet()) assertFalse(java.util.Arrays.equals(v1.get(f), v2.get(f)), f + " differs between the versions");
    }

    static List<String> stateFiles(Path out) throws IOException {
        Path state = out.resolve(".hanmoto");
        // Polled while a build runs too (to choose the moment to kill it): a directory the build
        // removes during the walk is read again.
        for (int attempt = 0; ; attempt++) {
            if (!Files.exists(state)) return List.of();
            try (Stream<Path> s = Files.walk(state)) {
                // The build cache stays between builds; the lock and the staging area must not.
                return s.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
                        .filter(p -> !p.startsWith(".hanmoto/cache/")).sorted().toList();
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException e) {
                if (attempt >= 20) throw e;
            }
        }
    }

    /**
     * Checks out/ after a stop: nothing but the documents' files (and .hanmoto/); each document's files
     * all from v1 or all from v2 — unless a commit record lists it (killed between its renames, which
     * the next build completes). Returns each document's state: "1", "2" or "mid-commit".
     */
    Map<String, String> checkOut(String when) throws IOException {
        Path out = project.resolve("out");
        Map<String, byte[]> now = TestFiles.outputs(out);
        assertEquals(v1.keySet(), now.keySet(), when + ": out/ holds exactly the documents' files, no temporaries");
        List<String> records = new ArrayList<>();
        for (String f : stateFiles(out)) {
            if (f.endsWith(".commit")) records.addAll(Files.readAllLines(out.resolve(f)));
        }
        Map<String, String> state = new LinkedHashMap<>();
        for (int d = 1; d <= DOCS; d++) {
            String doc = "doc" + d;
            StringBuilder from = new StringBuilder();
            for (String ext : EXTS) {
                byte[] b = now.get(doc + ext);
                from.append(java.util.Arrays.equals(b, v1.get(doc + ext)) ? '1' : java.util.Arrays.equals(b, v2.get(doc + ext)) ? '2' : '?');
            }
            String f = from.toString();
            if (f.equals("111") || f.equals("222")) {
                state.put(doc, f.substring(0, 1));
            } else {
                assertTrue(!f.contains("?") && records.containsAll(EXTS.stream().map(e -> doc + e).toList()),
                        when + ": " + doc + "'s files come from builds " + f + " (pdf, epub, png) with no commit record to complete them");
                state.put(doc, "mid-commit");
            }
        }
        return state;
    }

    /** The file keys (inodes) of the outputs: a commit renames new files into place, so they change. */
    static Map<String, Object> inodes(Path out) throws IOException {
        Map<String, Object> m = new TreeMap<>();
        for (String f : v1.keySet()) {
            Path p = out.resolve(f);
            m.put(f, Files.exists(p) ? Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class).fileKey() : null);
        }
        return m;
    }

    /** Files the child with this pid staged. */
    static long staged(Path out, long pid) throws IOException {
        return stateFiles(out).stream().filter(f -> f.startsWith(".hanmoto/staging/" + pid + "-")).count();
    }

    /** Whether the child with this pid holds out/ (its pid is in the lock file; read from this process, which holds no lock). */
    static boolean holds(Path out, long pid) {
        try {
            return Files.readString(out.resolve(".hanmoto/lock")).strip().equals(Long.toString(pid));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The moments a build is killed at, in turn: a random time after its start (JVM start-up, theme,
     * reading), after it took out/ (rendering), after it staged its first file, after its first
     * document was moved into place (the others rendering or moving). Each is reached by watching
     * out/; a random delay (up to the jitter) comes on top.
     */
    enum Moment {
        START(2500), LOCKED(1500), STAGED(1000), COMMITTED(400);

        final int jitterMillis;

        Moment(int jitterMillis) {
            this.jitterMillis = jitterMillis;
        }

        boolean reached(Path out, Process p, Map<String, Object> before) throws IOException {
            return switch (this) {
                case START -> true;
                case LOCKED -> holds(out, p.pid());
                case STAGED -> staged(out, p.pid()) > 0;
                case COMMITTED -> !inodes(out).equals(before);
            };
        }
    }

    /** Where a killed build was, from what it left. */
    static String phase(Path out, long pid, Map<String, Object> before) throws IOException {
        Map<String, Object> now = inodes(out);
        long moved = now.keySet().stream().filter(k -> !java.util.Objects.equals(now.get(k), before.get(k))).count();
        boolean record = stateFiles(out).stream().anyMatch(f -> f.startsWith(".hanmoto/staging/" + pid + "-") && f.endsWith(".commit"));
        if (record) return "between a document's renames";
        if (!holds(out, pid)) return "before taking out/ (JVM start, theme, reading)";
        long staged = staged(out, pid);
        if (staged == 0 && moved == 0) return "holding out/, rendering";
        return (moved / 3) + " of " + DOCS + " documents in place, " + staged + " files staged";
    }

    @Test
    void aBuildKilledAtAnyMomentLeavesEachDocumentWholeAndTheNextBuildClearsUp() throws Exception {
        Path out = firstVersionBuilt();
        Random random = new Random(SEED);
        System.err.println("FaultsProcessTest: seed " + SEED + " (set with -Dhanmoto.faults.seed)");
        Map<String, Integer> phases = new TreeMap<>();
        int kills = 0;
        int version = 1;
        for (int round = 0; kills < 24 && round < 60; round++) {
            // Always the other version than out/ holds, so that every file the build moves changes.
            version = checkOut("before round " + round).get("doc1").equals("1") ? 2 : 1;
            writeSources(project, version);
            Map<String, Object> before = inodes(out);
            Moment moment = Moment.values()[round % Moment.values().length];
            int jitter = random.nextInt(moment.jitterMillis);
            Path err = project.resolve("../err-" + round + ".txt").normalize();
            long t0 = System.nanoTime();
            // Every other round builds with --force, so that kills land while documents render; the
            // rounds between put the other version back from the build cache, through the same staging.
            Process p = (round % 2 == 0 ? cli(project, err, "build", "--force") : cli(project, err, "build")).start();
            while (p.isAlive() && !moment.reached(out, p, before)) Thread.sleep(5);
            boolean ended = p.waitFor(jitter, TimeUnit.MILLISECONDS);
            long delay = (System.nanoTime() - t0) / 1_000_000;
            String phase = ended ? "not killed: ended with " + p.exitValue() : phase(out, p.pid(), before);
            if (!ended) {
                p.destroyForcibly(); // SIGKILL
                assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
            }
            boolean killed = !ended && p.exitValue() == 137;
            if (killed) kills++;
            Map<String, String> after = checkOut("round " + round + " (killed at " + moment + " + " + jitter + " ms)");
            phases.merge(phase.replaceAll("\\d+ files", "n files"), 1, Integer::sum);
            System.err.printf("FaultsProcessTest: seed %d round %d: SIGKILL at %s + %d ms (%d ms after start): %s; documents %s%n",
                    SEED, round, moment, jitter, delay, phase, after.values());
            if (!killed) assertEquals(0, p.exitValue(), Files.readString(err));
        }
        System.err.println("FaultsProcessTest: phases hit: " + phases);
        assertTrue(kills >= 20, "at least 20 builds were killed while running (" + kills + ")");
        assertTrue(phases.keySet().stream().filter(k -> !k.startsWith("not killed")).count() >= 4,
                "kills landed in at least four phases: " + phases);

        Path err = project.resolve("../err-final.txt").normalize();
        Process p = cli(project, err, "build").start();
        assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(err));
        Map<String, byte[]> done = TestFiles.outputs(out);
        Map<String, byte[]> expected = version == 1 ? v1 : v2;
        for (String f : expected.keySet()) assertArrayEquals(expected.get(f), done.get(f), f + " from the last build");
        assertEquals(List.of(), stateFiles(out), "the next build removed whatever the killed ones left");
        assertFalse(Files.exists(out.resolve(".hanmoto/staging")));
        assertFalse(Files.exists(out.resolve(".hanmoto/lock")));
        PdfStructure.requireCleanBelow(out);
    }

    /** SIGINT's disposition in a child: ignored when the test runs as a background job of a shell without job control. */
    static boolean ignoresSigint(Process p) throws IOException {
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        if (!Files.exists(status)) return false;
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("SigIgn:")) return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << 1)) != 0;
        }
        return false;
    }

    @Test
    void sigintAndSigtermStopABuildWithin2sWith130And143AndLeaveOutWhole() throws Exception {
        Path out = firstVersionBuilt();
        Random random = new Random(SEED);
        for (String signal : List.of("INT", "TERM")) {
            int expected = signal.equals("INT") ? 130 : 143;
            long best = Long.MAX_VALUE;
            // The bound is the issue's; the best of three tries, so that one descheduled moment on a busy
            // machine does not fail it.
            int late = 0;
            for (int attempt = 0; attempt < 3 && best > 2000; attempt++) {
                writeSources(project, 2 - attempt % 2);
                Map<String, String> before = checkOut("before SIG" + signal);
                Path err = project.resolve("../err-" + signal + attempt + ".txt").normalize();
                Process p = cli(project, err, "build", "--force").start(); // --force: render, not restore from the cache
                if (signal.equals("INT") && ignoresSigint(p)) {
                    p.destroyForcibly().waitFor();
                    Assumptions.abort("SIGINT is ignored by this test's processes (a background job without job control)");
                }
                // Into the build: out/ is held (the lock file appears), then a random moment of rendering.
                while (!Files.exists(out.resolve(".hanmoto/lock")) && p.isAlive()) Thread.sleep(10);
                Thread.sleep(random.nextInt(800));
                long t0 = System.nanoTime();
                if (signal.equals("TERM")) {
                    p.destroy();
                } else {
                    new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
                }
                assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
                long millis = (System.nanoTime() - t0) / 1_000_000;
                String stderr = Files.readString(err);
                if (p.exitValue() == 0 && late++ < 5) {
                    System.err.println("FaultsProcessTest: SIG" + signal + " came after the build ended; again");
                    attempt--;
                    continue;
                }
                assertEquals(expected, p.exitValue(), stderr);
                assertTrue(stderr.contains("hanmoto: stopped;"), stderr);
                Map<String, String> after = checkOut("after SIG" + signal);
                assertFalse(after.containsValue("mid-commit"), "the hook lets a commit finish: " + after);
                assertEquals(List.of(), stateFiles(out), "SIG" + signal + ": staging and lock removed");
                System.err.printf("FaultsProcessTest: SIG%s stopped the build in %d ms; documents %s -> %s%n",
                        signal, millis, before.values(), after.values());
                best = Math.min(best, millis);
            }
            assertTrue(best <= 2000, "SIG" + signal + " stops a build within 2 s (best of three: " + best + " ms)");
        }
    }

    @Test
    void aBuildWaitsWhileAnotherHoldsTheOutputFolderNamingItsPid() throws Exception {
        Path out = firstVersionBuilt();
        writeSources(project, 2);
        Files.createDirectories(out.resolve(".hanmoto"));
        Path err = project.resolve("../err-wait.txt").normalize();
        Process p;
        // This JVM holds out/ as a build does: the OS lock, and its pid in the file.
        try (FileChannel ch = FileChannel.open(out.resolve(".hanmoto/lock"), StandardOpenOption.CREATE,
                StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = ch.lock();
            ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
            p = cli(project, err, "build", "--force").start(); // --force: render, not restore from the cache
            String waiting = "is being written by another build (process " + ProcessHandle.current().pid() + "); waiting for it to finish";
            while (!Files.readString(err).contains(waiting)) {
                assertTrue(p.isAlive(), "the second build waits instead of ending: " + Files.readString(err));
                Thread.sleep(20);
            }
            assertTrue(p.isAlive());
            assertEquals(Map.of("doc1", "1", "doc2", "1", "doc3", "1", "doc4", "1"), new TreeMap<>(checkOut("while waiting")));
            ch.truncate(0);
            lock.release();
        }
        assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), Files.readString(err));
        assertEquals(Map.of("doc1", "2", "doc2", "2", "doc3", "2", "doc4", "2"), new TreeMap<>(checkOut("after waiting")));
        assertEquals(List.of(), stateFiles(out));
    }

    @Test
    void twoBuildsAndAWatchOnOneOutputFolderAllEndWithCompleteOutputs() throws Exception {
        Path out = project.resolve("out");
        writeSources(project, 1);
        Path errWatch = project.resolve("../err-watch.txt").normalize();
        Process watch = cli(project, errWatch, "watch", "--max-rebuilds", "1").start();
        while (!Files.readString(errWatch).contains("hanmoto: watching")) {
            assertTrue(watch.isAlive(), Files.readString(errWatch));
            Thread.sleep(20);
        }
        // Two builds at once, and a change for the watch to rebuild while they run.
        Path errA = project.resolve("../err-a.txt").normalize();
        Path errB = project.resolve("../err-b.txt").normalize();
        Process a = cli(project, errA, "build").start();
        Process b = cli(project, errB, "build").start();
        writeSources(project, 2);
        for (Process p : List.of(a, b, watch)) assertTrue(p.waitFor(GUARD_SECONDS, TimeUnit.SECONDS));
        assertEquals(0, a.exitValue(), Files.readString(errA));
        assertEquals(0, b.exitValue(), Files.readString(errB));
        assertEquals(0, watch.exitValue(), Files.readString(errWatch));
        String all = Files.readString(errA) + Files.readString(errB) + Files.readString(errWatch);
        System.err.println("FaultsProcessTest: waits seen: " + all.lines().filter(l -> l.contains("waiting for it")).count());
        Map<String, String> state = checkOut("after two builds and a watch");
        assertFalse(state.containsValue("mid-commit"), state.toString());
        assertEquals(List.of(), stateFiles(out));
        // Whichever committed last, a build now gives the sources as they are.
        assertEquals(0, run(project, "build"));
        assertEquals(Map.of("doc1", "2", "doc2", "2", "doc3", "2", "doc4", "2"), new TreeMap<>(checkOut("rebuilt")));
    }
}
