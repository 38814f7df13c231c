package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Creates a new Hanmoto project for {@code hanmoto init DIR}: a sample source in {@code content/},
 * a theme that extends {@code default} with two visible overrides, a README line and {@code out/}.
 * It builds as is: {@code default} and the bundled fonts come from the installation. Never
 * overwrites: if any file it would write exists, nothing is written.
 */
public final class ProjectInitializer {
    private ProjectInitializer() {}

    /** The name of the theme the new project gets. */
    public static final String THEME = "mytheme";

    /**
     * What was made.
     *
     * @param dir     the project folder (absolute)
     * @param created the files written, relative to {@code dir}, in the order written
     */
    public record Result(Path dir, List<Path> created) {}

    /**
     * Creates the project in {@code dir} (made if missing; may already hold other files).
     *
     * @throws UserError listing every file that already exists, or if a file cannot be written
     */
    public static Result init(Path dir) {
        Path root = dir.toAbsolutePath().normalize();
        Map<Path, String> files = files();
        List<Diagnostic> clashes = new ArrayList<>();
        for (Path rel : files.keySet()) {
            Path p = root.resolve(rel);
            if (Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                clashes.add(Diagnostic.error("init-exists", "already exists; init never overwrites (remove it or pick another folder)", p, 0, 0));
            }
        }
        if (Files.exists(root) && !Files.isDirectory(root)) {
            clashes.add(Diagnostic.error("init-exists", "is a file, not a folder", root, 0, 0));
        }
        if (!clashes.isEmpty()) throw new UserError(clashes);
        List<Path> created = new ArrayList<>();
        for (Map.Entry<Path, String> f : files.entrySet()) {
            Path p = root.resolve(f.getKey());
            try {
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UserError(Diagnostic.error("init-io", "cannot write: " + e.getMessage(), p, 0, 0));
            }
            created.add(f.getKey());
        }
        return new Result(root, List.copyOf(created));
    }

    private static Map<Path, String> files() {
        Map<Path, String> m = new LinkedHashMap<>();
        m.put(Path.of("content", "sample.md"), SAMPLE);
        m.put(Path.of("themes", THEME, "theme.yaml"), THEME_YAML);
        m.put(Path.of("README.md"), README);
        m.put(Path.of("out", ".gitkeep"), "");
        return m;
    }

    static final String THEME_YAML = """
            # My theme: the built-in default with two changes. Every key and its default: docs/themes.md
            # in the Hanmoto repository. Build with it: hanmoto build --theme mytheme
            extends: default
            description: My theme (default on B5, wine-red card)
            pdf:
              page: { size: B5 }
            card:
              background: "#7a1f3d"
            """;

    static final String README = """
            # My book

            Built with Hanmoto: `hanmoto build` writes PDF, EPUB and a social card for every file in `content/` into `out/` (`hanmoto build --theme mytheme` uses `themes/mytheme`).
            """;

    static final String SAMPLE = """
            ---
            title: はじめての本 — My First Book
            slug: sample
            lang: ja
            description: Hanmoto のサンプル原稿。A sample source with a heading, a list, a table and a footnote.
            tags: [sample, hanmoto]
            ---

            # はじめての本

            これは Hanmoto のサンプル原稿です。Markdown で書いた一つの原稿から、印刷用の PDF、EPUB、
            SNS 用のカード画像を作ります。This is a sample: one Markdown source becomes a print PDF,
            an EPUB and a social card.

            ## できること

            - 日本語の組版（禁則処理）— Japanese typesetting
            - 目次と脚注[^note] — a table of contents and footnotes
            - テーマで見た目を変える — change the look with a theme

            ## 出力の一覧

            | 形式 | 用途 | Format |
            |------|------|--------|
            | PDF  | 印刷・配布 | print |
            | EPUB | 電子書籍 | e-book |
            | PNG  | SNS カード | social card |

            [^note]: 脚注はページの下、または EPUB の注として出力されます。Footnotes go to the page foot or to EPUB notes.
            """;
}
