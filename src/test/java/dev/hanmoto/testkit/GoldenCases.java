package dev.hanmoto.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.support.AnnotationConsumer;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden cases of bad input as text: each case its input files and every diagnostic expected, in order,
 * reviewed like any golden file. The format (a file's own {@code #} header may say more):
 *
 * <pre>
 * == caseName
 * -- path/of/a/file [+flag …]
 * the file's lines (trailing blank lines, the space between cases, are dropped)
 * => file:line:col: error: expected diagnostic, one per line
 * </pre>
 *
 * Lines starting with {@code #} before the first case are comments. A diagnostic is written as
 * {@link #line}: its GNU form and its stable code in brackets. After an intended change, run the test
 * with {@code -Dgolden.update=true} ({@link #rewrite}) and review the diff of the file.
 */
public final class GoldenCases {
    /**
     * One case.
     *
     * @param source   the golden file the case is in
     * @param files    the files by path, in the order written
     * @param flags    the {@code +flags} written after a file's path
     * @param expected the diagnostics expected, formatted
     */
    public record Case(Path source, String name, Map<String, String> files, Map<String, Set<String>> flags, List<String> expected) {
        public Case {
            files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
            flags = Map.copyOf(flags);
            expected = List.copyOf(expected);
        }

        /**
         * Checks what the code gave for this case against the golden lines; with {@code -Dgolden.update=true}
         * writes it into the golden file instead (then review the diff).
         */
        public void check(List<String> actual) {
            if (updating()) rewrite(source, Map.of(name, actual));
            else assertEquals(expected, actual, name + " in " + source);
        }

        /** Whether the file at {@code path} carries {@code +flag}. */
        public boolean flagged(String path, String flag) {
            return flags.getOrDefault(path, Set.of()).contains(flag);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    private GoldenCases() {}

    /** The arguments of a {@link GoldenCasesSource} test: the cases of its file. */
    public static final class Provider implements ArgumentsProvider, AnnotationConsumer<GoldenCasesSource> {
        private Path file;

        @Override
        public void accept(GoldenCasesSource source) {
            file = Path.of(source.value());
        }

        @Override
        public Stream<? extends Arguments> provideArguments(ExtensionContext context) {
            return read(file).stream().map(Arguments::of);
        }
    }

    /** Whether this run rewrites golden files instead of checking them ({@code -Dgolden.update=true}). */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** A diagnostic as a golden line: {@code file:line:col: error: message [code]}, paths as {@code format} gives them. */
    public static String line(String formatted, String code) {
        return formatted + " [" + code + "]";
    }

    /**
     * Replaces the expected lines of each case named in {@code actual} by the lines given, and keeps
     * everything else of the file as it is.
     */
    public static void rewrite(Path file, Map<String, List<String>> actual) {
        try {
            List<String> out = new ArrayList<>();
            String current = null;
            boolean written = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("== ")) {
                    current = line.substring(3).strip();
                    written = false;
                } else if (line.startsWith("=> ") && current != null && actual.containsKey(current)) {
                    if (!written) actual.get(current).forEach(l -> out.add("=> " + l));
                    written = true;
                    continue;
                }
                out.add(line);
            }
            Files.write(file, out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cases of a file; fails on a line that belongs nowhere, a case without an expectation or a name used twice. */
    public static List<Case> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Case> out = new ArrayList<>();
        Builder b = null;
        for (String line : lines) {
            if (line.startsWith("== ")) {
                if (b != null) out.add(b.build());
                b = new Builder(line.substring(3).strip());
            } else if (b != null && line.startsWith("-- ")) {
                b.file(line.substring(3).strip());
            } else if (b != null && line.startsWith("=> ")) {
                b.expect(line.substring(3));
            } else if (b != null && b.path != null) {
                b.lines.add(line);
            } else if (!line.isBlank() && !(b == null && line.startsWith("#"))) {
                throw new IllegalStateException(file + ": line outside a file of a case: " + line);
            }
        }
        if (b != null) out.add(b.build());
        out.replaceAll(c -> new Case(file, c.name(), c.files(), c.flags(), c.expected()));
        for (Case c : out) {
            if (c.expected().isEmpty()) throw new IllegalStateException(file + ": case " + c.name() + " expects no diagnostic");
        }
        if (out.stream().map(Case::name).distinct().count() != out.size()) throw new IllegalStateException(file + ": a case name is used twice");
        return out;
    }

    private static final class Builder {
        final String name;
        final Map<String, String> files = new LinkedHashMap<>();
        final Map<String, Set<String>> flags = new LinkedHashMap<>();
        final List<String> expected = new ArrayList<>();
        String path;
        List<String> lines = new ArrayList<>();

        Builder(String name) {
            this.name = name;
        }

        void file(String spec) {
            endFile();
            String[] words = spec.split("\\s+");
            path = words[0];
            Set<String> f = new java.util.TreeSet<>();
            for (int i = 1; i < words.length; i++) {
                if (!words[i].startsWith("+")) throw new IllegalStateException("case " + name + ": '" + words[i] + "' after a path is not a +flag");
                f.add(words[i].substring(1));
            }
            flags.put(path, f);
        }

        void expect(String line) {
            endFile();
            expected.add(line);
        }

        void endFile() {
            if (path == null) return;
            int n = lines.size();
            while (n > 0 && lines.get(n - 1).isBlank()) n--;
            StringBuilder sb = new StringBuilder();
            for (String l : lines.subList(0, n)) sb.append(l).append('\n');
            files.put(path, sb.toString());
            path = null;
            lines = new ArrayList<>();
        }

        Case build() {
            endFile();
            return new Case(null, name, files, flags, expected);
        }
    }
}
