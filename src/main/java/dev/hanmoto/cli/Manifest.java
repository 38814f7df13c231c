package dev.hanmoto.cli;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.build.BuildReport;
import dev.hanmoto.build.Project;
import dev.hanmoto.build.Shard;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * {@code --manifest FILE}: one JSON object per line and per document of the build (of its shard), for
 * a CI matrix or a batch engine to collect. Each line:
 * <pre>
 * {"source":"content/a.md","shard":"0/4","status":"built","hash":"…",
 *  "outputs":[{"path":"a.pdf","sha256":"…"},…],
 *  "diagnostics":[{"severity":"warning","code":"…","file":"content/a.md","line":3,"col":1,"message":"…"}]}
 * </pre>
 * {@code status} is {@code built}, {@code current} (its outputs were current: not built again),
 * {@code restored} (put back from the build cache) or {@code failed}; {@code hash} is the document's
 * content key in the build cache (its inputs, configuration and Hanmoto's version; null when not
 * recorded); paths are relative to the project ({@code source}, a diagnostic's {@code file}) and to
 * the output folder ({@code outputs}). The file is written whole (by a rename), after the build.
 */
final class Manifest {
    private Manifest() {}

    static void write(Path file, Project project, Path outDir, Shard shard, BuildReport report) {
        List<String> lines = new ArrayList<>();
        Path out = outDir.toAbsolutePath().normalize();
        for (BuildReport.Outcome o : report.outcomes()) {
            StringBuilder b = new StringBuilder("{\"source\":").append(str(Shard.relative(project, o.source())))
                    .append(",\"shard\":").append(str(shard.toString()))
                    .append(",\"status\":").append(str(o.status().word()))
                    .append(",\"hash\":").append(o.key() == null ? "null" : str(o.key()))
                    .append(",\"outputs\":[");
            for (int i = 0; i < o.outputs().size(); i++) {
                Path p = o.outputs().get(i).toAbsolutePath().normalize();
                if (i > 0) b.append(',');
                b.append("{\"path\":").append(str(out.relativize(p).toString().replace('\\', '/')))
                        .append(",\"sha256\":").append(str(sha256(p))).append('}');
            }
            b.append("],\"diagnostics\":[");
            for (int i = 0; i < o.diagnostics().size(); i++) {
                Diagnostic d = o.diagnostics().get(i);
                if (i > 0) b.append(',');
                b.append("{\"severity\":").append(str(d.severity().label()))
                        .append(",\"code\":").append(str(d.code()))
                        .append(",\"file\":").append(d.file() == null ? "null" : str(Shard.relative(project, d.file())))
                        .append(",\"line\":").append(d.line())
                        .append(",\"col\":").append(d.col())
                        .append(",\"message\":").append(str(d.message())).append('}');
            }
            lines.add(b.append("]}").toString());
        }
        Path abs = file.toAbsolutePath().normalize();
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            if (abs.getParent() != null) Files.createDirectories(abs.getParent());
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // Nothing more to clear.
            }
            throw new UserError(Diagnostic.error("manifest", "cannot write the manifest: " + e.getMessage(), file, 0, 0));
        }
    }

    private static String sha256(Path p) {
        try (InputStream in = Files.newInputStream(p)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            return "";
        }
    }

    /** A JSON string, escaped as the AST dump escapes its strings. */
    private static String str(String s) {
        return AstDump.jsonString(s);
    }
}
