package dev.hanmoto.theme;

import dev.hanmoto.testkit.ThemeProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ThemeFilesTest {
    @RegisterExtension
    final ThemeProject project = new ThemeProject();

    @Test
    void importOfOwnNameMeansTheParentsStylesheet() {
        ThemeFiles files = project.parentAndChild(Map.of(
                "themes/parent/pdf.css", "body { font-family: serif-ja; }\n",
                "themes/parent/extra.css", "pre { color: navy; }\n",
                "themes/child/pdf.css", "/* report */\n@import \"pdf.css\";\n@import url('extra.css');\nbody { font-family: sans-ja; }\n")).files();
        assertEquals("/* report */\n/* inlined: pdf.css */\nbody { font-family: serif-ja; }\n\n"
                + "\n/* inlined: extra.css */\npre { color: navy; }\n\n"
                + "\nbody { font-family: sans-ja; }\n", files.requireText("pdf.css"));
        assertEquals(List.of(), files.unresolvedImports("pdf.css"));
    }

    @Test
    void importWithoutParentFileIsAValidationError() {
        Path f = project.themeOnBase("mine", "card: { stylesheet: own.css }\n");
        project.write("themes/mine/own.css", "@import \"own.css\";\n@import \"nope.css\";\n");
        assertEquals(List.of(
                f + ":2:21: error: card.stylesheet: own.css imports 'own.css', which no parent theme has",
                f + ":2:21: error: card.stylesheet: own.css imports 'nope.css', which is not in the theme or its parents"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void importsAfterRulesAreLeftAlone() {
        project.themeOnBase("mine", "");
        project.write("themes/mine/pdf.css", "body { font-family: serif-ja; }\n@import \"epub.css\";\n");
        assertEquals("body { font-family: serif-ja; }\n@import \"epub.css\";\n", project.load("mine").files().requireText("pdf.css"));
    }
}
