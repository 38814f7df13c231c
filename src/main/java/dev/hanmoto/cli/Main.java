package dev.hanmoto.cli;

import dev.hanmoto.build.Builder;
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
        PrintWriter err = new PrintWriter(System.err, true);
        // SIGINT (Ctrl-C) and SIGTERM run the shutdown hooks, then the JVM exits with 130 / 143 (128 + the
        // signal). The hook stops the builds: out/ keeps what it had, and no staged file is left behind.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (Builder.stopAll() > 0) {
                err.println("hanmoto: stopped; outputs not yet in place were discarded, out/ holds the previous ones");
            }
        }, "hanmoto-stop"));
        int code;
        try {
            code = execute(args, new PrintWriter(System.out, true), err);
        } catch (OutOfMemoryError e) {
            err.println("hanmoto: error: " + Builder.outOfMemory());
            code = USER_ERROR;
        }
        System.exit(code);
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
