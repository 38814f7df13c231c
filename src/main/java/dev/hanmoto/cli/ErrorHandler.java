package dev.hanmoto.cli;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import picocli.CommandLine;

/**
 * The one mapping from failures to exit codes: a {@link UserError} prints its diagnostics and gives 1;
 * anything else is a bug in Hanmoto, reported as such (with the trace only under {@code --debug}).
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        boolean debug = parseResult.subcommand() != null && parseResult.subcommand().hasMatchedOption("--debug");
        var err = cl.getErr();
        if (ex instanceof UserError u) {
            for (Diagnostic d : u.diagnostics()) err.println(d.format());
            if (debug) ex.printStackTrace(err);
            return Main.USER_ERROR;
        }
        err.println("hanmoto: internal error: " + ex + " (this is a bug in Hanmoto; run with --debug for details)");
        if (debug) ex.printStackTrace(err);
        return 3;
    }
}
