package dev.hanmoto.build;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder while one build writes to it: held by that build alone, and written so that a
 * build stopped at any moment (killed, out of disk, interrupted) leaves each document's files all from
 * the previous build or all from the new one.
 *
 * <p>Hanmoto's own files are under {@code out/.hanmoto/}; all but {@code cache/} (the {@link BuildCache},
 * which stays between builds) exist only while a build runs or after one was killed:
 * <pre>
 * lock                              locked while a build runs (an OS lock, released when its process ends
 *                                   however it ends), holding the pid of its holder
 * staging/&lt;build&gt;/&lt;n&gt;/…             document n's files as they are written, named as they will be in out/
 * staging/&lt;build&gt;/&lt;n&gt;.commit         document n's commit record: its files, written (whole, by a rename)
 *                                   when all of them are staged, before the first is moved into place
 * </pre>
 * A document commits by writing its record, moving its files into place (a rename each, on the same
 * file system), then deleting the record. Every build first finishes what a killed build left: a
 * document with a record has its remaining files moved (roll forward), everything else staged is
 * deleted. The one window left is between a document's first and last rename (microseconds): a kill
 * there leaves that document's files mixed until the next build completes it, before it does anything
 * else. A power cut is not covered: nothing is synced to the disk.
 */
final class OutputFolder implements AutoCloseable {
    /** Hanmoto's folder inside the output folder; outputs can never be written there. */
    static final String STATE = ".hanmoto";
    private static final String COMMIT = ".commit";
    private static final String RECORD_HEAD = "hanmoto commit 1";
    private static final String RECORD_END = "end";
    /** The temporary files an earlier Hanmoto left beside its outputs when killed: {@code .doc.pdf.12345.tmp}. */
    private static final Pattern OLD_TEMPORARY = Pattern.compile("\\..+\\.\\d+\\.tmp");

    /** Where the folder's files are created: the real disk, or in a test one that fills up at a chosen byte. */
    interface Disk {
        OutputStream create(Path file) throws IOException;

        Disk REAL = file -> Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    private static final Set<OutputFolder> OPEN = ConcurrentHashMap.newKeySet();
    /** File locks belong to the process: builds in one process on one folder take turns here first. */
    private static final Map<Path, Semaphore> IN_PROCESS = new ConcurrentHashMap<>();
    private static final AtomicInteger BUILDS = new AtomicInteger();

    private final Path outDir;
    private final Path stateDir;
    private final Path buildDir;
    private final Disk files;
    private final Semaphore turn;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final AtomicInteger documents = new AtomicInteger();
    /** Guards {@link #closed} and every change in the staging area and in out/. */
    private final Object changes = new Object();
    private boolean closed;

    /** The pid a lock file still named when this build got it: that build ended without releasing it (killed); 0 if none. */
    private final long stalePid;

    /**
     * Whether the lock file goes when the build ends: only where waiters can tell a deleted lock file
     * from the one the name gives (file keys; every file system Linux and macOS mount has them).
     */
    private final boolean removeLockFile;
    /** The topmost folder this build made for out/ (null if out/ was there): removed again if left empty. */
    private Path created;

