package dev.hanmoto.build;

import dev.hanmoto.render.OutputSink;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One document's {@link OutputSink}: each file is written to the output folder's staging area and
 * moved into place with the document's other files on {@link #commit()} (see {@link OutputFolder} for
 * how a kill at any moment is survived); {@link #abort()} deletes what was staged, so a failed build
 * leaves the previous outputs byte-for-byte intact. A write that fails (a full disk) says which output
 * it was writing.
 */
final class StagedOutput implements OutputSink {
    private final OutputFolder folder;
    private final int number;
    private final Path outDir;
    /** target → staged file, in the order written. */
    private final Map<Path, Path> staged = new LinkedHashMap<>();
    private boolean aborted;

    StagedOutput(OutputFolder folder, int number) {
        this.folder = folder;
        this.number = number;
        this.outDir = folder.outDir();
    }

    @Override
    public synchronized OutputStream open(String relativePath) throws IOException {
        if (aborted) throw new IOException("build of this document was stopped; nothing more is written");
        Path target = outDir.resolve(relativePath).normalize();
        if (!target.startsWith(outDir) || target.equals(outDir)) {
            throw new IOException("output path escapes the output folder: " + relativePath);
        }
        if (target.startsWith(folder.stateDir()) || relativePath.indexOf('\n') >= 0 || relativePath.indexOf('\r') >= 0) {
            throw new IOException("not a name an output can have: " + relativePath);
        }
        if (staged.containsKey(target)) throw new IOException("output written twice: " + relativePath);
        OutputFolder.Staged s;
        try {
            s = folder.create(number, outDir.relativize(target));
        } catch (IOException e) {
            throw failed(target, e);
        }
        staged.put(target, s.file());
        return new Named(s.stream(), target);
    }

    /** Moves every staged file into place; returns the targets. */
    synchronized List<Path> commit() throws IOException {
        if (aborted) throw new IOException("build of this document was stopped; nothing is moved into place");
        List<Path> done = folder.commit(number, staged);
        staged.clear();
        return done;
    }

    /** Deletes what was staged so far and starts again (a restore from the cache that gave up); later writes still work. */
    synchronized void discardStaged() {
        staged.clear();
        folder.discard(number);
    }

    /**
     * Deletes every staged file; later {@link #open} calls fail, so a worker abandoned at its time
     * bound leaves nothing behind.
     */
    synchronized void abort() {
        aborted = true;
        staged.clear();
        folder.discard(number);
    }

    static IOException failed(Path target, IOException e) {
        return e instanceof OutputFolder.WriteFailed ? e : new OutputFolder.WriteFailed(target, OutputFolder.reason(e), e);
    }

    /** A staged file's stream whose failures name the output, not the staged file. */
    private static final class Named extends FilterOutputStream {
        private final Path target;

        Named(OutputStream out, Path target) {
            super(out);
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            named(() -> out.write(b));
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            named(() -> out.write(b, off, len));
        }

        @Override
        public void flush() throws IOException {
            named(out::flush);
        }

        @Override
        public void close() throws IOException {
            named(out::close);
        }

        private interface Write {
            void run() throws IOException;
        }

        private void named(Write w) throws IOException {
            try {
                w.run();
            } catch (IOException e) {
                throw failed(target, e);
            }
        }
    }
}
