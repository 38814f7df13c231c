package dev.hanmoto.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.testkit.TestFiles;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19 on the output folder itself: what a killed build leaves is finished or cleared by the next
 * (laid out here as a kill leaves it; {@code cli.FaultsProcessTest} kills real builds), a full disk
 * fails the document with the file's name and keeps the earlier outputs, a second build waits for the
 * first, and a stale lock is recognised.
 */
class OutputFolderTest {
    @TempDir
    Path dir;

    private Builder builder(Path out, OutputFolder.Disk disk) {
        return new Builder(BuilderTest.TEXT_LOADER, List.of(new BuilderTest.TextRenderer()), out, false, Duration.ofSeconds(30), 2,
                Builder.GRACE, disk);
    }

    private Path source(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Every file under {@code out}, .hanmoto/ included: path → content. */
    private static Map<String, String> tree(Path out) throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (!Files.exists(out)) return m;
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                m.put(out.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return m;
    }

    /** Records the listener's calls as lines. */
    static final class Heard implements BuildListener {
        final List<String> lines = new ArrayList<>();
        final CountDownLatch waiting = new CountDownLatch(1);

        @Override
        public synchronized void waitingForOutput(Path outDir, long pid) {
            lines.add("waiting for " + pid);
            waiting.countDown();
        }

        @Override
        public synchronized void recoveredOutput(Path outDir, long stalePid, int completed, int discarded) {
            lines.add("recovered: stale " + stalePid + ", completed " + completed + ", discarded " + discarded);
        }
    }

    /** A process that has ended: its pid names no one (until the system reuses it, long after). */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }

    @Test
    void aSuccessfulBuildLeavesOnlyItsOutputs() throws IOException {
        Path out = dir.resolve("out");
        builder(out, OutputFolder.Disk.REAL).build(List.of(source("a.md", "one")), BuildListener.NONE);
        assertEquals(Map.of("a.bin", "\1\2\3", "a.txt", "one"), tree(out), "no .hanmoto/, no lock, no staging");
    }

    @Test
    void whatAKilledBuildStagedIsRemovedByTheNext() throws Exception {
        Path out = dir.resolve("out");
        Path src = source("a.md", "one");
        builder(out, OutputFolder.Disk.REAL).build(List.of(src), BuildListener.NONE);
        // Killed while rendering: a staged file, half written; its lock still names the dead process.
        long dead = deadPid();
        Files.createDirectories(out.resolve(".hanmoto/staging/" + dead + "-1/1"));
        Files.writeString(out.resolve(".hanmoto/staging/" + dead + "-1/1/a.txt"), "tw");
        Files.writeString(out.resolve(".hanmoto/lock"), dead + "\n");
        // An older Hanmoto's leftover beside the outputs.
        Files.writeString(out.resolve(".a.txt.4510350764253874.tmp"), "old");

        Heard heard = new Heard();
        Files.writeString(src, "two");
        builder(out, OutputFolder.Disk.REAL).build(List.of(src), heard);
        assertEquals(List.of("recovered: stale " + dead + ", completed 0, discarded 2"), heard.lines);
        assertEquals(Map.of("a.bin", "\1\2\3", "a.txt", "two"), tree(out));
    }

    @Test
    void aDocumentKilledHalfWayThroughItsMovesIsCompletedBeforeAnythingElse() throws Exception {
        Path out = TestFiles.write(dir.resolve("out"),
                "a.txt", "old text",
                "b.txt", "old b");
        // Killed after a.bin was moved into place, before a.txt: the record lists both.
        Path build = out.resolve(".hanmoto/staging/" + deadPid() + "-3");
        Files.writeString(out.resolve("a.bin"), "new bin");
        TestFiles.write(build,
                "1/a.txt", "new text",
                "1/sub/c.txt", "new c",
                "1.commit", "hanmoto commit 1\na.bin\na.txt\nsub/c.txt\nend\n");
        // Document 2 of that build was still rendering: never committed.
        Files.createDirectories(build.resolve("2"));
        Files.writeString(build.resolve("2/b.txt"), "new b, unfinished");

        Heard heard = new Heard();
        try (OutputFolder f = OutputFolder.open(out, heard, OutputFolder.Disk.REAL)) {
            assertEquals(Map.of("a.bin", "new bin", "a.txt", "new text", "sub/c.txt", "new c", "b.txt", "old b",
                    ".hanmoto/lock", ProcessHandle.current().pid() + "\n"), tree(out));
        }
        assertEquals(1, heard.lines.size(), heard.lines.toString());
        assertTrue(heard.lines.get(0).endsWith("completed 1, discarded 1"), heard.lines.toString());
        assertFalse(Files.exists(out.resolve(".hanmoto")));
    }

    @Test
    void theCommitRecordIsWrittenAfterEveryFileIsStaged() throws Exception {
        Path out = dir.resolve("out");
        List<String> seen = new ArrayList<>();
        // A disk that notes, for each file it creates, what the staging area held at that moment.
        OutputFolder.Disk watching = file -> {
            seen.add(out.relativize(file).toString().replaceAll("staging/\\d+-\\d+/", "staging/B/"));
            return OutputFolder.Disk.REAL.create(file);
        };
        builder(out, watching).build(List.of(source("a.md", "x")), BuildListener.NONE);
        assertEquals(List.of(".hanmoto/staging/B/1/a.bin", ".hanmoto/staging/B/1/a.txt", ".hanmoto/staging/B/1.commit.partial"), seen);
    }

