package dev.hanmoto.render.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An EPUB's entries in zip order, read with the JDK's own zip reader. */
final class Unzipped {
    final Map<String, byte[]> files = new LinkedHashMap<>();
    final List<ZipEntry> entries = new ArrayList<>();

    Unzipped(byte[] epub) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(e);
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String name) {
        byte[] b = files.get(name);
        if (b == null) throw new AssertionError("no entry " + name + " in " + files.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** Entry names ending in .xhtml, in zip order. */
    List<String> xhtml() {
        return names().stream().filter(n -> n.endsWith(".xhtml")).toList();
    }
}
