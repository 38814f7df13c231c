package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeLoaderTest {
    @TempDir
    Path tmp;
    ThemeProject project;

    @BeforeEach
    void setUp() {
        project = new ThemeProject(tmp);
    }

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
    void misspelledPageIsReportedAtItsLineWithSuggestion() {
        Path file = project.theme("mine", """
                extends: default
                pdf:
                  pgae:
                    size: B5
                """);
        List<Diagnostic> ds = project.errors("mine");
        Diagnostic first = ds.get(0);
        assertTrue(first.format().startsWith(file + ":3:"), first.format());
        assertEquals(file + ":3:3: error: unknown key 'pgae' in pdf (did you mean 'page'?)", first.format());
        assertEquals(1, ds.size(), ThemeProject.formatted(ds).toString());
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
        project.themeOnBase("parent", "");
        project.write("themes/parent/card.css", "/* parent */");
        project.write("themes/parent/only-parent.css", "/* only parent */");
        project.theme("child", "extends: parent\n");
        project.write("themes/child/card.css", "/* child */");
        Theme t = project.load("child");
        assertEquals("/* child */", t.files().requireText("card.css"));
        assertEquals("/* only parent */", t.files().requireText("only-parent.css"));
        assertEquals(3, t.files().roots().size(), "child, parent, built-in base");
        assertEquals(new ThemeFiles.Root.Classpath("/themes/base/"), t.files().roots().get(2));
    }

    @Test
    void extendsCycleIsReportedAsAChain() {
        project.theme("a", "extends: b\n");
        Path b = project.theme("b", "description: b\nextends: a\n");
        List<Diagnostic> ds = project.errors("a");
        assertEquals(List.of(b + ":2:10: error: extends cycle: a → b → a"), ThemeProject.formatted(ds));
    }

    @Test
    void selfExtensionIsACycle() {
        project.theme("a", "extends: ./theme.yaml\n");
        assertEquals("extends cycle: a → a", project.errors("a").get(0).message());
    }

    @Test
    void extendsByRelativePath() {
        project.themeOnBase("shared", "description: shared parent\n");
        project.theme("child", "extends: ../shared\n");
        assertEquals("shared parent", project.load("child").description());
    }

    @Test
    void unknownParentIsNamedWithSuggestion() {
        Path f = project.theme("mine", "extends: defualt\n");
        Diagnostic d = project.errors("mine").get(0);
        assertTrue(d.format().startsWith(f + ":1:10: error: extends: unknown theme 'defualt'"), d.format());
        assertTrue(d.message().endsWith("(did you mean 'default'?)"), d.message());
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() {
        Path f = project.themeOnBase("mine", """
                pdf:
                  page:
                    margin: { top: 18 mm }
                  tco: { depth: 2 }
                card:
                  background: "#12345"
                """);
        List<Diagnostic> ds = project.errors("mine");
        assertEquals(List.of(
                f + ":4:20: error: pdf.page.margin.top: '18 mm' is not a length (a number with a unit: mm, cm, in, pt, pc, px, em, Q)",
                f + ":5:3: error: unknown key 'tco' in pdf (did you mean 'toc'?)",
                f + ":7:15: error: card.background: '#12345' is not a colour (#rgb, #rrggbb, rgb(r, g, b) or a CSS colour name)"),
                ThemeProject.formatted(ds));
    }

    @Test
    void wrongTypesNameTheKeyPath() {
        Path f = project.themeOnBase("mine", """
                pdf:
                  toc: { depth: two }
                  page: A4
                epub:
                  split-level: 9
                  embed-fonts: subest
                """);
        assertEquals(List.of(
                f + ":3:17: error: pdf.toc.depth: expected a whole number, found 'two'",
                f + ":4:9: error: pdf.page: expected a mapping of keys, found 'A4'",
                f + ":6:16: error: epub.split-level: 9 is out of range (1–6)",
                f + ":7:16: error: epub.embed-fonts: 'subest' is not one of none, subset (did you mean 'subset'?)"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void unknownPageSizeListsTheKnownOnes() {
        project.themeOnBase("mine", "pdf: { page: { size: B7 } }\n");
        assertEquals("pdf.page.size: 'B7' is not a page size (A4, A5, B5, B6, Letter, or set width and height)",
                project.errors("mine").get(0).message());
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
    void duplicateKeyIsAnError() {
        Path f = project.theme("mine", "extends: default\ndescription: a\ndescription: b\n");
        assertEquals(List.of(f + ":3:1: error: duplicate key 'description' (first set on line 2)"),
                ThemeProject.formatted(project.errors("mine")));
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
    void cardLengthsAreInPixels() {
        Path f = project.themeOnBase("mine", "card: { margin: 10mm, title: { max-size: 90 } }\n");
        assertEquals(List.of(f + ":2:17: error: card.margin: '10mm' is not a length in px (e.g. 64px; the card is a raster image)"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void keyOneLevelTooHighSuggestsItsPlace() {
        Path f = project.themeOnBase("mine", "pdf:\n  size: B5\n");
        assertEquals(List.of(f + ":3:3: error: unknown key 'size' in pdf (did you mean 'page.size'?)"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void unknownKeyWithoutCloseMatchListsTheKnownKeys() {
        Path f = project.themeOnBase("mine", "toc:\n  depth: 2\n");
        assertEquals(List.of(f + ":2:1: error: unknown key 'toc' (did you mean 'pdf.toc'?)"),
                ThemeProject.formatted(project.errors("mine")));
        project.themeOnBase("other", "pdf: { colour: red }\n");
        assertEquals("unknown key 'colour' in pdf (known keys: page, toc, running-head, running-head-max, last-line-min, ja-latin-space, template, stylesheet)",
                project.errors("other").get(0).message());
    }

    @Test
    void explicitPageBoxNeedsWidthAndHeight() {
        Path f = project.themeOnBase("half", "pdf: { page: { width: 120mm } }\n");
        assertEquals(List.of(f + ":2:23: error: pdf.page.width: set pdf.page.height as well (width and height together replace size)"),
                ThemeProject.formatted(project.errors("half")));
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
}
