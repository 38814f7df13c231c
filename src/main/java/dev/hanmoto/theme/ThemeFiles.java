package dev.hanmoto.theme;

import dev.hanmoto.files.InsideFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Files of a theme and its ancestors: a name is looked up in the child's folder first, then in each
 * parent's, so a theme overrides a parent's template, stylesheet or image by holding a file of the
 * same name. Built-in themes live on the class path under {@code /themes/<name>/}.
 *
 * <p>A name is relative and stays inside its theme folder: absolute names, {@code ..} that climbs
 * out, and symbolic links whose target lies outside the folder are never opened.
 */
public final class ThemeFiles {
    /** One place a theme's files live: a folder on disk or a class-path prefix. */
    public sealed interface Root {
        record Dir(Path dir) implements Root {
            public Dir {
                dir = dir.toAbsolutePath().normalize();
            }
        }

        record Classpath(String prefix) implements Root {}
    }

    private final List<Root> roots;

    public ThemeFiles(List<Root> roots) {
        this.roots = List.copyOf(roots);
    }

    public List<Root> roots() {
        return roots;
    }

    /**
     * Why a name can never be a theme file, if so: it is absolute, climbs out of the theme folder,
     * or is a link (in some folder of the chain) whose target lies outside that folder.
     */
    public Optional<String> refusal(String name) {
        if (name.isEmpty()) return Optional.of("is empty");
        if (hasControlCharacter(name)) return Optional.of("contains a control character");
        if (name.startsWith("/") || name.startsWith("\\") || Path.of(name).isAbsolute() || name.matches("^[A-Za-z]:.*")) {
            return Optional.of("is an absolute path; name theme files relative to the theme folder");
        }
        if (name.contains(":")) return Optional.of("is not a relative file name (no URLs or drive letters)");
        Path rel = Path.of(name).normalize();
        if (rel.startsWith("..")) return Optional.of("points outside the theme folder");
        for (Root r : roots) {
            if (r instanceof Root.Dir d) {
                Path p = d.dir().resolve(rel);
                if (InsideFolder.check(d.dir(), p) == InsideFolder.Verdict.LINKED_OUTSIDE) {
                    return Optional.of("is a link pointing outside the theme folder " + d.dir());
                }
            }
        }
        return Optional.empty();
    }

    /** A human-readable location of the file, for diagnostics, if it exists. */
    public Optional<String> describe(String name) {
        if (refusal(name).isPresent()) return Optional.empty();
        return where(name, 0).map(w -> w instanceof Where.OnDisk d ? d.file().toString() : "builtin:" + ((Where.Builtin) w).resource());
    }

    /** The file on disk, if the first theme that has it keeps it on disk. */
    public Optional<Path> findPath(String name) {
        if (refusal(name).isPresent()) return Optional.empty();
        return where(name, 0).flatMap(w -> w instanceof Where.OnDisk d ? Optional.of(d.file()) : Optional.empty());
    }

