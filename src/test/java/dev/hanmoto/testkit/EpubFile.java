package dev.hanmoto.testkit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** An EPUB opened for reading: its entries in zip order, read with the JDK's own zip reader. */
public final class EpubFile {
    private static final Pattern ROOTFILE = Pattern.compile("<rootfile[^>]*\\sfull-path=\"([^\"]+)\"");

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final List<ZipEntry> entries = new ArrayList<>();

    private EpubFile(byte[] epub) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(epub), StandardCharsets.UTF_8)) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                entries.add(e);
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The EPUB in {@code epub}. */
    public static EpubFile of(byte[] epub) {
        return new EpubFile(epub);
    }

    /** The EPUB file at {@code file}. */
    public static EpubFile read(Path file) {
        try {
            return new EpubFile(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every entry's bytes by name, in zip order. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The zip entries as stored (method, times, extra fields), in zip order. */
    public List<ZipEntry> entries() {
        return List.copyOf(entries);
    }

    public List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** Every entry as UTF-8 text (images and fonts too, for looking for strings in them), in zip order. */
    public Map<String, String> texts() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, bytes) -> out.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return out;
    }

    /** An entry as UTF-8 text; fails the test, naming the entries there are, if it is missing. */
    public String text(String name) {
        byte[] b = files.get(name);
        if (b == null) throw new AssertionError("no entry " + name + " in " + files.keySet());
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Entry names ending in .xhtml, in zip order. */
    public List<String> xhtml() {
        return names().stream().filter(n -> n.endsWith(".xhtml")).toList();
    }

    /** The text of every .xhtml entry, in zip order, one after the other with a newline between. */
    public String allXhtml() {
        return String.join("\n", xhtml().stream().map(this::text).toList());
    }

    /** The first entry whose name ends with {@code suffix} (e.g. {@code "/epub.css"}), as text. */
    public String textEndingWith(String suffix) {
        return text(names().stream().filter(n -> n.endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry ending in " + suffix + " in " + files.keySet())));
    }

    /** The path of the package document, as {@code META-INF/container.xml} names it. */
    public String packagePath() {
        Matcher m = ROOTFILE.matcher(text("META-INF/container.xml"));
        if (!m.find()) throw new AssertionError("container.xml names no rootfile");
        return m.group(1);
    }

    /** The package document (OPF) as text. */
    public String packageDocument() {
        return text(packagePath());
    }
}
