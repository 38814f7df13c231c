package dev.hanmoto.build;

import dev.hanmoto.render.OutputSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link OutputSink} that writes each file to a temporary file beside its target and moves it into
 * place on {@link #commit()}; {@link #abort()} deletes the temporaries, so a failed build leaves the
 * previous outputs byte-for-byte intact and no temporary files behind.
 */
final class StagedOutput implements OutputSink {
    private final Path outDir;
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private final List<Path> createdDirs = new ArrayList<>();
    private boolean aborted;

    StagedOutput(Path outDir) {
        this.outDir = outDir.toAbsolutePath().normalize();
    }

    @Override
    public synchronized OutputStream open(String relativePath) throws IOException {
        if (aborted) throw new IOException("build of this document was stopped; nothing more is written");
        Path target = outDir.resolve(relativePath).normalize();
        if (!target.startsWith(outDir) || target.equals(outDir)) {
            throw new IOException("output path escapes the output folder: " + relativePath);
        }
        if (staged.containsKey(target)) throw new IOException("output written twice: " + relativePath);
        createDirs(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".tmp");
        staged.put(target, tmp);
        return Files.newOutputStream(tmp);
    }

    private void createDirs(Path dir) throws IOException {
        List<Path> missing = new ArrayList<>();
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) missing.add(0, p);
        Files.createDirectories(dir);
        createdDirs.addAll(missing);
    }

    /** Moves every staged file into place; returns the targets. */
    synchronized List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Map.Entry<Path, Path> e : staged.entrySet()) {
            publishable(e.getValue());
            try {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException ex) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING);
            }
            done.add(e.getKey());
        }
        staged.clear();
        createdDirs.clear();
        return done;
    }

    /**
     * Temporary files are created owner-only (0600); an output is an ordinary file others may read,
     * so it gets 0644 before it is moved into place (on file systems without POSIX permissions, as is).
     */
    private static void publishable(Path tmp) throws IOException {
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException ignored) {
            // Not a POSIX file system: the default permissions apply.
        }
    }

    /**
     * Deletes every staged temporary file and the folders this build created for them; later
     * {@link #open} calls fail, so a worker abandoned at its time bound leaves nothing behind.
     */
    synchronized void abort() {
        aborted = true;
        for (Path tmp : staged.values()) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Best effort: nothing else can be done about a temp file that cannot be deleted.
            }
        }
        staged.clear();
        for (int i = createdDirs.size() - 1; i >= 0; i--) {
            try {
                Files.deleteIfExists(createdDirs.get(i));
            } catch (IOException ignored) {
                // Not empty (another document wrote there) or gone: leave it.
            }
        }
        createdDirs.clear();
    }
}
