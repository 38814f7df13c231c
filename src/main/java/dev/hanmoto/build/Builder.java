package dev.hanmoto.build;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.Severity;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.render.OutputSink;
import dev.hanmoto.render.Renderer;
import dev.hanmoto.theme.Theme;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds documents with a fixed set of renderers into one output folder. Documents build in parallel
 * (one per core); a single document renders its formats in parallel instead. Each document's outputs
 * are staged and moved into place together only if it built without errors; one broken document
 * never stops the others.
 */
public final class Builder {
    private final DocumentLoader loader;
    private final List<Renderer> renderers;
    private final Path outDir;
    private final boolean strict;
    private final Duration timeout;
    private final int threads;
    private final Duration grace;
    private final OutputFolder.Disk disk;
    /**
     * The build cache's settings and what its configuration key is made of; null: no cache (every
     * document builds, nothing is recorded). The key is worked out when the cache is opened, with the
     * file-hash memo the output folder keeps (the theme's fonts are hashed once, not on every run).
     */
    private final BuildCache.Settings cacheSettings;
    private final BuildCache.Config cacheConfig;
    private final Path projectDir;

    /**
     * How long a document may go on after its time bound interrupted it. Most work stops at once
     * (the PDF layout checks for the interrupt); code that never checks is abandoned after this —
     * reported as timed out, its outputs never committed — so one document cannot hang a batch.
     */
    static final Duration GRACE = Duration.ofSeconds(10);

    /**
     * @param loader    makes a document from an input
     * @param renderers the formats to write
     * @param outDir    the output folder
     * @param strict    warnings fail the document
     * @param timeout   per-document time bound, so one pathological input cannot hang a batch
     * @param threads   worker threads (1 gives a sequential build; outputs are identical either way)
     */
    public Builder(DocumentLoader loader, List<Renderer> renderers, Path outDir, boolean strict, Duration timeout, int threads) {
        this(loader, renderers, outDir, strict, timeout, threads, GRACE);
    }

    /** As above; {@code grace} is how long a worker may take to stop after its time bound before it is abandoned. */
    Builder(DocumentLoader loader, List<Renderer> renderers, Path outDir, boolean strict, Duration timeout, int threads, Duration grace) {
        this(loader, renderers, outDir, strict, timeout, threads, grace, OutputFolder.Disk.REAL);
    }

    /** As above, writing its files through {@code disk}. */
    Builder(DocumentLoader loader, List<Renderer> renderers, Path outDir, boolean strict, Duration timeout, int threads,
            Duration grace, OutputFolder.Disk disk) {
        this(loader, renderers, outDir, strict, timeout, threads, grace, disk, null, null, null);
    }

    private Builder(DocumentLoader loader, List<Renderer> renderers, Path outDir, boolean strict, Duration timeout, int threads,
            Duration grace, OutputFolder.Disk disk, BuildCache.Settings cacheSettings, BuildCache.Config cacheConfig, Path projectDir) {
        this.cacheSettings = cacheSettings;
        this.cacheConfig = cacheConfig;
        this.projectDir = projectDir;
        this.grace = grace;
        this.disk = disk;
        this.loader = loader;
        this.renderers = List.copyOf(renderers);
        this.outDir = outDir;
        this.strict = strict;
        this.timeout = timeout;
        this.threads = Math.max(1, threads);
    }

    /**
     * This builder with the build cache of its output folder ({@code out/.hanmoto/cache/}, see
     * {@link BuildCache}): a document whose outputs are those of its inputs now is skipped, an output
     * missing or changed in out/ is put back; {@code force} builds every document all the same.
     *
     * @param theme    the theme the renderers were made with (its files and fonts are part of every key)
     * @param formats  the formats the renderers write
     * @param maxBytes the bound on the cache's size, bytes (least recently used entries go first)
     */
    public Builder cached(Project project, Theme theme, Set<Format> formats, boolean force, long maxBytes) {
        return new Builder(loader, renderers, outDir, strict, timeout, threads, grace, disk,
                new BuildCache.Settings(force, maxBytes), new BuildCache.Config(theme, Set.copyOf(formats), strict), project.dir());
    }

    /** The cache bound when none is given, MiB. */
    public static final long DEFAULT_CACHE_MIB = BuildCache.DEFAULT_MAX_MIB;

