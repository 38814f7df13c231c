package dev.hanmoto.build;

import java.nio.file.Path;

/** Progress callbacks from a build, called from worker threads. */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {};

    /** A document finished (successfully or not): {@code done} of {@code total}. */
    default void documentDone(Path source, boolean ok, int done, int total) {}

    /**
     * Another build (of process {@code pid}; 0 when unknown) is writing to {@code outDir}: this one
     * waits until it ends, then goes on. Called once, before waiting.
     */
    default void waitingForOutput(Path outDir, long pid) {}

    /**
     * A build of {@code outDir} was stopped before it finished (killed: its lock still named process
     * {@code stalePid}, 0 when unknown), and this one cleaned up after it first: {@code completed}
     * documents it had begun to move into place were finished, {@code discarded} unfinished files deleted.
     */
    default void recoveredOutput(Path outDir, long stalePid, int completed, int discarded) {}
}