    private OutputFolder(Path outDir, Disk files, Semaphore turn, FileChannel lockChannel, FileLock lock, long stalePid,
                         boolean removeLockFile) {
        this.outDir = outDir;
        this.removeLockFile = removeLockFile;
        this.stalePid = stalePid;
        this.stateDir = outDir.resolve(STATE);
        this.buildDir = stateDir.resolve("staging").resolve(ProcessHandle.current().pid() + "-" + BUILDS.incrementAndGet());
        this.files = files;
        this.turn = turn;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Takes the output folder for one build: makes it if missing, waits while another build holds it
     * (telling {@code listener} whose), then finishes or clears what a killed build left. A folder that
     * cannot be made or written is a {@link UserError} at its path, before anything is rendered.
     */
    static OutputFolder open(Path outDir, BuildListener listener, Disk files) {
        if (stopping) throw new UserError(Diagnostic.error("stopped", "the build was stopped", null, 0, 0));
        Path out = outDir.toAbsolutePath().normalize();
        Path created = makeFolder(out);
        Semaphore turn;
        try {
            turn = IN_PROCESS.computeIfAbsent(out.toRealPath(), k -> new Semaphore(1));
        } catch (IOException e) {
            throw unwritable(out, e);
        }
        if (!turn.tryAcquire()) {
            listener.waitingForOutput(out, ProcessHandle.current().pid());
            turn.acquireUninterruptibly();
        }
        OutputFolder folder = null;
        try {
            folder = lock(out, files, turn, listener);
            folder.created = created;
            folder.recover(listener);
            OPEN.add(folder);
            if (stopping) throw new UserError(Diagnostic.error("stopped", "the build was stopped", null, 0, 0));
            return folder;
        } catch (RuntimeException e) {
            if (folder != null) {
                folder.close();
            } else {
                turn.release();
                if (created != null) deleteEmptyUpTo(out, created);
            }
            throw e;
        }
    }

    /** Makes the output folder and any missing parents; returns the topmost folder made, or null. */
    private static Path makeFolder(Path out) {
        if (Files.isDirectory(out)) return null;
        Path existing = out;
        while (existing != null && !Files.exists(existing)) existing = existing.getParent();
        if (existing != null && !Files.isDirectory(existing)) {
            throw new UserError(Diagnostic.error("output-folder", "cannot write the outputs here: "
                    + (existing.equals(out) ? "this is" : existing + " is") + " a file, not a folder"
                    + " (move it away, or name another folder with --out)", out, 0, 0));
        }
        Path top = out;
        while (top.getParent() != null && !Files.exists(top.getParent())) top = top.getParent();
        try {
            Files.createDirectories(out);
            return top;
        } catch (IOException e) {
            throw unwritable(out, e);
        }
    }

    private static void deleteEmptyUpTo(Path dir, Path top) {
        for (Path p = dir; p != null && p.startsWith(top); p = p.getParent()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                return;
            }
        }
    }

    /** A file of the build that could not be written: its message names the file and says why. */
    static final class WriteFailed extends IOException {
        WriteFailed(Path file, String why, Throwable cause) {
            super("cannot write " + file + ": " + why, cause);
        }
    }

    static UserError unwritable(Path out, IOException e) {
        return new UserError(Diagnostic.error("output-folder", "cannot write the outputs here: " + reason(e), out, 0, 0));
    }

    /** What went wrong with a file, in words; the OS's own words where it has some. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof FileAlreadyExistsException f) return "a file is in the way (" + f.getFile() + ")";
        if (e instanceof NotDirectoryException f) return "a file is in the way (" + f.getFile() + ")";
        if (e instanceof NoSuchFileException f) return "no such file or folder (" + f.getFile() + ")";
        if (e instanceof FileSystemException f && f.getReason() != null) return lowerFirst(f.getReason());
        return e.getMessage() == null ? e.toString() : lowerFirst(e.getMessage());
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /**
     * The lock file, locked. A build that ends deletes the lock file before it unlocks it, so a waiter
     * may wake holding a file that is gone or replaced: it compares the file its channel opened with the
     * one the name gives now, by file key (device and inode, from stat), and tries again when they
     * differ. The lock file is never opened a second time while locked: closing any descriptor of a
     * file drops the process's POSIX locks on it (fcntl(2)), which FileChannel's locks are.
     */
    private static OutputFolder lock(Path out, Disk files, Semaphore turn, BuildListener listener) {
        Path stateDir = out.resolve(STATE);
        Path lockFile = stateDir.resolve("lock");
        boolean told = false;
        while (true) {
            FileChannel ch = null;
            try {
                Files.createDirectories(stateDir);
                Object before = fileKey(lockFile);
                ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                // The name gave the same file just before and just after the open: the channel has it.
                Object opened = fileKey(lockFile);
                boolean keyed = opened != NO_KEYS;
                if (keyed && (opened == null || (before != null && !before.equals(opened)))) {
                    ch.close();
                    continue;
                }
                FileLock l = ch.tryLock();
                if (l == null) {
                    if (!told) listener.waitingForOutput(out, holderThrough(ch));
                    told = true;
                    l = ch.lock();
                }
                if (keyed && !opened.equals(fileKey(lockFile))) {
                    ch.close(); // its holder deleted it and let go: this lock guards nothing now
                    continue;
                }
                long stale = holderThrough(ch);
                ch.truncate(0);
                ch.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                return new OutputFolder(out, files, turn, ch, l, stale == ProcessHandle.current().pid() ? 0 : stale, keyed);
            } catch (NoSuchFileException racing) {
                // The previous holder removed .hanmoto/ between our mkdir and our open: again.
                closeQuietly(ch);
            } catch (OverlappingFileLockException e) {
                closeQuietly(ch);
                throw new IllegalStateException("output folder locked twice in one process: " + out, e);
            } catch (IOException e) {
                closeQuietly(ch);
                throw unwritable(out, e);
            }
        }
    }

