package dev.hanmoto.cli;

import dev.hanmoto.build.BuildListener;
import dev.hanmoto.build.BuildReport;
import dev.hanmoto.build.Builder;
import dev.hanmoto.build.Inputs;
import dev.hanmoto.build.Project;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hanmoto check}: validates the theme and reads every source, writing nothing. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate the theme and every source (front matter, Markdown, links) without writing outputs.")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Markdown files, book folders or folders. Default: content/.")
    List<Path> paths = new ArrayList<>();

    @CommandLine.Mixin
    ProjectOptions projectOptions;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;


    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Project project = projectOptions.project();
        Theme theme = new ThemeLoader(project.dir()).load(projectOptions.theme);
        Inputs.Batch batch = Inputs.batch(project, paths);
        List<Path> inputs = batch.inputs();
        if (inputs.isEmpty()) throw new UserError(Diagnostic.error("no-input", "nothing to check", null, 0, 0));
        Builder builder = new Builder(Inputs.loader(project, theme), List.of(), project.out(), strict, Duration.ofSeconds(120),
                Runtime.getRuntime().availableProcessors());
        BuildReport report = builder.build(inputs, batch.layout(), BuildListener.NONE);
        for (Diagnostic d : report.diagnostics()) err.println(d.format());
        err.printf("hanmoto: checked %d document%s, %d with errors%n", report.documents(), report.documents() == 1 ? "" : "s", report.failed());
        return report.hasErrors() || (strict && report.hasWarnings()) ? Main.USER_ERROR : Main.OK;
    }
}
