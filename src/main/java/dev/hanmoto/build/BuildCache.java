package dev.hanmoto.build;

import dev.hanmoto.Version;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Severity;
import dev.hanmoto.render.SourceDate;
import dev.hanmoto.theme.FontFace;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The build cache: a document whose inputs are what they were when its outputs were made is not
 * built again. Content-addressed, in {@code out/.hanmoto/cache/} (safe to delete at any time between
 * builds: the next build then builds everything):
 * <pre>
 * index/&lt;document key&gt;   the files the document's last build read (its source or chapters, the images
 *                         it names, found or not, a book's whole folder and its listing)
 * entries/&lt;content key&gt;  the outputs made from one state of those files (path, SHA-256, size, time
 *                         stamp) and the diagnostics the build reported, replayed when it is skipped
 * objects/&lt;sha-256&gt;      the outputs' bytes, by content (a hard link to the output where the file
 *                         system allows one), to put back an output deleted or changed in out/
 * </pre>
 * The <em>document key</em> hashes the configuration (Hanmoto's version and jar, the formats,
 * {@code --strict}, every file of the theme's folders and every font file it names), the source's
 * path in the project and its folder under out/, and the date the outputs carry
 * ({@code SOURCE_DATE_EPOCH}, else the source's modification time). The <em>content key</em> adds
 * the SHA-256 of each file the index lists. A document is skipped when the entry of its content key
 * exists and every output it lists is in out/ with those bytes; an output that is missing or changed
 * is put back from its object (through the staging area and a commit record, as a build writes);
 * anything else builds. Entries are written only after the document's outputs are in place, objects
 * before the entry that names them, each file whole by a rename: a build killed at any moment leaves
 * no entry naming outputs that are not complete.
 *
 * <p>Size: the objects are kept under a bound ({@code --cache-size}, default
 * {@value #DEFAULT_MAX_MIB} MiB); past it, the least recently used entries (by their time stamp,
 * refreshed on every use) go first, then every object no entry names.
 *
 * <p>Every method is safe to call from the worker threads of one build at once; one build holds the
 * output folder (and so the cache) at a time.
 */
final class BuildCache {
    static final long DEFAULT_MAX_MIB = 1024;
    private static final String HEAD = "hanmoto cache 1";
    private static final String END = "end";
    private static final HexFormat HEX = HexFormat.of();

    /**
     * How a build uses the cache.
     *
     * @param force    build every document even if its outputs are current (the cache is still written)
     * @param maxBytes the bound on the objects' size
     */
    record Settings(boolean force, long maxBytes) {
        static final Settings DEFAULT = new Settings(false, DEFAULT_MAX_MIB << 20);
    }

    /** What the cache knows of a document before its build. */
    sealed interface Lookup {
        /** Not known, or its inputs changed: build it. */
        record Miss() implements Lookup {}

        /** Its outputs in out/ are those of its inputs now. */
        record Current(String key, List<Path> outputs, List<Diagnostic> diagnostics) implements Lookup {}

        /** Its inputs are known, but some outputs are missing or changed in out/: put them back from {@code objects}. */
        record Restore(String key, List<Output> outputs, List<Diagnostic> diagnostics) implements Lookup {}
    }

    /** An output as an entry lists it; {@code path} relative to out/. */
    record Output(String path, String sha, long size, long modifiedNanos) {}

    private final Path dir;
    private final Path projectDir;
    private final Path outDir;
    private final String config;
    private final Settings settings;
    /** The memo the configuration key was made with: written back by {@link #trim} (see there). */
    private final FileHashes hashes;
    private final AtomicLong temporaries = new AtomicLong();
    private final AtomicBoolean stored = new AtomicBoolean();

    private BuildCache(Path dir, Path projectDir, Path outDir, String config, Settings settings, FileHashes hashes) {
        this.hashes = hashes;
        this.dir = dir;
        this.projectDir = projectDir;
        this.outDir = outDir;
        this.config = config;
        this.settings = settings;
    }

    /**
     * The cache of the output folder {@code folder} holds (its {@code .hanmoto/cache/}); what a killed
     * build left half-written in it is deleted.
     */
    static BuildCache open(OutputFolder folder, Path projectDir, Config config, Settings settings) {
        Path dir = folder.stateDir().resolve("cache");
        try {
            for (String sub : List.of("index", "entries", "objects", "tmp")) Files.createDirectories(dir.resolve(sub));
            try (Stream<Path> s = Files.list(dir.resolve("tmp"))) {
                for (Path p : s.toList()) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        FileHashes hashes = FileHashes.load(dir.resolve(FileHashes.NAME));
        String key = configKey(config.theme(), config.formats(), config.strict(), projectDir, hashes::sha);
        return new BuildCache(dir, projectDir.toAbsolutePath().normalize(), folder.outDir(), key, settings, hashes);
    }

    /** What, besides a document's own files, its outputs depend on: see {@link #configKey}. */
    record Config(Theme theme, Set<Format> formats, boolean strict) {}

    /**
     * The configuration's part of every key: what, besides a document's own files, its outputs depend
     * on: every file of the theme's folders and every font it names, by content, each file's SHA-256
     * from {@code sha} (the cache's {@link FileHashes} memo in a build, which rehashes a file whose size
     * or time stamp changed).
     */
    static String configKey(Theme theme, Set<Format> formats, boolean strict, Path projectDir,
            java.util.function.Function<Path, String> sha) {
        MessageDigest md = sha256();
        add(md, HEAD);
        add(md, "version " + Version.NUMBER + " " + codeStamp());
        add(md, "formats " + new TreeSet<>(formats));
        add(md, "strict " + strict);
        add(md, "theme " + theme.name());
        for (ThemeFiles.Root root : theme.files().roots()) {
            if (root instanceof ThemeFiles.Root.Dir d) {
                add(md, "theme-folder " + relative(projectDir.toAbsolutePath().normalize(), d.dir().toAbsolutePath().normalize()));
                for (Path f : filesUnder(d.dir(), null)) {
                    add(md, "file " + d.dir().relativize(f).toString().replace('\\', '/') + " " + sha.apply(f));
                }
            } else if (root instanceof ThemeFiles.Root.Classpath c) {
                add(md, "builtin " + c.prefix());
            }
        }
        TreeMap<Path, String> fonts = new TreeMap<>();
        for (List<FontFace> stack : theme.fonts().stacks().values()) {
            for (FontFace f : stack) fonts.computeIfAbsent(f.file().toAbsolutePath().normalize(), sha);
        }
        fonts.forEach((f, h) -> add(md, "font " + f.getFileName() + " " + h));
        return HEX.formatHex(md.digest());
    }

    /** The jar (or classes folder) this code runs from, by size and time stamp: a rebuilt tool never reuses outputs of the old one. */
    private static String codeStamp() {
        try {
            Path code = Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Dependencies.Stamp s = Dependencies.Stamp.of(code);
            return code.getFileName() + " " + s.size() + " " + s.modifiedNanos();
        } catch (Exception e) {
            return "unknown";
        }
    }

    /** The document key of {@code input} (see the class comment). */
    String documentKey(Path input, String outFolder) {
        MessageDigest md = sha256();
        add(md, config);
        add(md, "source " + relative(projectDir, input.toAbsolutePath().normalize()));
        add(md, "out-folder " + outFolder);
        Optional<java.time.Instant> epoch = SourceDate.fromEnvironment();
        add(md, "date " + (epoch.isPresent() ? "epoch " + epoch.get().getEpochSecond()
                : "mtime " + Dependencies.Stamp.of(input).modifiedNanos()));
        return HEX.formatHex(md.digest());
    }

    /** What the cache knows of the document of {@code documentKey}; always a miss under {@code --force}. */
    Lookup lookup(String documentKey) {
        if (settings.force()) return new Lookup.Miss();
        try {
            List<String> deps = readLines(dir.resolve("index").resolve(documentKey));
            if (deps == null) return new Lookup.Miss();
            String key = contentKey(documentKey, deps);
            Path entryFile = dir.resolve("entries").resolve(key);
            List<String> entry = readLines(entryFile);
            if (entry == null) return new Lookup.Miss();
            List<Output> outputs = new ArrayList<>();
            List<Diagnostic> diags = new ArrayList<>();
            for (String line : entry) {
                String[] f = line.split("\t", -1);
                if (f[0].equals("out") && f.length == 5) {
                    outputs.add(new Output(unescape(f[4]), f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
                } else if (f[0].equals("diag") && f.length == 7) {
                    diags.add(new Diagnostic(Severity.valueOf(f[1]), unescape(f[4]), unescape(f[6]),
                            f[5].equals("-") ? null : Path.of(unescape(f[5])), Integer.parseInt(f[2]), Integer.parseInt(f[3])));
                } else {
                    return new Lookup.Miss();
                }
            }
            boolean allCurrent = true;
            for (Output o : outputs) {
                Path target = outDir.resolve(o.path());
                Dependencies.Stamp now = Dependencies.Stamp.of(target);
                boolean same = now.size() == o.size() && (now.modifiedNanos() == o.modifiedNanos() || sha(target).equals(o.sha()));
                if (same) continue;
                allCurrent = false;
                if (!Files.isRegularFile(object(o.sha()))) return new Lookup.Miss();
            }
            Files.setLastModifiedTime(entryFile, FileTime.fromMillis(System.currentTimeMillis()));
            if (allCurrent) return new Lookup.Current(key, outputs.stream().map(o -> outDir.resolve(o.path())).toList(), diags);
            return new Lookup.Restore(key, outputs, diags);
        } catch (IOException | RuntimeException e) {
            return new Lookup.Miss(); // an unreadable or damaged cache is as good as none
        }
    }

    /**
     * Writes an output of a {@link Lookup.Restore} from its object, checking its bytes on the way.
     * Returns false when the object is not what its name says (then the document is built instead).
     */
    boolean restore(Output o, OutputStream to) throws IOException {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(object(o.sha())); to) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
                to.write(buf, 0, n);
            }
        }
        return HEX.formatHex(md.digest()).equals(o.sha());
    }

    /**
     * Records a document just committed: the files its load read ({@code read}, with their stamps
     * then; a book's folder is added whole here), the outputs now in out/, the diagnostics. Records
     * nothing when a file it read changed during the build. Returns the content key, empty if not recorded.
     */
    Optional<String> store(String documentKey, Path input, Map<Path, Dependencies.Stamp> read, List<Path> outputs,
                           List<Diagnostic> diagnostics) {
        try {
            for (Map.Entry<Path, Dependencies.Stamp> e : read.entrySet()) {
                if (!Dependencies.Stamp.of(e.getKey()).equals(e.getValue())) return Optional.empty();
            }
            List<String> deps = new ArrayList<>();
            if (dev.hanmoto.book.BookLoader.isBook(input)) deps.add("tree\t" + escape(relative(projectDir, dev.hanmoto.book.BookLoader.bookFolder(input))));
            for (Path p : read.keySet()) deps.add("file\t" + escape(relative(projectDir, p)));
            String key = contentKey(documentKey, deps);
            List<String> entry = new ArrayList<>();
            for (Path target : outputs) {
                String sha = sha(target);
                Dependencies.Stamp st = Dependencies.Stamp.of(target);
                keepObject(target, sha);
                entry.add(String.join("\t", "out", sha, Long.toString(st.size()), Long.toString(st.modifiedNanos()),
                        escape(outDir.relativize(target).toString().replace('\\', '/'))));
            }
            for (Diagnostic d : diagnostics) {
                entry.add(String.join("\t", "diag", d.severity().name(), Integer.toString(d.line()), Integer.toString(d.col()),
                        escape(d.code()), d.file() == null ? "-" : escape(d.file().toString()), escape(d.message())));
            }
            writeWhole(dir.resolve("entries").resolve(key), entry);
            writeWhole(dir.resolve("index").resolve(documentKey), deps);
            stored.set(true);
            return Optional.of(key);
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // the cache is an optimisation: a document it cannot record is built next time
        }
    }

    /** The files a book's folder holds, for a book input: what its manifest, summary and includes may read. */
    static List<Path> bookFiles(Path input, Path outDir) {
        return filesUnder(dev.hanmoto.book.BookLoader.bookFolder(input), outDir);
    }

    /**
     * Evicts the least recently used entries while the objects exceed the bound, and deletes every
     * object no entry names. Only after a build that stored something, and only when the objects
     * (orphans included) exceed the bound: their sizes come from a directory listing, so a cache within
     * its bound costs one stat per object, not a read of every entry.
     *
     * <p>First writes back the {@link FileHashes} memo, when the cache holds or just stored an entry:
     * a build that failed leaves no file in a cache that had none.
     */
    void trim() {
        if (stored.get() || hasEntries()) hashes.save(temporary());
        if (!stored.get()) return;
        try {
            if (objectBytes() <= settings.maxBytes()) return;
            record Entry(Path file, long used, List<String> objects) {}
            List<Entry> entries = new ArrayList<>();
            Map<String, Integer> refs = new HashMap<>();
            try (Stream<Path> s = Files.list(dir.resolve("entries"))) {
                for (Path e : s.toList()) {
                    List<String> lines = readLines(e);
                    List<String> objs = new ArrayList<>();
                    if (lines != null) for (String l : lines) if (l.startsWith("out\t")) objs.add(l.split("\t", 3)[1]);
                    entries.add(new Entry(e, Files.getLastModifiedTime(e).toMillis(), objs));
                    for (String o : objs) refs.merge(o, 1, Integer::sum);
                }
            }
            Map<String, Long> sizes = new HashMap<>();
            long total = 0;
            try (Stream<Path> s = Files.list(dir.resolve("objects"))) {
                for (Path o : s.toList()) {
                    String name = o.getFileName().toString();
                    if (!refs.containsKey(name)) {
                        Files.deleteIfExists(o);
                        continue;
                    }
                    long size = Files.size(o);
                    sizes.put(name, size);
                    total += size;
                }
            }
            entries.sort(Comparator.comparingLong(Entry::used).thenComparing(Entry::file));
            for (Entry e : entries) {
                if (total <= settings.maxBytes()) break;
                Files.deleteIfExists(e.file());
                for (String o : e.objects()) {
                    if (refs.merge(o, -1, Integer::sum) == 0) {
                        total -= sizes.getOrDefault(o, 0L);
                        Files.deleteIfExists(object(o));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // Tried again after the next build that stores something.
        }
    }

    /** The total size of the stored objects, orphans included. */
    private long objectBytes() throws IOException {
        long total = 0;
        try (Stream<Path> s = Files.list(dir.resolve("objects"))) {
            for (Path o : s.toList()) total += Files.size(o);
        }
        return total;
    }

    private String contentKey(String documentKey, List<String> deps) throws IOException {
        MessageDigest md = sha256();
        add(md, documentKey);
        for (String d : deps) {
            String[] f = d.split("\t", 2);
            Path p = projectDir.resolve(unescape(f[1])).normalize();
            if (f[0].equals("tree")) {
                StringBuilder listing = new StringBuilder();
                for (Path q : filesUnder(p, outDir)) listing.append(p.relativize(q)).append('\n');
                for (Path q : filesUnder(p, outDir)) add(md, "file " + relative(projectDir, q) + " " + sha(q));
                add(md, "tree " + f[1] + " " + listing);
            } else {
                add(md, "file " + f[1] + " " + (Files.isRegularFile(p) ? sha(p) : "absent"));
            }
        }
        return HEX.formatHex(md.digest());
    }

    private Path object(String sha) {
        if (!sha.matches("[0-9a-f]{64}")) throw new IllegalArgumentException("not a SHA-256: " + sha);
        return dir.resolve("objects").resolve(sha);
    }

    /** Makes {@code target}'s object: a hard link to it where the file system allows, else a copy. */
    private void keepObject(Path target, String sha) throws IOException {
        Path obj = object(sha);
        if (Files.isRegularFile(obj)) return;
        Path tmp = temporary();
        try {
            Files.createLink(tmp, target);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(target, tmp, StandardCopyOption.REPLACE_EXISTING);
        }
        move(tmp, obj);
    }

    private void writeWhole(Path file, List<String> lines) throws IOException {
        List<String> all = new ArrayList<>();
        all.add(HEAD);
        all.addAll(lines);
        all.add(END);
        Path tmp = temporary();
        Files.write(tmp, all, StandardCharsets.UTF_8);
        move(tmp, file);
    }

    private boolean hasEntries() {
        try (Stream<Path> s = Files.list(dir.resolve("entries"))) {
            return s.findAny().isPresent();
        } catch (IOException e) {
            return false;
        }
    }

    private Path temporary() {
        return dir.resolve("tmp").resolve(ProcessHandle.current().pid() + "-" + temporaries.incrementAndGet());
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The lines between the head and the end, or null when the file is missing or not whole. */
    private static List<String> readLines(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        if (lines.size() < 2 || !lines.get(0).equals(HEAD) || !lines.get(lines.size() - 1).equals(END)) return null;
        return lines.subList(1, lines.size() - 1);
    }

    /** Regular files under {@code root} in a stable order, {@code .git/} and {@code skip} (out/, if inside) left out. */
    private static List<Path> filesUnder(Path root, Path skip) {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(root)) return found;
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes a) {
                    if (d.getFileName() != null && d.getFileName().toString().equals(".git")) return FileVisitResult.SKIP_SUBTREE;
                    if (skip != null && d.toAbsolutePath().normalize().equals(skip)) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes a) {
                    if (a.isRegularFile()) found.add(f);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.comparing(Path::toString));
        return found;
    }

    private static String relative(Path projectDir, Path p) {
        Path abs = p.toAbsolutePath().normalize();
        return (abs.startsWith(projectDir) ? projectDir.relativize(abs) : abs).toString().replace('\\', '/');
    }

    static String sha(Path file) {
        MessageDigest md = sha256();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
        } catch (IOException e) {
            return "unreadable";
        }
        return HEX.formatHex(md.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    private static void add(MessageDigest md, String s) {
        md.update(s.getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                b.append(c);
                continue;
            }
            char n = s.charAt(++i);
            b.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
        }
        return b.toString();
    }
}
