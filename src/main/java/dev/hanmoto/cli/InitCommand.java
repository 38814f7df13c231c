package dev.hanmoto.cli;

import dev.hanmoto.theme.ProjectInitializer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hanmoto init DIR}: a new project that builds as is. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create a new project: content/ with a sample, a theme extending default, a README.")
final class InitCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder to create the project in (made if missing).")
    Path dir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path base = Path.of(System.getProperty("user.dir"));
        var result = ProjectInitializer.init(base.resolve(dir));
        for (Path p : result.created()) out.println("created " + dir.resolve(p));
        out.println("next: cd " + dir + " && hanmoto build");
        out.flush();
        return Main.OK;
    }
}