    /**
     * The bytes of the first match, if any theme in the chain has the file. A stylesheet's leading
     * {@code @import "name.css";} rules are replaced by the imported file's text, so a theme can
     * extend its parent's CSS with a few rules: {@code @import} of the stylesheet's own name means
     * the parent's file of that name (the next theme in the chain that has it).
     */
    public Optional<byte[]> findBytes(String name) {
        if (refusal(name).isPresent()) return Optional.empty();
        Optional<Found> f = locate(name, 0);
        if (f.isEmpty()) return Optional.empty();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".css")) return Optional.of(f.get().bytes());
        return Optional.of(expandImports(name, f.get(), 0).getBytes(StandardCharsets.UTF_8));
    }

    /** A file's bytes and the index of the root it came from. */
    private record Found(int root, byte[] bytes) {}

    /** Leading {@code @import "x";} / {@code @import url("x");} rules (CSS 2.1 §6.3: imports come first). */
    private static final Pattern IMPORT = Pattern.compile(
            "\\A(\\s*(?:/\\*.*?\\*/\\s*)*)@import\\s+(?:url\\(\\s*)?[\"']([^\"':]+)[\"']\\s*\\)?\\s*;", Pattern.DOTALL);

    /** Deepest chain of stylesheet imports followed; deeper ones are left as written. */
    private static final int MAX_IMPORT_DEPTH = 8;

    private String expandImports(String name, Found f, int depth) {
        String css = new String(f.bytes(), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        Matcher m = IMPORT.matcher(css);
        while (depth < MAX_IMPORT_DEPTH && m.find()) {
            String target = m.group(2).strip();
            Optional<Found> imported = refusal(target).isPresent() ? Optional.empty()
                    : target.equals(name) ? locate(target, f.root() + 1) : locate(target, 0);
            if (imported.isEmpty()) break;
            // The marker must not read as an @import: foliate-js (Foliate) rewrites @import "x" even
            // inside comments, and a stylesheet importing itself never loads there.
            out.append(m.group(1)).append("/* inlined: ").append(target).append(" */\n")
                    .append(expandImports(target, imported.get(), depth + 1)).append('\n');
            css = css.substring(m.end());
            m = IMPORT.matcher(css);
        }
        return out.append(css).toString();
    }

    /** The first root at or after {@code from} that has the file, with the file's bytes. */
    private Optional<Found> locate(String name, int from) {
        return where(name, from).map(w -> {
            try {
                if (w instanceof Where.OnDisk d) return new Found(d.root(), Files.readAllBytes(d.file()));
                Where.Builtin b = (Where.Builtin) w;
                try (InputStream in = b.url().openStream()) {
                    return new Found(b.root(), in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Where a file of the chain is: in the root of that index, on disk or as a built-in theme's class-path resource. */
    private sealed interface Where {
        record OnDisk(int root, Path file) implements Where {}

        record Builtin(int root, String resource, URL url) implements Where {}
    }

    /** The first root at or after {@code from} that has the file. */
    private Optional<Where> where(String name, int from) {
        for (int i = from; i < roots.size(); i++) {
            Root r = roots.get(i);
            if (r instanceof Root.Dir d) {
                Optional<Path> p = onDisk(d, name);
                if (p.isPresent()) return Optional.of(new Where.OnDisk(i, p.get()));
            } else if (r instanceof Root.Classpath c) {
                String resource = c.prefix() + clean(name);
                URL u = ThemeFiles.class.getResource(resource);
                if (u != null) return Optional.of(new Where.Builtin(i, resource, u));
            }
        }
        return Optional.empty();
    }

    /**
     * The {@code @import} targets of a stylesheet of the chain that cannot be found (an import of
     * the file's own name needs a parent theme that has it), for validation.
     */
    public List<String> unresolvedImports(String name) {
        Optional<Found> f = refusal(name).isPresent() ? Optional.empty() : locate(name, 0);
        if (f.isEmpty() || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".css")) return List.of();
        List<String> missing = new java.util.ArrayList<>();
        String css = new String(f.get().bytes(), StandardCharsets.UTF_8);
        Matcher m = IMPORT.matcher(css);
        while (m.find()) {
            String target = m.group(2).strip();
            boolean ok = refusal(target).isEmpty()
                    && (target.equals(name) ? locate(target, f.get().root() + 1) : locate(target, 0)).isPresent();
            if (!ok) missing.add(target);
            css = css.substring(m.end());
            m = IMPORT.matcher(css);
        }
        return missing;
    }

    public Optional<String> findText(String name) {
        return findBytes(name).map(b -> new String(b, StandardCharsets.UTF_8));
    }

    /** The text of a file the theme must have; validation ensures it exists before rendering. */
    public String requireText(String name) {
        return findText(name).orElseThrow(() -> new IllegalStateException("theme file missing: " + name));
    }

    /** Where the chain was searched, for "not found" messages: folders and built-in prefixes. */
    public String searched() {
        return String.join(", ", roots.stream().map(r -> r instanceof Root.Dir d ? d.dir().toString()
                : "builtin:" + ((Root.Classpath) r).prefix()).toList());
    }

    private static Optional<Path> onDisk(Root.Dir d, String name) {
        Path p = d.dir().resolve(name).normalize();
        if (!InsideFolder.isInside(d.dir(), p) || !Files.isRegularFile(p)) return Optional.empty();
        return Optional.of(p);
    }

    private static String clean(String name) {
        return Path.of(name).normalize().toString().replace('\\', '/');
    }

    /** NUL and other C0/C1 controls: no file name needs them, and {@code Path.of} rejects NUL. */
    static boolean hasControlCharacter(String name) {
        return name.chars().anyMatch(c -> c < 0x20 || (c >= 0x7f && c < 0xa0));
    }
}
