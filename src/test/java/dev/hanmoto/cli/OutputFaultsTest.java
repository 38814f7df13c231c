package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 19, points 2 and 4, through the real command line: a full disk (a small tmpfs), an out/ that
 * cannot be written, a file where out/ should be, a read-only project. Each is one clear error, exit 1,
 * and the project exactly as it was. Root ignores permission bits, so where the tests run as root a
 * folder is made read-only with a read-only bind mount; a machine that allows neither (nor a tmpfs)
 * skips that case and says why.
 */
class OutputFaultsTest {
    static Map<String, byte[]> baseline;

    @TempDir
    Path project;

    private final List<Path> mounts = new ArrayList<>();
    private final List<Path> lockedDown = new ArrayList<>();

    @BeforeAll
    static void buildBaseline(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("content"));
        Files.writeString(dir.resolve("content/doc.md"), BadInputTest.GOOD);
        BadInputTest.Run r = BadInputTest.run(dir, "build");
        assertEquals(0, r.code(), r.err());
        baseline = BadInputTest.snapshot(dir.resolve("out"));
    }

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(project.resolve("content"));
        Files.writeString(project.resolve("content/doc.md"), BadInputTest.GOOD);
    }

    private void outWithBaseline(Path out) throws IOException {
        Files.createDirectories(out);
        for (var e : baseline.entrySet()) Files.write(out.resolve(e.getKey()), e.getValue());
    }

    @AfterEach
    void undo() throws Exception {
        for (int i = mounts.size() - 1; i >= 0; i--) command("umount", mounts.get(i).toString());
        for (Path p : lockedDown) Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Every file and folder of the project (out/ included): path → bytes, "<dir>" for folders. */
    private Map<String, String> everything() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(project)) {
            for (Path p : s.toList()) {
                m.put(project.relativize(p).toString(), Files.isDirectory(p) ? "<dir>"
                        : java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return m;
    }

    static boolean command(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean canCreateIn(Path dir) {
        Path probe = dir.resolve(".probe");
        try {
            Files.writeString(probe, "x");
            Files.delete(probe);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes {@code dir} unwritable: permission bits where they bind (not root), else a read-only bind
     * mount onto itself. Returns how, or aborts the test when the machine allows neither.
     */
    private String makeReadOnly(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        lockedDown.add(dir);
        if (!canCreateIn(dir)) return "permission denied";
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        if (command("mount", "--bind", dir.toString(), dir.toString())) {
            mounts.add(dir);
            if (command("mount", "-o", "remount,bind,ro", dir.toString()) && !canCreateIn(dir)) return "read-only file system";
        }
        Assumptions.abort("cannot make a folder read-only here (running as root, and mount --bind -o ro is not allowed)");
        return null;
    }

    /** {@code build} refuses before it renders: one located error giving {@code why}, exit 1, every file as it was. */
    private void assertBuildCannotWrite(String why) throws IOException {
        Map<String, String> before = everything();
        BadInputTest.Run r = BadInputTest.run(project, "build");
        assertEquals(List.of("out: error: cannot write the outputs here: " + why), r.lines());
        assertEquals(1, r.code());
        assertEquals(before, everything());
    }

    @Test
    void aFileWhereOutShouldBeIsOneErrorAndStaysAsItWas() throws IOException {
        Files.writeString(project.resolve("out"), "my notes");
        assertBuildCannotWrite("this is a file, not a folder (move it away, or name another folder with --out)");
    }

    @Test
    void anUnwritableOutIsOneErrorBeforeAnythingRendersAndStaysAsItWas() throws IOException {
        Path out = project.resolve("out");
        outWithBaseline(out);
        String why = makeReadOnly(out);
        assertBuildCannotWrite(why);
    }

    @Test
    void aReadOnlyProjectIsOneErrorAndNothingIsCreated() throws IOException {
        String why = makeReadOnly(project);
        assertBuildCannotWrite(why);
        // check writes nothing, so it works in a read-only project.
        assertEquals(0, BadInputTest.run(project, "check").code());
    }

    @Test
    void aFullDiskIsAnErrorNamingTheFileAndKeepsTheEarlierOutputs() throws IOException {
        Path out = project.resolve("out");
        Files.createDirectories(out);
        long used = baseline.values().stream().mapToLong(b -> (b.length + 4095) / 4096 * 4096).sum();
        // Room for the earlier outputs and a little more: not for a second copy of any of them.
        long size = used + 64 * 1024;
        if (!command("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", out.toString())) {
            Assumptions.abort("cannot mount a tmpfs here (needs root and mount permission)");
        }
        mounts.add(out);
        outWithBaseline(out);
        Map<String, String> before = everything();
        // A longer document: every output grows.
        Files.writeString(project.resolve("content/doc.md"), BadInputTest.GOOD + "\n" + "長い本文が続く。".repeat(2000) + "\n");
        BadInputTest.Run r = BadInputTest.run(project, "build");
        assertEquals(1, r.code(), r.err());
        assertEquals(1, r.lines().size(), r.err());
        assertTrue(r.lines().get(0).matches("content/doc\\.md: error: cannot write out/doc\\.(pdf|epub|png): no space left on device"),
                r.err());
        Map<String, String> after = everything();
        before.remove("content/doc.md");
        after.remove("content/doc.md");
        // The build cache's folders may stand (empty: a failed document is never cached); nothing else is new.
        after.entrySet().removeIf(e -> e.getKey().startsWith("out/.hanmoto") && e.getValue().equals("<dir>"));
        assertEquals(before, after, "out/ as it was: earlier outputs intact, nothing staged or cached left");
        Map<String, byte[]> now = BadInputTest.snapshot(out);
        for (var e : baseline.entrySet()) assertArrayEquals(e.getValue(), now.get(e.getKey()), e.getKey());
    }
}
