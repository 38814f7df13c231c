package dev.hanmoto.theme;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThemeFilesTest {
    @TempDir
    Path tmp;

    @Test
    void importOfOwnNameMeansTheParentsStylesheet() {
        ThemeProject project = new ThemeProject(tmp);
        project.themeOnBase("parent", "");
        project.write("themes/parent/pdf.css", "body { font-family: serif-ja; }\n");
        project.write("themes/parent/extra.css", "pre { color: navy; }\n");
        project.theme("child", "extends: parent\n");
        project.write("themes/child/pdf.css", "/* report */\n@import \"pdf.css\";\n@import url('extra.css');\nbody { font-family: sans-ja; }\n");
        ThemeFiles files = project.load("child").files();
        assertEquals("/* report */\n/* inlined: pdf.css */\nbody { font-family: serif-ja; }\n\n"
                + "\n/* inlined: extra.css */\npre { color: navy; }\n\n"
                + "\nbody { font-family: sans-ja; }\n", files.requireText("pdf.css"));
        assertEquals(List.of(), files.unresolvedImports("pdf.css"));
    }

    @Test
    void importWithoutParentFileIsAValidationError() {
        ThemeProject project = new ThemeProject(tmp);
        Path f = project.themeOnBase("mine", "card: { stylesheet: own.css }\n");
        project.write("themes/mine/own.css", "@import \"own.css\";\n@import \"nope.css\";\n");
        assertEquals(List.of(
                f + ":2:21: error: card.stylesheet: own.css imports 'own.css', which no parent theme has",
                f + ":2:21: error: card.stylesheet: own.css imports 'nope.css', which is not in the theme or its parents"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void importsAfterRulesAreLeftAlone() {
        ThemeProject project = new ThemeProject(tmp);
        project.themeOnBase("mine", "");
        project.write("themes/mine/pdf.css", "body { font-family: serif-ja; }\n@import \"epub.css\";\n");
        assertEquals("body { font-family: serif-ja; }\n@import \"epub.css\";\n", project.load("mine").files().requireText("pdf.css"));
    }
}