    /** The file key (device and inode) of what {@code file} names, by stat, never opening it; null if nothing. */
    private static Object fileKey(Path file) throws IOException {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();
            return key == null ? NO_KEYS : key;
        } catch (NoSuchFileException gone) {
            return null;
        }
    }

    private static final Object NO_KEYS = new Object();

    /** The pid the lock file names, 0 when it names none (being written, or just released). */
    private static long holderThrough(FileChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(32);
        ch.read(buf, 0);
        return parsePid(new String(buf.array(), 0, buf.position(), StandardCharsets.US_ASCII));
    }

    private static long parsePid(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Finishes what a killed build left: documents with a commit record get their remaining files
     * moved into place; all else staged is deleted, with the temporary files older versions left
     * beside the outputs. Running it again after a kill half-way through gives the same result.
     */
    private void recover(BuildListener listener) {
        int completed = 0;
        int discarded = 0;
        Path staging = stateDir.resolve("staging");
        try {
            if (Files.isDirectory(staging)) {
                List<Path> builds;
                try (Stream<Path> s = Files.list(staging)) {
                    builds = s.sorted().toList();
                }
                for (Path build : builds) {
                    List<Path> records;
                    try (Stream<Path> s = Files.list(build)) {
                        records = s.filter(p -> p.getFileName().toString().endsWith(COMMIT)).sorted().toList();
                    }
                    for (Path record : records) {
                        List<String> targets = readRecord(record);
                        if (targets == null) continue; // cannot happen (records appear by rename); then it never committed
                        String doc = record.getFileName().toString();
                        Path docDir = build.resolve(doc.substring(0, doc.length() - COMMIT.length()));
                        for (String t : targets) {
                            Path staged = docDir.resolve(t);
                            if (Files.exists(staged)) moveIntoPlace(staged, outDir.resolve(t));
                        }
                        Files.delete(record);
                        completed++;
                    }
                    discarded += deleteTree(build);
                }
                Files.deleteIfExists(staging);
            }
            discarded += deleteOldTemporaries();
        } catch (IOException e) {
            throw new UserError(Diagnostic.error("output-folder", "cannot finish or clear what an earlier build left in "
                    + stateDir + ": " + reason(e), outDir, 0, 0));
        }
        if (completed > 0 || discarded > 0 || stalePid > 0) listener.recoveredOutput(outDir, stalePid, completed, discarded);
    }

    /** Deletes the temporaries of older versions (beside each output); hidden folders (.hanmoto/, .git/) are not searched. */
    private int deleteOldTemporaries() throws IOException {
        List<Path> old = new ArrayList<>();
        Files.walkFileTree(outDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                return d.equals(outDir) || !d.getFileName().toString().startsWith(".") ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && OLD_TEMPORARY.matcher(f.getFileName().toString()).matches()) old.add(f);
                return FileVisitResult.CONTINUE;
            }
        });
        for (Path p : old) Files.deleteIfExists(p);
        return old.size();
    }

    /** The targets a complete record lists (relative to out/), or null when it is not complete. */
    private static List<String> readRecord(Path record) throws IOException {
        List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(RECORD_HEAD) || !lines.get(lines.size() - 1).equals(RECORD_END)) return null;
        return lines.subList(1, lines.size() - 1);
    }

    /** A sink for the next document of this build. */
    StagedOutput stage() {
        return new StagedOutput(this, documents.incrementAndGet());
    }

    Path outDir() {
        return outDir;
    }

    Path stateDir() {
        return stateDir;
    }

    /**
     * Creates document {@code doc}'s staged file for {@code relative} (a path under out/) and returns
     * its stream and path. Refused once the folder is closed (the build was stopped).
     */
    Staged create(int doc, Path relative) throws IOException {
        synchronized (changes) {
            if (closed) throw new IOException("the build was stopped; nothing more is written");
            Path file = docDir(doc).resolve(relative);
            Files.createDirectories(file.getParent());
            return new Staged(file, files.create(file));
        }
    }

    record Staged(Path file, OutputStream stream) {}

    private Path docDir(int doc) {
        return buildDir.resolve(Integer.toString(doc));
    }

    /**
     * Moves document {@code doc}'s staged files into place, all or (killed half-way) all by the next
     * build; {@code staged} maps each target to its staged file. Returns the targets.
     */
    List<Path> commit(int doc, Map<Path, Path> staged) throws IOException {
        synchronized (changes) {
            if (closed) throw new IOException("the build was stopped before its outputs were moved into place");
            List<String> lines = new ArrayList<>();
            lines.add(RECORD_HEAD);
            for (Path target : staged.keySet()) {
                if (Files.isDirectory(target)) throw new WriteFailed(target, "a folder of that name is in the way", null);
                Files.createDirectories(target.getParent());
                lines.add(outDir.relativize(target).toString());
            }
            lines.add(RECORD_END);
            Path record = buildDir.resolve(doc + COMMIT);
            Path partial = buildDir.resolve(doc + COMMIT + ".partial");
            try (OutputStream o = files.create(partial)) {
                o.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                Files.deleteIfExists(partial);
                throw new WriteFailed(record, reason(e), e);
            }
            Files.move(partial, record, StandardCopyOption.ATOMIC_MOVE);
            List<Path> done = new ArrayList<>();
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                moveIntoPlace(e.getValue(), e.getKey());
                done.add(e.getKey());
            }
            Files.delete(record);
            deleteTree(docDir(doc));
            return done;
        }
    }

    private static void moveIntoPlace(Path staged, Path target) throws IOException {
        publishable(staged);
        Files.createDirectories(target.getParent());
        try {
            Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException ex) {
            // out/ spans file systems (a mount inside it): a copy, which roll forward repeats if cut short.
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An output is an ordinary file others may read: 0644 (on file systems without POSIX permissions, as is). */
    private static void publishable(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: the default permissions apply.
        }
    }

    /** Deletes document {@code doc}'s staged files (it failed, or was given up on). */
    void discard(int doc) {
        synchronized (changes) {
            try {
                deleteTree(docDir(doc));
            } catch (IOException ignored) {
                // Left for the next build, which clears the staging area first.
            }
        }
    }

    /** Deletes a tree; returns how many files were in it. */
    private static int deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return 0;
        List<Path> all;
        try (Stream<Path> s = Files.walk(root)) {
            all = s.sorted(Comparator.reverseOrder()).toList();
        }
        int files = 0;
        for (Path p : all) {
            if (!Files.isDirectory(p)) files++;
            Files.deleteIfExists(p);
        }
        return files;
    }

    /**
     * Ends the build's hold on the folder: whatever it staged and did not commit is deleted, then
     * {@code .hanmoto/} (when no other build is waiting to use it), then the lock is released. Later
     * writes and commits of this build are refused. Safe to call twice, and from a shutdown hook
     * while workers still run.
     */
    @Override
    public void close() {
        synchronized (changes) {
            if (closed) return;
            closed = true;
            try {
                deleteTree(buildDir);
                deleteIfEmpty(stateDir.resolve("staging"));
                if (removeLockFile) {
                    Files.deleteIfExists(stateDir.resolve("lock"));
                    deleteIfEmpty(stateDir);
                } else {
                    lockChannel.truncate(0);
                }
                if (created != null) deleteEmptyUpTo(outDir, created);
            } catch (IOException ignored) {
                // Left for the next build, which clears the staging area first.
            }
            try {
                lock.release();
            } catch (IOException ignored) {
                // Closing the channel releases it too.
            }
            closeQuietly(lockChannel);
            OPEN.remove(this);
            turn.release();
        }
    }

    private static void deleteIfEmpty(Path dir) throws IOException {
        try {
            Files.deleteIfExists(dir);
        } catch (DirectoryNotEmptyException inUse) {
            // Another build made its lock file or staging here already.
        }
    }

    /** Set by {@link #closeAll}: the process is ending, no build may take a folder any more. */
    private static volatile boolean stopping;

    /**
     * Closes every output folder this process holds (see {@link #close}) and refuses to open more:
     * the process is ending. Returns how many were open.
     */
    static int closeAll() {
        stopping = true;
        int n = 0;
        for (OutputFolder f : List.copyOf(OPEN)) {
            f.close();
            n++;
        }
        return n;
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch == null) return;
        try {
            ch.close();
        } catch (IOException ignored) {
            // Nothing more to release.
        }
    }
}
