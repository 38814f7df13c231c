package dev.hanmoto.cli;

import dev.hanmoto.theme.ThemeCatalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hanmoto themes}: the built-in and project themes with their descriptions. */
@Command(name = "themes", mixinStandardHelpOptions = true, description = "List the themes --theme accepts, with their descriptions.")
final class ThemesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-C", "--project"}, paramLabel = "DIR", description = "Project folder. Default: the current directory.")
    Path projectDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var entries = new ThemeCatalog(projectDir != null ? projectDir : Path.of(System.getProperty("user.dir"))).list();
        int width = entries.stream().mapToInt(e -> e.name().length()).max().orElse(4);
        for (var e : entries) {
            String origin = e.builtin() ? "built-in" : "project";
            String ext = e.parent().map(p -> ", extends " + p).orElse("");
            String desc = e.problem().map(p -> "(unreadable: " + p + ")").orElse(e.description());
            out.printf("%-" + width + "s  %s  [%s%s]%n", e.name(), desc, origin, ext);
        }
        out.flush();
        return Main.OK;
    }
}