    /** A disk with room for {@code room} bytes in all: the write that would pass it fails as the OS says. */
    private static OutputFolder.Disk fillsAfter(long room) {
        AtomicLong left = new AtomicLong(room);
        return file -> new FilterOutputStream(OutputFolder.Disk.REAL.create(file)) {
            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                long now = left.addAndGet(-len);
                if (now < 0) {
                    int fits = (int) Math.max(0, len + now);
                    out.write(b, off, fits);
                    left.set(0);
                    throw new IOException("No space left on device");
                }
                out.write(b, off, len);
            }
        };
    }

    @Test
    void aFullDiskFailsTheDocumentNamingTheFileAndKeepsTheEarlierOutputs() throws IOException {
        Path out = dir.resolve("out");
        Path src = source("a.md", "first");
        builder(out, OutputFolder.Disk.REAL).build(List.of(src), BuildListener.NONE);
        Map<String, String> before = tree(out);
        Files.writeString(src, "second, longer");
        // Every byte at which the disk can fill: inside a.bin (3 bytes), inside a.txt (14), inside the commit record.
        for (long room = 0; room < 3 + 14 + 30; room++) {
            BuildReport r = builder(out, fillsAfter(room)).build(List.of(src), BuildListener.NONE);
            assertEquals(1, r.failed(), "room " + room);
            String file = room < 3 ? "a.bin" : room < 17 ? "a.txt" : ".hanmoto/staging/";
            String message = r.diagnostics().get(0).format().replace(dir + "/", "");
            assertTrue(message.matches("a\\.md: error: cannot write out/" + Pattern.quote(file) + ".*: no space left on device"),
                    "room " + room + ": " + message);
            assertEquals(before, tree(out), "room " + room + ": earlier outputs intact, nothing left staged");
        }
        BuildReport r = builder(out, fillsAfter(1000)).build(List.of(src), BuildListener.NONE);
        assertEquals(0, r.failed());
        assertEquals("second, longer", tree(out).get("a.txt"));
    }

    @Test
    void aSecondBuildOfTheSameFolderWaitsForTheFirst() throws Exception {
        Path out = dir.resolve("out");
        Path src = source("a.md", "second");
        Heard heard = new Heard();
        CompletableFuture<BuildReport> second;
        try (OutputFolder first = OutputFolder.open(out, BuildListener.NONE, OutputFolder.Disk.REAL)) {
            StagedOutput s = first.stage();
            s.write("a.txt", "first".getBytes(StandardCharsets.UTF_8));
            second = CompletableFuture.supplyAsync(() -> builder(out, OutputFolder.Disk.REAL).build(List.of(src), heard));
            assertTrue(heard.waiting.await(60, TimeUnit.SECONDS), "the second build says it waits");
            assertFalse(second.isDone(), "and waits");
            assertFalse(Files.exists(out.resolve("a.txt")), "nothing of the second build's is in place yet");
            s.commit();
        }
        BuildReport r = second.get(60, TimeUnit.SECONDS);
        assertEquals(0, r.failed());
        assertEquals(List.of("waiting for " + ProcessHandle.current().pid()), heard.lines);
        assertEquals(Map.of("a.bin", "\1\2\3", "a.txt", "second"), tree(out), "the second build came after the first");
    }

    @Test
    void aLockLeftByADeadProcessIsRecognisedAsStale() throws Exception {
        // The OS lock decides (the OS releases it when its process ends, however it ends); the pid in the
        // file names the holder in messages. Here it names a dead process and nobody holds the lock.
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve(".hanmoto"));
        long dead = deadPid();
        Files.writeString(out.resolve(".hanmoto/lock"), dead + "\n");
        Heard heard = new Heard();
        BuildReport r = builder(out, OutputFolder.Disk.REAL).build(List.of(source("a.md", "x")), heard);
        assertEquals(0, r.failed());
        assertEquals(List.of("recovered: stale " + dead + ", completed 0, discarded 0"), heard.lines);
        assertFalse(Files.exists(out.resolve(".hanmoto")));
    }

    @Test
    void aFileWhereTheOutputFolderShouldBeIsAnErrorAtItsPathAndStaysAsItWas() throws IOException {
        Path out = dir.resolve("out");
        Files.writeString(out, "not a folder");
        UserError e = assertThrows(UserError.class,
                () -> builder(out, OutputFolder.Disk.REAL).build(List.of(source("a.md", "x")), BuildListener.NONE));
        assertEquals("out: error: cannot write the outputs here: this is a file, not a folder (move it away, or name another folder with --out)",
                e.diagnostics().get(0).format().replace(dir + "/", ""));
        assertEquals("not a folder", Files.readString(out));
        UserError below = assertThrows(UserError.class,
                () -> builder(out.resolve("sub"), OutputFolder.Disk.REAL).build(List.of(source("a.md", "x")), BuildListener.NONE));
        assertEquals("out/sub: error: cannot write the outputs here: out is a file, not a folder (move it away, or name another folder with --out)",
                below.diagnostics().get(0).format().replace(dir + "/", ""));
    }

    @Test
    void outputsCannotBeWrittenIntoHanmotosOwnFolder() throws IOException {
        Path out = dir.resolve("out");
        try (OutputFolder f = OutputFolder.open(out, BuildListener.NONE, OutputFolder.Disk.REAL)) {
            StagedOutput s = f.stage();
            assertThrows(IOException.class, () -> s.open("../escape.txt"));
            assertThrows(IOException.class, () -> s.open(".hanmoto/lock"));
            assertThrows(IOException.class, () -> s.open("a\nb.txt"));
            s.abort();
        }
        assertEquals(Map.of(), tree(out));
    }
}
