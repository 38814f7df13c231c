package dev.hanmoto.build;

import java.nio.file.Path;

/** Progress callbacks from a build, called from worker threads. */
public interface BuildListener {
    BuildListener NONE = new BuildListener() {};

    /** A document finished (successfully or not): {@code done} of {@code total}. */
    default void documentDone(Path source, boolean ok, int done, int total) {}
}