    /** Builds every input with its outputs at the top of the output folder (one document, or tests). */
    public BuildReport build(List<Path> inputs, BuildListener listener) {
        return build(inputs, OutputLayout.FLAT, listener);
    }

    /**
     * Builds every input, each into its folder of {@code layout}; an input that clashes with another
     * (the same output name) is not built and reports the clash. The output folder is held for the
     * whole build (a second build of the same folder waits; see {@link OutputFolder}); a folder that
     * cannot be written is a {@link UserError} before anything renders. With no renderers (a check)
     * nothing is written and nothing is held.
     */
    public BuildReport build(List<Path> inputs, OutputLayout layout, BuildListener listener) {
        try (OutputFolder folder = renderers.isEmpty() ? null : OutputFolder.open(outDir, listener, disk)) {
            return build(inputs, layout, listener, folder);
        }
    }

    /**
     * Stops every build of this process at once, for a shutdown hook (SIGINT, SIGTERM): files not yet
     * moved into place are deleted, a document half-way through its moves is completed first, and the
     * output folders are released. Returns how many builds were stopped.
     */
    public static int stopAll() {
        return OutputFolder.closeAll();
    }

    private BuildReport build(List<Path> inputs, OutputLayout layout, BuildListener listener, OutputFolder folder) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Path> written = new ArrayList<>();
        int failed = 0;
        boolean parallelFormats = inputs.size() == 1 && renderers.size() > 1 && threads > 1;
        ExecutorService docs = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, inputs.size())), daemon("hanmoto-doc"));
        ExecutorService formats = parallelFormats ? Executors.newFixedThreadPool(renderers.size(), daemon("hanmoto-fmt")) : null;
        ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(daemon("hanmoto-watchdog"));
        AtomicInteger done = new AtomicInteger();
        // Every output path opened in this batch, with the input that opened it first.
        Map<Path, Path> claims = new ConcurrentHashMap<>();
        BuildCache cache = folder == null || cacheSettings == null ? null : BuildCache.open(folder, projectDir, cacheConfig, cacheSettings);
        List<BuildReport.Outcome> outcomes = new ArrayList<>();
        try {
            List<CompletableFuture<Result>> futures = new ArrayList<>();
            for (Path input : inputs) {
                List<Diagnostic> clash = layout.clashesOf(input);
                if (!clash.isEmpty()) {
                    futures.add(CompletableFuture.completedFuture(failure(clash)));
                    listener.documentDone(input, false, done.incrementAndGet(), inputs.size());
                    continue;
                }
                CompletableFuture<Result> settled = new CompletableFuture<>();
                // Whoever claims a document first decides its fate: the worker (to commit its
                // outputs) or the watchdog (to give up on a worker that ignores its interrupt).
                AtomicBoolean claimed = new AtomicBoolean();
                StagedOutput out = folder == null ? null : folder.stage();
                futures.add(settled);
                docs.submit(() -> {
                    Thread worker = Thread.currentThread();
                    var alarm = watchdog.schedule(worker::interrupt, timeout.toMillis(), TimeUnit.MILLISECONDS);
                    var giveUp = watchdog.schedule(() -> {
                        if (claimed.compareAndSet(false, true) && settled.complete(timedOut(input))) {
                            if (out != null) out.abort();
                            listener.documentDone(input, false, done.incrementAndGet(), inputs.size());
                        }
                    }, timeout.plus(grace).toMillis(), TimeUnit.MILLISECONDS);
                    try {
                        Result r = buildOne(input, formats, claimed, out, layout.sink(input, out, claims), cache, layout.folderOf(input));
                        if (settled.complete(r)) listener.documentDone(input, r.ok(), done.incrementAndGet(), inputs.size());
                    } catch (Throwable t) {
                        settled.completeExceptionally(t);
                    } finally {
                        alarm.cancel(false);
                        giveUp.cancel(false);
                        Thread.interrupted();
                    }
                });
            }
            for (int i = 0; i < futures.size(); i++) {
                Result r;
                try {
                    r = futures.get(i).get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("internal error building " + inputs.get(i), e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("build interrupted", e);
                } catch (CancellationException e) {
                    r = failure(List.of(Diagnostic.error("timeout", "build cancelled", inputs.get(i), 0, 0)));
                }
                List<Diagnostic> ds = strict ? promoted(r.diagnostics()) : r.diagnostics();
                diagnostics.addAll(ds);
                written.addAll(r.written());
                if (!r.ok()) failed++;
                outcomes.add(new BuildReport.Outcome(inputs.get(i), r.status(), r.outputs(), r.key(), ds));
            }
            if (cache != null) cache.trim();
        } finally {
            docs.shutdownNow();
            if (formats != null) formats.shutdownNow();
            watchdog.shutdownNow();
        }
        return new BuildReport(diagnostics, written, inputs.size(), failed, outcomes);
    }

    private Diagnostic timeoutError(Path input) {
        return Diagnostic.error("timeout", "took longer than " + timeout.toSeconds()
                + " s; stopped (a pathological document?)", input, 0, 0);
    }

    /** A document whose worker did not stop within the grace after its interrupt: reported, never committed. */
    private Result timedOut(Path input) {
        return failure(List.of(timeoutError(input)));
    }

    private Result buildOne(Path input, ExecutorService formats, AtomicBoolean claimed, StagedOutput out, OutputSink sink,
                            BuildCache cache, String outFolder) {
        Diagnostics diags = new Diagnostics();
        boolean committed = false;
        long start = System.nanoTime();
        String documentKey = cache == null ? null : cache.documentKey(input, outFolder);
        try {
            BuildCache.Lookup known = cache == null ? new BuildCache.Lookup.Miss() : cache.lookup(documentKey);
            if (known instanceof BuildCache.Lookup.Current c) {
                if (!claimed.compareAndSet(false, true)) return timedOut(input);
                committed = true; // nothing staged: nothing to abort
                return new Result(c.diagnostics(), List.of(), true, BuildReport.Status.CURRENT, c.outputs(), c.key());
            }
            if (known instanceof BuildCache.Lookup.Restore r && out != null) {
                Optional<Result> restored = restore(cache, r, sink, out, claimed, input);
                if (restored.isPresent()) {
                    committed = true;
                    return restored.get();
                }
                out.discardStaged();
            }
            Dependencies.begin();
            Map<Path, Dependencies.Stamp> read;
            Document doc;
            try {
                doc = loader.load(input, diags);
                doc.meta().findText(dev.hanmoto.ast.Meta.COVER_IMAGE).ifPresent(c -> noteBeside(doc.source(), c));
            } finally {
                read = Dependencies.end();
            }
            if (!failed(diags)) {
                renderAll(doc, sink, diags, formats);
            }
            if (Thread.currentThread().isInterrupted()) diags.report(timeoutError(input));
            if (failed(diags)) return new Result(diags.all(), List.of(), false, BuildReport.Status.FAILED, List.of(), null);
            if (!claimed.compareAndSet(false, true)) return timedOut(input); // given up on: too late to write
            List<Path> files = out == null ? List.of() : out.commit();
            committed = true;
            String key = cache == null ? null : cache.store(documentKey, input, read, files, diags.all()).orElse(null);
            return new Result(diags.all(), files, true, BuildReport.Status.BUILT, files, key);
        } catch (UserError e) {
            // The error may carry diagnostics already reported (Diagnostics.throwIfErrors): keep each once.
            var seen = new java.util.HashSet<>(diags.all());
            for (Diagnostic d : e.diagnostics()) if (seen.add(d)) diags.report(d);
            if (Thread.currentThread().isInterrupted()) diags.report(timeoutError(input));
            return failure(diags.all());
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            String m = io instanceof OutputFolder.WriteFailed ? io.getMessage() : "cannot write output: " + OutputFolder.reason(io);
            diags.report(Diagnostic.error("io", m, input, 0, 0));
            return failure(diags.all());
        } catch (OutOfMemoryError e) {
            // Whatever the document held is garbage once this frame is left; the message says what to do.
            diags.report(Diagnostic.error("out-of-memory", outOfMemory(), input, 0, 0));
            return failure(diags.all());
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted() || (System.nanoTime() - start) > timeout.toNanos()) {
                diags.report(timeoutError(input));
                return failure(diags.all());
            }
            throw e;
        } finally {
            if (!committed && out != null) out.abort();
        }
    }

    /**
     * Puts back the outputs of a document whose inputs the cache knows, through the staging area and a
     * commit record as a build writes them; empty (nothing committed) when an object is not what its
     * name says, and the document is then built.
     */
    private Optional<Result> restore(BuildCache cache, BuildCache.Lookup.Restore r, OutputSink sink, StagedOutput out, AtomicBoolean claimed,
                                     Path input) throws IOException {
        OutputSink root = sink.root();
        for (BuildCache.Output o : r.outputs()) {
            if (!Files.isRegularFile(outDir.resolve(o.path())) || !BuildCache.sha(outDir.resolve(o.path())).equals(o.sha())) {
                try (var to = root.open(o.path())) {
                    if (!cache.restore(o, to)) return Optional.empty();
                }
            }
        }
        if (!claimed.compareAndSet(false, true)) return Optional.of(timedOut(input));
        List<Path> files = out.commit();
        List<Path> all = r.outputs().stream().map(o -> outDir.resolve(o.path())).toList();
        return Optional.of(new Result(r.diagnostics(), files, true, BuildReport.Status.RESTORED, all, r.key()));
    }

    /** Notes a file a document names beside its source (its cover image) as one of its inputs. */
    private static void noteBeside(Path source, String name) {
        try {
            Path dir = source == null ? null : source.toAbsolutePath().getParent();
            if (dir != null && !name.contains(":")) Dependencies.read(dir.resolve(name));
        } catch (IllegalArgumentException notAPath) {
            // Reported by the renderer that uses it; nothing to note.
        }
    }

    /**
     * The message for a document that did not fit in the memory the JVM was given. The launcher sets
     * {@code -Xmx1g}; {@code HANMOTO_JAVA_OPTS} passes more options to the JVM, the last -Xmx winning.
     */
    public static String outOfMemory() {
        long mib = Runtime.getRuntime().maxMemory() >> 20;
        long more = Math.max(2048, Math.round(mib * 2 / 1024.0) * 1024);
        return "ran out of memory (the Java heap is limited to " + mib + " MiB); build it with more, e.g. "
                + "HANMOTO_JAVA_OPTS=-Xmx" + (more / 1024) + "g ./hanmoto build …";
    }

    private void renderAll(Document doc, OutputSink out, Diagnostics diags, ExecutorService formats) throws IOException {
        if (formats == null) {
            for (Renderer r : renderers) r.render(doc, out, diags);
            return;
        }
        List<Future<?>> fs = new ArrayList<>();
        for (Renderer r : renderers) {
            fs.add(formats.submit(() -> {
                r.render(doc, out, diags);
                return null;
            }));
        }
        for (Future<?> f : fs) {
            try {
                f.get();
            } catch (InterruptedException e) {
                for (Future<?> g : fs) g.cancel(true);
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException e) {
                // One format failed: the document fails, so the others need not finish (nor hold memory).
                for (Future<?> g : fs) g.cancel(true);
                Throwable c = e.getCause();
                if (c instanceof Error err) throw err;
                if (c instanceof UserError u) throw u;
                if (c instanceof IOException io) throw io;
                if (c instanceof UncheckedIOException uio) throw uio.getCause();
                if (c instanceof RuntimeException re) throw re;
                throw new IllegalStateException(c);
            }
        }
    }

    /** Under {@code --strict} a warning fails the document, so it is reported as what it is then: an error. */
    private static List<Diagnostic> promoted(List<Diagnostic> ds) {
        return ds.stream().map(d -> d.severity() == Severity.WARNING
                ? Diagnostic.error(d.code(), d.message(), d.file(), d.line(), d.col()) : d).toList();
    }

    private boolean failed(Diagnostics diags) {
        return diags.hasErrors() || (strict && diags.all().stream().anyMatch(d -> d.severity() == Severity.WARNING));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static Result failure(List<Diagnostic> diagnostics) {
        return new Result(diagnostics, List.of(), false, BuildReport.Status.FAILED, List.of(), null);
    }

    /**
     * One document's outcome; {@code ok} is false when nothing was written because of errors.
     * {@code written}: moved into place now; {@code outputs}: all its files in out/; {@code key}: its
     * content key in the cache, null when none.
     */
    private record Result(List<Diagnostic> diagnostics, List<Path> written, boolean ok, BuildReport.Status status,
                          List<Path> outputs, String key) {}
}
