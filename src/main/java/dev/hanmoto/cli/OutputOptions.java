package dev.hanmoto.cli;

import dev.hanmoto.build.Format;
import dev.hanmoto.build.Project;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options of the commands that write outputs: which formats, and where. */
final class OutputOptions {
    @Option(names = "--format", split = ",", paramLabel = "FORMAT", description = "Formats to build: pdf, epub, card (comma-separated). Default: all.")
    List<String> formats = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: out/ in the project.")
    Path out;

    /** The --format list as formats; an unknown name is a usage error (exit 2). */
    Set<Format> formats(CommandLine.Model.CommandSpec spec) {
        if (formats.isEmpty()) return Format.all();
        Set<Format> set = EnumSet.noneOf(Format.class);
        for (String f : formats) {
            set.add(Format.find(f).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "unknown format '" + f + "' (expected pdf, epub or card)")));
        }
        return set;
    }

    Path outDir(Project project) {
        return out == null ? project.out() : project.dir().resolve(out);
    }
}
