package dev.hanmoto.cli;

import dev.hanmoto.build.BuildListener;
import dev.hanmoto.build.BuildReport;
import dev.hanmoto.build.Builder;
import dev.hanmoto.build.Format;
import dev.hanmoto.build.Inputs;
import dev.hanmoto.build.OutputLayout;
import dev.hanmoto.build.Project;
import dev.hanmoto.build.Renderers;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code hanmoto watch [PATH]}: one warm JVM that rebuilds what changed — a source, a chapter (its
 * book), or a theme file (everything) — and prints one line per rebuild with its time.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Build, then rebuild whatever changes (sources, chapters, theme files) until interrupted.")
final class WatchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "A file, book folder or folder to watch. Default: content/.")
    Path path;

    @CommandLine.Mixin
    ProjectOptions projectOptions;

    @CommandLine.Mixin
    OutputOptions outputOptions;

    /** Test hook: stop after this many rebuilds (0 = run until interrupted). */
    @Option(names = "--max-rebuilds", hidden = true)
    int maxRebuilds;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        Project project = projectOptions.project();
        Set<Format> fmts = outputOptions.formats(spec);
        Path outDir = outputOptions.outDir(project);
        List<Path> given = path == null ? List.of() : List.of(path);

        Session session = new Session(project, fmts, outDir);
        session.reload(err);
        Inputs.Batch first = Inputs.batch(project, given);
        session.build(first.inputs(), first.layout(), err);

        try (WatchService ws = FileSystems.getDefault().newWatchService()) {
            List<Path> roots = new ArrayList<>();
            roots.add(path == null ? project.content() : project.dir().resolve(path));
            if (Files.isDirectory(project.themes())) roots.add(project.themes());
            for (Path r : roots) register(ws, Files.isDirectory(r) ? r : r.getParent());
            err.println("hanmoto: watching " + roots + " (Ctrl-C to stop)");
            int rebuilds = 0;
            while (maxRebuilds == 0 || rebuilds < maxRebuilds) {
                WatchKey key = ws.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed, ws);
                // Editors write in bursts (temp file, rename, touch): let the burst settle.
                for (WatchKey more; (more = ws.poll(150, TimeUnit.MILLISECONDS)) != null; ) collect(more, changed, ws);
                boolean themeChanged = changed.stream().anyMatch(p -> p.startsWith(project.themes()));
                if (themeChanged) session.reload(err);
                // Resolved again each time: a new file, or a changed slug, changes the layout. Every
                // input goes to the builder, whose cache builds only those whose inputs changed (a
                // source, a chapter, an image, an include, the theme) and skips the rest.
                Inputs.Batch batch = Inputs.batch(project, given);
                if (batch.inputs().isEmpty()) continue;
                session.build(batch.inputs(), batch.layout(), err);
                rebuilds++;
            }
        }
        return Main.OK;
    }

    private static void collect(WatchKey key, Set<Path> changed, WatchService ws) throws IOException {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW) continue;
            Path p = dir.resolve((Path) e.context()).toAbsolutePath().normalize();
            if (p.getFileName().toString().startsWith(".")) continue;
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) register(ws, p);
            changed.add(p);
        }
        key.reset();
    }

    private static void register(WatchService ws, Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                d.register(ws, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The warm state: theme and renderers (fonts parsed once) kept across rebuilds. */
    private final class Session {
        private final Project project;
        private final Set<Format> formats;
        private final Path outDir;
        private Builder builder;

        Session(Project project, Set<Format> formats, Path outDir) {
            this.project = project;
            this.formats = formats;
            this.outDir = outDir;
        }

        void reload(PrintWriter err) {
            try {
                Theme th = new ThemeLoader(project.dir()).load(projectOptions.theme, Format.themeSections(formats));
                builder = new Builder(Inputs.loader(project, th), Renderers.create(th, formats, project), outDir, false,
                        Duration.ofSeconds(120), Runtime.getRuntime().availableProcessors())
                        .cached(project, th, formats, false, Builder.DEFAULT_CACHE_MIB << 20);
            } catch (UserError e) {
                // Keep the previous theme (if any) and say why; the user fixes the file and saves again.
                for (Diagnostic d : e.diagnostics()) err.println(d.format());
            }
        }

        void build(List<Path> inputs, OutputLayout layout, PrintWriter err) {
            if (builder == null) return;
            long t0 = System.nanoTime();
            BuildReport r;
            try {
                r = builder.build(inputs, layout, new BuildCommand.Progress(err, false));
            } catch (UserError e) {
                // The output folder cannot be written (yet): say so, and try again on the next change.
                for (Diagnostic d : e.diagnostics()) err.println(d.format());
                err.flush();
                return;
            }
            for (Diagnostic d : r.diagnostics()) err.println(d.format());
            long built = r.documents() - r.upToDate();
            err.printf("hanmoto: rebuilt %d document%s in %.2f s%s%s%n", built, built == 1 ? "" : "s",
                    (System.nanoTime() - t0) / 1e9, r.upToDate() > 0 ? " (" + r.upToDate() + " up to date)" : "",
                    r.failed() > 0 ? " (" + r.failed() + " failed)" : "");
            err.flush();
        }
    }
}
