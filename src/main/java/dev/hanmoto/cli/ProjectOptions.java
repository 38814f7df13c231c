package dev.hanmoto.cli;

import dev.hanmoto.build.Project;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads a project shares: where it is, which theme, how to report. */
final class ProjectOptions {
    @Option(names = {"-C", "--project"}, paramLabel = "DIR",
            description = "Project folder (content/, themes/, out/). Default: the current directory.")
    Path projectDir;

    @Option(names = "--theme", paramLabel = "NAME|DIR", description = "Theme name (themes/NAME or built-in) or folder. Default: ${DEFAULT-VALUE}.")
    String theme = "default";

    @Option(names = "--debug", description = "Show stack traces for errors.")
    boolean debug;

    Project project() {
        return new Project(projectDir != null ? projectDir : Path.of(System.getProperty("user.dir")));
    }
}
