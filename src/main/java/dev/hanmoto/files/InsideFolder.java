package dev.hanmoto.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a path lies inside a folder, the rule behind "references outside the project directory are
 * refused": first by name, once {@code .} and {@code ..} are resolved, then — for a path that exists —
 * with every symbolic link followed, in the path and in the folder, since a link inside the folder may
 * point anywhere. Each caller says in its own words what it refuses; this class only judges.
 */
public final class InsideFolder {
    private InsideFolder() {}

    /** Where a path lies, seen from a folder. */
    public enum Verdict {
        /** Inside by name and, if it exists, with its links followed (a missing file is judged by its name). */
        INSIDE,
        /** Outside by name: {@code ../x}, an absolute path elsewhere. */
        OUTSIDE,
        /** Inside by name, but a symbolic link leads out of the folder (or where it leads cannot be read). */
        LINKED_OUTSIDE
    }

    /** Where {@code path} lies, seen from {@code folder}; relative paths count from the working directory. */
    public static Verdict check(Path folder, Path path) {
        Path dir = folder.toAbsolutePath().normalize();
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(dir)) return Verdict.OUTSIDE;
        if (!Files.exists(p)) return Verdict.INSIDE;
        try {
            return p.toRealPath().startsWith(dir.toRealPath()) ? Verdict.INSIDE : Verdict.LINKED_OUTSIDE;
        } catch (IOException e) {
            return Verdict.LINKED_OUTSIDE;
        }
    }

    /** True if {@code path} is {@link Verdict#INSIDE} {@code folder}. */
    public static boolean isInside(Path folder, Path path) {
        return check(folder, path) == Verdict.INSIDE;
    }
}
