package dev.hanmoto.build;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.render.OutputSink;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where the outputs of each input of a batch go: outputs mirror the source tree under the output
 * folder. A source found by searching a folder writes into the same relative folder under out/ as it
 * has under the searched one ({@code content/guide/README.md} → {@code out/guide/README.pdf},
 * {@code content/a.md} → {@code out/a.pdf}); a file or a book named on the command line writes at
 * the top of out/. So two {@code README.md} in two folders never write the same file.
 *
 * <p>Two sources that would still write the same name (the same {@code slug:} in one folder, or two
 * files of one name named on the command line) are a <em>clash</em>: an error at both sources, and
 * neither is built, so nothing is written over. Clashes are found before anything renders, from the
 * names the sources ask for; a renderer that asks for a name nobody could foresee (a card written at a
 * front-matter {@code thumbnail} path) is still stopped at {@link #sink}, where a second document
 * opening a file another document of the batch opened fails instead of replacing it.
 */
public final class OutputLayout {
    /** Every input at the top of the output folder, no clashes known: the layout of a single document. */
    public static final OutputLayout FLAT = new OutputLayout(Map.of(), Map.of());

    private final Map<Path, String> folders;
    private final Map<Path, List<Diagnostic>> clashes;

    private OutputLayout(Map<Path, String> folders, Map<Path, List<Diagnostic>> clashes) {
        this.folders = Map.copyOf(folders);
        this.clashes = Map.copyOf(clashes);
    }

    /**
     * A planned output name: the stem every format adds its extension to, and where the source asks for
     * it (its {@code slug:} line, or the file itself when the name comes from the file name).
     *
     * @param slug the output stem, without folder
     * @param file the file to point a clash at
     * @param line 1-based line of the {@code slug} key, 1 when the name comes from the file name
     * @param col  1-based column
     */
    public record Name(String slug, Path file, int line, int col) {
        public Name {
            Objects.requireNonNull(slug);
            Objects.requireNonNull(file);
        }
    }

    /**
     * The layout of a batch.
     *
     * @param folders each input's folder under out/, {@code /}-separated, empty for the top
     * @param names   each input's planned output name
     */
    public static OutputLayout of(Map<Path, String> folders, Map<Path, Name> names) {
        Map<String, List<Path>> byTarget = new LinkedHashMap<>();
        for (Map.Entry<Path, Name> e : names.entrySet()) {
            String folder = folders.getOrDefault(e.getKey(), "");
            String target = (folder.isEmpty() ? "" : folder + "/") + e.getValue().slug();
            byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(e.getKey());
        }
        Map<Path, List<Diagnostic>> clashes = new LinkedHashMap<>();
        for (Map.Entry<String, List<Path>> e : byTarget.entrySet()) {
            List<Path> same = e.getValue();
            if (same.size() < 2) continue;
            for (Path input : same) {
                Name n = names.get(input);
                List<String> others = new ArrayList<>();
                for (Path o : same) if (!o.equals(input)) others.add(names.get(o).file().toString());
                clashes.put(input, List.of(Diagnostic.error("output-clash", "output name '" + e.getKey() + "' is also "
                        + "that of " + String.join(", ", others) + "; give one of them another slug (neither is built, "
                        + "nothing is written over)", n.file(), n.line(), n.col())));
            }
        }
        return new OutputLayout(folders, clashes);
    }

    /** The input's folder under the output folder: empty for the top, else {@code a/b}. */
    public String folderOf(Path input) {
        return folders.getOrDefault(input, "");
    }

    /** The errors that keep this input from being built because another input would write its files. */
    public List<Diagnostic> clashesOf(Path input) {
        return clashes.getOrDefault(input, List.of());
    }

    /**
     * The sink a document of this batch renders into: paths the renderer gives are taken inside the
     * document's folder; {@link OutputSink#root()} is the output folder itself. Every path opened is
     * claimed for {@code input} in {@code claims} (shared by the whole batch); a path another input
     * claimed first fails with an {@link IOException}, so no document writes over another's file.
     */
    OutputSink sink(Path input, OutputSink staged, Map<Path, Path> claims) {
        return new Prefixed(folderOf(input), input, staged, claims);
    }

    private record Prefixed(String folder, Path input, OutputSink staged, Map<Path, Path> claims) implements OutputSink {
        @Override
        public OutputStream open(String relativePath) throws IOException {
            return claimAndOpen(folder.isEmpty() ? relativePath : folder + "/" + relativePath);
        }

        @Override
        public OutputSink root() {
            return new OutputSink() {
                @Override
                public OutputStream open(String relativePath) throws IOException {
                    return claimAndOpen(relativePath);
                }
            };
        }

        private OutputStream claimAndOpen(String path) throws IOException {
            Path key = Path.of(path).normalize();
            Path first = claims.putIfAbsent(key, input);
            if (first != null && !first.equals(input)) {
                throw new IOException("'" + path + "' is also written by " + first
                        + " in this build; nothing of this document is written");
            }
            return staged.open(path);
        }
    }
}
