package dev.hanmoto.cli;

import dev.hanmoto.build.BuildListener;
import dev.hanmoto.build.BuildReport;
import dev.hanmoto.build.Builder;
import dev.hanmoto.build.CodeHeadStart;
import dev.hanmoto.build.Format;
import dev.hanmoto.build.Inputs;
import dev.hanmoto.build.OutputLayout;
import dev.hanmoto.build.Project;
import dev.hanmoto.build.Renderers;
import dev.hanmoto.build.Shard;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hanmoto build [FILE|DIR...]}: builds sources (default: everything under content/). */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Build PDF, EPUB and social card for each source (default: every article and book under content/).")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Markdown files, book folders (with book.yaml) or folders to search.")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    ProjectOptions projectOptions;

    @CommandLine.Mixin
    OutputOptions outputOptions;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;


    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Documents built at once. Default: number of cores.")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time bound per document. Default: ${DEFAULT-VALUE}.")
    int timeoutSeconds = 120;

    @Option(names = "--force", description = "Build every document, even those whose outputs are current (the cache is still updated).")
    boolean force;

    @Option(names = "--cache-size", paramLabel = "MIB", description = "Bound on the build cache in out/.hanmoto/cache/, MiB; least recently used entries go first. Default: ${DEFAULT-VALUE}.")
    long cacheMib = Builder.DEFAULT_CACHE_MIB;

    @Option(names = "--shard", paramLabel = "I/N", description = "Build only shard I of N (0 <= I < N), chosen by a stable hash of each source's path: N machines build a catalogue between them.")
    String shard;

    @Option(names = "--manifest", paramLabel = "FILE", description = "Write one JSON line per document: source, status, outputs with their SHA-256, content hash, diagnostics.")
    Path manifest;

    /** Benchmark hook (bench/run): build this many times in one JVM and print each build's wall time. */
    @Option(names = "--repeat", hidden = true, paramLabel = "N")
    int repeat = 1;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Set<Format> fmts = outputOptions.formats(spec);
        Renderers.prepare(fmts);
        Project project = projectOptions.project();
        Shard part = shard == null ? Shard.ALL : Shard.parse(shard).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "--shard wants I/N with 0 <= I < N (e.g. 0/4), not '" + shard + "'"));
        if (cacheMib < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--cache-size must be 0 or more (MiB)");
        Inputs.Batch batch = Inputs.batch(project, paths);
        List<Path> inputs = part.select(project, batch.inputs());
        if (batch.inputs().isEmpty()) {
            throw new UserError(Diagnostic.error("no-input", "nothing to build: no Markdown files under "
                    + (paths.isEmpty() ? project.content() : paths), null, 0, 0));
        }
        if (inputs.size() == 1 && (fmts.contains(Format.PDF) || fmts.contains(Format.EPUB))) CodeHeadStart.start(inputs);
        Path outDir = outputOptions.outDir(project);
        boolean themeGiven = spec.commandLine().getParseResult().hasMatchedOption("--theme");
        // One builder per theme: --theme for everything, else each book's own `theme:`, else default.
        Map<String, List<Path>> byTheme = new LinkedHashMap<>();
        for (Path in : inputs) {
            String t = themeGiven ? projectOptions.theme : Inputs.themeOf(in).orElse(projectOptions.theme);
            byTheme.computeIfAbsent(t, k -> new ArrayList<>()).add(in);
        }
        Map<String, Builder> builders = new LinkedHashMap<>();
        for (String t : byTheme.keySet()) {
            Theme th = new ThemeLoader(project.dir()).load(t, Format.themeSections(fmts));
            builders.put(t, new Builder(Inputs.loader(project, th), Renderers.create(th, fmts, project), outDir, strict,
                    Duration.ofSeconds(timeoutSeconds), jobs).cached(project, th, fmts, force, cacheMib << 20));
        }
        Progress progress = new Progress(err, System.console() != null && inputs.size() > 1);
        long start = System.nanoTime();
        BuildReport report = buildAll(builders, byTheme, batch.layout(), progress);
        progress.finish();
        if (repeat > 1) {
            double[] times = new double[repeat];
            times[0] = (System.nanoTime() - start) / 1e9;
            for (int i = 1; i < repeat; i++) {
                long t = System.nanoTime();
                report = buildAll(builders, byTheme, batch.layout(), BuildListener.NONE);
                times[i] = (System.nanoTime() - t) / 1e9;
            }
            double[] warm = java.util.Arrays.copyOfRange(times, 1, repeat);
            java.util.Arrays.sort(warm);
            err.printf("hanmoto: repeat %d builds in one JVM: first %.3f s, warm median %.3f s%n",
                    repeat, times[0], warm[warm.length / 2]);
        }
        for (Diagnostic d : report.diagnostics()) err.println(d.format());
        if (manifest != null) Manifest.write(project.dir().resolve(manifest), project, outDir, part, report);
        double secs = (System.nanoTime() - start) / 1e9;
        long current = report.upToDate();
        err.printf("hanmoto: %d document%s, %d file%s written, %d failed%s%s, %.1f s%n",
                report.documents(), report.documents() == 1 ? "" : "s",
                report.written().size(), report.written().size() == 1 ? "" : "s", report.failed(),
                current > 0 ? ", " + current + " up to date" : "",
                part.count() > 1 ? ", shard " + part + " of " + batch.inputs().size() + " documents" : "", secs);
        if (report.hasErrors() || (strict && report.hasWarnings())) return Main.USER_ERROR;
        return Main.OK;
    }

    private static BuildReport buildAll(Map<String, Builder> builders, Map<String, List<Path>> byTheme, OutputLayout layout,
                                        BuildListener l) {
        if (builders.size() == 1) {
            var e = builders.entrySet().iterator().next();
            return e.getValue().build(byTheme.get(e.getKey()), layout, l);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        List<BuildReport.Outcome> outcomes = new ArrayList<>();
        int documents = 0;
        int failed = 0;
        for (var e : builders.entrySet()) {
            BuildReport r = e.getValue().build(byTheme.get(e.getKey()), layout, l);
            diagnostics.addAll(r.diagnostics());
            written.addAll(r.written());
            outcomes.addAll(r.outcomes());
            documents += r.documents();
            failed += r.failed();
        }
        return new BuildReport(diagnostics, written, documents, failed, outcomes);
    }

    /**
     * A one-line progress display on a terminal (silent otherwise), and, always, a line when the output
     * folder is busy with another build or was left by a killed one.
     */
    static final class Progress implements BuildListener {
        private final PrintWriter err;
        private final boolean enabled;

        Progress(PrintWriter err, boolean enabled) {
            this.err = err;
            this.enabled = enabled;
        }

        @Override
        public synchronized void waitingForOutput(Path outDir, long pid) {
            err.println("hanmoto: " + outDir + " is being written by another build"
                    + (pid > 0 ? " (process " + pid + ")" : "") + "; waiting for it to finish");
            err.flush();
        }

        @Override
        public synchronized void recoveredOutput(Path outDir, long stalePid, int completed, int discarded) {
            List<String> did = new ArrayList<>();
            if (completed > 0) did.add("finished moving the files of " + completed + " document" + (completed == 1 ? "" : "s") + " into place");
            if (discarded > 0) did.add("removed " + discarded + " unfinished file" + (discarded == 1 ? "" : "s"));
            err.println("hanmoto: a build of " + outDir + " was stopped before it ended"
                    + (stalePid > 0 ? " (process " + stalePid + ")" : "")
                    + (did.isEmpty() ? "" : "; " + String.join(", ", did)));
            err.flush();
        }

        @Override
        public synchronized void documentDone(Path source, boolean ok, int done, int total) {
            if (!enabled) return;
            err.printf("\r[%d/%d] %s", done, total, source.getFileName());
            err.print("\u001b[K");
            err.flush();
        }

        synchronized void finish() {
            if (enabled) {
                err.print("\r\u001b[K");
                err.flush();
            }
        }
    }
}
