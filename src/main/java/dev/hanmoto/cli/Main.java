package dev.hanmoto.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code hanmoto <command>}. */
@Command(name = "hanmoto", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Markdown with front matter to a print PDF, an EPUB 3 and a social card.",
        subcommands = {BuildCommand.class, CheckCommand.class, WatchCommand.class, ThemesCommand.class,
                InitCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit codes, as the README documents them. */
    public static final int OK = 0;
    public static final int USER_ERROR = 1;
    public static final int USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'hanmoto build')");
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code (tests call this). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl.execute(args);
    }

    /** {@code hanmoto --version}: the version the build wrote ({@link dev.hanmoto.Version}). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"hanmoto " + dev.hanmoto.Version.NUMBER};
        }
    }
}
