package dev.hanmoto.testkit;

import dev.hanmoto.render.OutputSink;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A renderer's output files collected in memory, by relative path, in the order they were opened. */
public final class MemorySink implements OutputSink {
    private final Map<String, ByteArrayOutputStream> files = new LinkedHashMap<>();

    @Override
    public synchronized OutputStream open(String relativePath) {
        return files.computeIfAbsent(relativePath, p -> new ByteArrayOutputStream());
    }

    /** The paths written, in order. */
    public synchronized List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** One file's bytes; fails the test, naming the files there are, if it was not written. */
    public synchronized byte[] bytes(String relativePath) {
        ByteArrayOutputStream b = files.get(relativePath);
        if (b == null) throw new AssertionError("no output " + relativePath + " in " + files.keySet());
        return b.toByteArray();
    }
}
