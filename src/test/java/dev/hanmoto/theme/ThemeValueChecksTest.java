package dev.hanmoto.theme;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The checks that once ran inside the renderers, at render time and without a position
 * (EpubRenderer, CardRenderer, PrintMarks, PageGeometry, PdfRenderer): now each is made by the binder
 * when the theme loads, at the key's line and column, and the renderers get typed values only.
 */
class ThemeValueChecksTest {
    @TempDir
    Path tmp;
    ThemeProject project;

    @BeforeEach
    void setUp() {
        project = new ThemeProject(tmp);
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

    @Test
    void epubWordsAreCheckedWithSuggestions() {
        Path f = project.themeOnBase("mine", """
                epub:
                  writing-mode: diagonal
                  layout: ebpja
                  split-level: 0
                """);
        assertEquals(List.of(
                f + ":3:17: error: epub.writing-mode: 'diagonal' is not one of horizontal-tb, vertical-rl",
                f + ":4:11: error: epub.layout: 'ebpja' is not one of default, ebpaj (did you mean 'ebpaj'?)",
                f + ":5:16: error: epub.split-level: 0 is out of range (1–6)"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void epubTemplateWithActiveContentIsRefusedWhereTheScriptIs() {
        project.themeOnBase("mine", "");
        Path template = project.write("themes/mine/epub-chapter.html", "<html>\n<body>\n  <p onclick=\"x()\">a</p>\n</body></html>\n");
        assertEquals(List.of(template + ":3:5: error: epub.template: 'onclick=' is active content; an EPUB never carries scripts, frames or event handlers"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void cardProblemsAreAllReportedAtTheirKeys() {
        Path f = project.themeOnBase("mine", """
                card:
                  sizes: { og: 1200 by 630, tiny: 200x100, Wide: 1500x500 }
                  font: no-such-stack
                  margin: wide
                  logo: ../secret.png
                  background-image: bg.gif
                """);
        project.write("themes/mine/bg.gif", "GIF89a");
        assertEquals(List.of(
                f + ":3:16: error: card.sizes.og: '1200 by 630' is not a pixel size WIDTHxHEIGHT such as 1200x630",
                f + ":3:44: error: card.sizes.Wide: 'Wide' is not a valid name here ([a-z0-9][a-z0-9-]*)",
                f + ":4:9: error: card.font: 'no-such-stack' is not a font stack of this theme (serif-ja, sans-ja, mono-ja)",
                f + ":5:11: error: card.margin: 'wide' is not a length in px (e.g. 64px; the card is a raster image)",
                f + ":6:9: error: card.logo: '../secret.png' points outside the theme folder",
                f + ":7:21: error: card.background-image: 'bg.gif' must be a PNG, JPEG or SVG file"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void cardSizesMustLeaveRoomForTheSmallestTitle() {
        Path f = project.themeOnBase("mine", "card:\n  sizes: { tiny: 200x100 }\n");
        assertEquals(List.of(f + ":3:18: error: card.sizes.tiny: 200x100 leaves a title box of 72x-148px after margin, header and footer;"
                        + " too small for min-size 40px"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void cardTitleSizesMustBeInOrder() {
        Path f = project.themeOnBase("big", "card: { title: { min-size: 80px } }\n");
        assertEquals(List.of(f + ":2:28: error: card.title.min-size: 80px is larger than card.title.max-size (72px)"),
                ThemeProject.formatted(project.errors("big")));
        Path g = project.themeOnBase("small", "card: { title: { min-size: 4px } }\n");
        assertEquals(List.of(g + ":2:28: error: card.title.min-size: 4px is below 8px, the smallest title the card sets"),
                ThemeProject.formatted(project.errors("small")));
    }

    @Test
    void aCardFontStackNeedsFonts() {
        Path f = project.themeOnBase("mine", "fonts: { empty: [] }\ncard: { font: empty }\n");
        assertEquals(List.of(f + ":3:15: error: card.font: font stack 'empty' has no fonts"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void pdfLengthsAreNeverNegativeAndTheBleedIsAbsolute() {
        Path f = project.themeOnBase("mine", """
                pdf:
                  page:
                    margin: { top: -3mm }
                    bleed: 1em
                """);
        assertEquals(List.of(
                f + ":4:20: error: pdf.page.margin.top: '-3mm' is negative",
                f + ":5:12: error: pdf.page.bleed: '1em' is not an absolute length (mm, cm, in, pt, pc, px, Q): there is no font size here for em"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void anExplicitPageNeedsASize() {
        Path f = project.themeOnBase("mine", "pdf: { page: { width: 0mm, height: 180mm } }\n");
        assertEquals(List.of(f + ":2:23: error: pdf.page.width: a page needs a width above 0"),
                ThemeProject.formatted(project.errors("mine")));
    }

    @Test
    void thePdfStylesheetMustSetTextInAThemeFont() {
        Path f = project.themeOnBase("mine", "pdf: { stylesheet: plain.css }\n");
        project.write("themes/mine/plain.css", "body { font-family: serif; }\n");
        assertEquals(List.of(f + ":2:20: error: pdf.stylesheet: plain.css uses none of the theme's font stacks [serif-ja, sans-ja, mono-ja];"
                        + " text would fall back to non-embedded fonts"),
                ThemeProject.formatted(project.errors("mine")));
    }
}
