package dev.hanmoto.render;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a renderer writes its files, by path relative to the output folder (e.g. {@code slug.pdf}).
 * Nothing is visible in the output folder until the whole build of the document succeeded.
 */
public interface OutputSink {
    OutputStream open(String relativePath) throws IOException;

    /**
     * The sink for paths relative to the output folder itself. In a batch a document's files go to its
     * own folder under out/ (mirroring the sources); a path chosen as a site path (a front-matter
     * {@code thumbnail} such as {@code /static/img/a.png}) is meant from the top instead.
     */
    default OutputSink root() {
        return this;
    }

    /** Convenience: writes a whole file. */
    default void write(String relativePath, byte[] bytes) throws IOException {
        try (OutputStream out = open(relativePath)) {
            out.write(bytes);
        }
    }
}
