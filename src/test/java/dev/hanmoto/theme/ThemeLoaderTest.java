package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.testkit.ThemeProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Themes that load: inheritance, merging, files, typed values. What a broken theme is told is in
 * {@code golden/theme/bad-themes.txt} ({@link BadThemesTest}).
 */
class ThemeLoaderTest {
    @RegisterExtension
    final ThemeProject project = new ThemeProject();

    @Test
    void childOfDefaultGivesJisB5OverDefaultSettings() {
        project.theme("mine", """
                extends: default
                pdf:
                  page:
                    size: B5
                """);
        Theme t = project.load("mine");
        assertEquals("B5", t.pdf().page().size().name());
        assertEquals(182.0, t.pdf().page().size().widthMm());
        assertEquals(257.0, t.pdf().page().size().heightMm());
        assertEquals("18mm", t.pdf().page().margin().top().css(), "margins inherited from default");
        assertEquals("#10243e", t.card().background().css(), "card inherited from default");
        assertEquals("mine", t.name());
    }

    @Test
    void mapsMergeDeeplyListsReplaceChildWins() {
        project.themeOnBase("parent", """
                pdf:
                  page:
                    margin: { top: 30mm, inner: 25mm }
                card:
                  sizes: { og: 1200x630, square: 1080x1080 }
                """);
        project.theme("child", """
                extends: parent
                fonts:
                  sans-ja:
                    - { file: fonts/BIZUDPGothic-Bold.ttf, weight: 700 }
                pdf:
                  page:
                    margin: { top: 12mm }
                card:
                  sizes: { wide: 1500x500 }
                """);
        Theme t = project.load("child");
        PdfTheme.Margin m = t.pdf().page().margin();
        assertEquals("12mm", m.top().css(), "child wins");
        assertEquals("25mm", m.inner().css(), "parent's key kept");
        assertEquals("20mm", m.bottom().css(), "base's key kept two levels up");
        assertEquals("A5", t.pdf().page().size().name());
        assertEquals(List.of("og", "square", "wide"), List.copyOf(t.card().sizes().keySet()), "maps merge");
        assertEquals(1, t.fonts().find("sans-ja").orElseThrow().size(), "lists are replaced, not appended");
        assertEquals(700, t.fonts().find("sans-ja").orElseThrow().get(0).weight());
        assertEquals(1, t.fonts().find("serif-ja").orElseThrow().size(), "other stacks inherited");
        assertEquals("Every default setting, no templates; extend it to build a theme from scratch", t.description());
    }

    @Test
    void childFilesOverrideParentFilesOfTheSameName() {
        Theme t = project.parentAndChild(Map.of("themes/parent/card.css", "/* parent */",
                "themes/parent/only-parent.css", "/* only parent */", "themes/child/card.css", "/* child */"));
        assertEquals("/* child */", t.files().requireText("card.css"));
        assertEquals("/* only parent */", t.files().requireText("only-parent.css"));
        assertEquals(3, t.files().roots().size(), "child, parent, built-in base");
        assertEquals(new ThemeFiles.Root.Classpath("/themes/base/"), t.files().roots().get(2));
    }

    @Test
    void extendsByRelativePath() {
        project.themeOnBase("shared", "description: shared parent\n");
        project.theme("child", "extends: ../shared\n");
        assertEquals("shared parent", project.load("child").description());
    }

    @Test
    void missingTemplateIsReportedWithTheChainSearched() {
        project.themeOnBase("mine", "pdf: { template: book.html }\n");
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-file-missing", d.code());
        assertTrue(d.message().startsWith("pdf.template: file 'book.html' not found in the theme or its parents ("), d.message());
    }

    @Test
    void yamlSyntaxErrorIsLocated() {
        Path f = project.theme("mine", "extends: default\npdf:\n  page: [A4\n");
        Diagnostic d = project.errors("mine").get(0);
        assertEquals("theme-syntax", d.code());
        assertEquals(f, d.file());
        assertTrue(d.line() >= 3, d.format());
    }

    @Test
    void unknownThemeNameIsAUserError() {
        Diagnostic d = project.errors("nope").get(0);
        assertEquals("theme-not-found", d.code());
    }

    @Test
    void projectThemeMayShadowAndExtendTheBuiltinOfTheSameName() {
        project.theme("default", "extends: default\n");
        Theme t = project.load("default");
        assertEquals("A5", t.pdf().page().size().name());
        assertTrue(Files.isRegularFile(t.fonts().find("serif-ja").orElseThrow().get(0).file()));
    }

    @Test
    void coverIsAKeywordOrAThemeImage() {
        project.themeOnBase("ok", "epub: { cover: none }\n");
        assertEquals(EpubTheme.Cover.NONE, project.load("ok").epub().cover());
        project.themeOnBase("img", "epub: { cover: cover.png }\n");
        project.write("themes/img/cover.png", "png");
        assertEquals(new EpubTheme.Cover.Image("cover.png"), project.load("img").epub().cover());
        project.themeOnBase("bad", "epub: { cover: missing.png }\n");
        assertEquals("theme-file-missing", project.errors("bad").get(0).code());
    }

    @Test
    void explicitPageBoxOfWidthAndHeightReplacesTheSize() {
        project.themeOnBase("both", "pdf: { page: { width: 120mm, height: 180mm } }\n");
        Theme t = project.load("both");
        assertEquals("120mm", t.pdf().page().width().orElseThrow().css());
        assertEquals("180mm", t.pdf().page().height().orElseThrow().css());
    }

    @Test
    void qLengthsReachTheRenderersAsMillimetres() {
        project.themeOnBase("mine", "pdf: { page: { margin: { top: 72Q, inner: 81.5Q } } }\n");
        PdfTheme.Margin m = project.load("mine").pdf().page().margin();
        assertEquals("18mm", m.top().css());
        assertEquals("20.375mm", m.inner().css());
    }

    @Test
    void valuesAreBoundToTheirTypesOnce() {
        project.themeOnBase("mine", """
                pdf: { running-head: chapter, page: { bleed: 3mm } }
                epub: { writing-mode: vertical-rl, embed-fonts: subset, layout: ebpaj }
                card: { sizes: { square: 1080x1080 }, margin: 48, file-name: thumbnail }
                """);
        Theme t = project.load("mine");
        assertEquals(PdfTheme.RunningHead.CHAPTER, t.pdf().runningHead());
        assertEquals(3 / 25.4 * 72, t.pdf().page().bleed().points(), 1e-9);
        assertEquals(Optional.empty(), t.pdf().page().width());
        assertEquals(EpubTheme.WritingMode.VERTICAL_RL, t.epub().writingMode());
        assertEquals(EpubTheme.EmbedFonts.SUBSET, t.epub().embedFonts());
        assertEquals(EpubTheme.Layout.EBPAJ, t.epub().layout());
        assertEquals(EpubTheme.Cover.CARD, t.epub().cover());
        assertEquals(Map.of("og", new Pixels(1200, 630), "square", new Pixels(1080, 1080)), t.card().sizes());
        assertEquals(48.0, t.card().margin().px());
        assertEquals(CardTheme.FileName.THUMBNAIL, t.card().fileName());
        assertEquals(0x10243e, t.card().background().hexRgb().getAsInt());
        assertEquals(Optional.empty(), t.card().logo());
        assertEquals(FontFace.Style.NORMAL, t.fonts().find("sans-ja").orElseThrow().get(1).style());
        assertEquals(700, t.fonts().find("sans-ja").orElseThrow().get(1).weight());
    }
}
