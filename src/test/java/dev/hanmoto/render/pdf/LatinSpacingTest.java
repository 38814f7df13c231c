package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.testkit.PdfReadBack.Glyph;
import dev.hanmoto.testkit.PdfReadBack;
import dev.hanmoto.testkit.TestDocuments;
import dev.hanmoto.testkit.TestPdfs;
import dev.hanmoto.testkit.TestThemes;
import dev.hanmoto.text.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 和欧間 (issue 3): a quarter em between kana/kanji and Latin letters or digits, none at a line's
 * start or end or next to punctuation, and no character added to the text layer. Checked on the
 * glyphs PDFBox reads back from the rendered PDF.
 */
class LatinSpacingTest {
    private static Inline.Text t(String s) {
        return new Inline.Text(s, SourcePos.NONE);
    }

    /** The inlines as text, each spacing span shown as {@code _}. */
    private static String shown(List<Inline> xs) {
        StringBuilder sb = new StringBuilder();
        for (Inline x : xs) {
            if (x instanceof Inline.Span s && s.attr().hasClass(LatinSpacingPass.CLASS)) sb.append('_');
            else if (x instanceof Inline.Text s) sb.append(s.text());
            else if (x instanceof Inline.Code c) sb.append('`').append(c.text()).append('`');
            else if (x instanceof Inline.Strong s) sb.append("**").append(shown(s.content())).append("**");
            else if (x instanceof Inline.Link l) sb.append('[').append(shown(l.content())).append(']');
            else if (x instanceof Inline.Span s) sb.append('{').append(shown(s.content())).append('}');
            else sb.append('?');
        }
        return sb.toString();
    }

    private static String spaced(Inline... xs) {
        return shown(LatinSpacingPass.space(List.of(xs)));
    }

    @Test
    void spacesEveryKanaKanjiLatinBoundaryAndNothingElse() {
        assertEquals("日本語_Java_言語と_2025_年", spaced(t("日本語Java言語と2025年")));
        // Punctuation, brackets, full-width letters: no boundary.
        assertEquals("「Java」、API。Linux（OS）", spaced(t("「Java」、API。Linux（OS）")));
        // A space the author typed between Japanese and Latin becomes the same 和欧間 (as in pLaTeX);
        // between two Latin words, or a full-width space, it stays.
        assertEquals("日本語_Java_と_Python_です", spaced(t("日本語 Java と Python です")));
        assertEquals("第_1_章　Open Source_は", spaced(t("第 1 章　Open Source は")));
        assertEquals("これは_`x`_です", spaced(t("これは "), new Inline.Code("x", SourcePos.NONE), t(" です")));
        assertEquals("PDF_では", spaced(t("PDF"), new Inline.SoftBreak(), t("では")));
        assertEquals("全角ＡＢＣ", spaced(t("全角ＡＢＣ")));
        // ー and 々 belong to their word; accented Latin letters are Latin.
        assertEquals("サーバー_API_と人々_Café", spaced(t("サーバーAPI と人々Café")));
        // Across element boundaries, at any depth.
        assertEquals("設定は_`hanmoto.yaml`_に", spaced(t("設定は"), new Inline.Code("hanmoto.yaml", SourcePos.NONE), t("に")));
        // A span before an element goes inside it (openhtmltopdf then trims it at a line's end).
        assertEquals("この**_Java**_は", spaced(t("この"), new Inline.Strong(List.of(t("Java"))), t("は")));
        assertEquals("**日本**[_x86]", spaced(new Inline.Strong(List.of(t("日本"))),
                new Inline.Link(Attr.EMPTY, List.of(t("x86")), "#", null, SourcePos.NONE)));
        assertEquals("**日本_Go**", spaced(new Inline.Strong(List.of(t("日本Go")))));
        // Emoji and footnote references are not text of the line.
        Inline emoji = new Inline.Span(new Attr("", List.of("emoji"), Map.of()), List.of(t("🚀")));
        assertEquals("A{🚀}あ", spaced(t("A"), emoji, t("あ")));
    }

    @Test
    void spanBeforeInlineCodeIsWrittenInsideIt() {
        var options = new LatinSpacingPass().xhtml(dev.hanmoto.render.xhtml.XhtmlOptions.of(
                dev.hanmoto.render.xhtml.XhtmlOptions.FootnoteStyle.PAGE_FLOAT));
        List<Inline> spaced = LatinSpacingPass.space(List.of(t("は"), new Inline.Code("x", SourcePos.NONE), t("に")));
        assertEquals("は<code><span class=\"wa\"> </span>x</code><span class=\"wa\"> </span>に",
                new dev.hanmoto.render.xhtml.XhtmlWriter(options).inlines(spaced));
    }

    @Test
    void spacingTwiceChangesNothing() {
        List<Inline> once = LatinSpacingPass.space(List.of(t("日本語Java"), new Inline.Code("x", SourcePos.NONE)));
        assertEquals(shown(once), shown(LatinSpacingPass.space(once)));
    }

    /** Japanese paragraphs full of Latin words, digits, code and bold, with no spaces in the source. */
    static Document mixedDocument() throws IOException {
        Random r = new Random(7);
        String[] ja = {"運用チームは", "障害の記録を", "読み返して", "次の改善に", "つなげます", "設定ファイルを", "確認したうえで",
            "本番環境に", "反映しました", "監視の仕組みを", "見直すことで", "夜間の対応が", "減りました"};
        String[] latin = {"Java", "API", "HTTP", "2025", "Kubernetes", "x86", "SLO", "PostgreSQL", "v2", "CI", "Terraform", "99"};
        StringBuilder sb = new StringBuilder("---\ntitle: 和欧間の検証\n---\n\n");
        for (int p = 0; p < 40; p++) {
            StringBuilder para = new StringBuilder();
            int n = 6 + r.nextInt(10);
            for (int i = 0; i < n; i++) {
                para.append(ja[r.nextInt(ja.length)]);
                String w = latin[r.nextInt(latin.length)];
                switch (r.nextInt(6)) {
                    case 0 -> para.append('`').append(w).append('`');
                    case 1 -> para.append("**").append(w).append("**");
                    default -> para.append(w);
                }
            }
            sb.append(para).append("。\n\n");
        }
        return TestDocuments.markdown("latin-spacing", sb.toString());
    }

    /** Inline code: set in the monospace face, smaller, in a box of its own. */
    static boolean isCode(Glyph g) {
        return g.font().contains("BIZUDGothic");
    }

    /** The body lines of each page (default theme sizes), glyphs left to right. */
    static List<List<List<Glyph>>> bodyLines(byte[] pdf) {
        // Body text is 9 pt, its inline code in the monospace face; running heads, folios, the
        // table of contents and headings have other sizes or faces.
        return PdfReadBack.pages(pdf).stream().map(p -> p.rows(g -> Math.abs(g.size() - 9f) <= 0.2f || isCode(g))).toList();
    }

    /** The document in the default theme (or {@code css} after its stylesheet) with {@code pdf.ja-latin-space: space}. */
    private static byte[] render(Document doc, String space, String css) {
        return TestPdfs.render(TestThemes.withCss("pdf: { ja-latin-space: " + space + " }", css), doc);
    }

    /**
     * Mid-line, a boundary is a quarter em wider than the gap after its left glyph would be, and at
     * most the stylesheet's word-space limit (0.15 em) more: a line is spread 和欧間 first, then between
     * its Japanese characters (JLREQ 3.8), so on a line whose character gaps grew every 和欧間 is at
     * that limit. Latin words keep their letter spacing. A line broken at a boundary starts flush left
     * and ends flush right, so the space was dropped at both ends. Lines are made to justify fully here
     * (the default theme's cap on character gaps leaves a line short when a long Latin word goes to
     * the next line, spacing or not).
     */
    @Test
    void quarterEmBetweenJapaneseAndLatinMidLineOnly() throws IOException {
        byte[] pdf = TestPdfs.keep("latin-spacing.pdf", render(mixedDocument(), "0.25em", "p { -fs-max-justification-inter-char: 1em; }"));
        float limit = 0.15f;  // the default theme's -fs-max-justification-inter-word
        int boundaries = 0;
        int breaksAtBoundary = 0;
        int spreadLines = 0;
        List<String> problems = new ArrayList<>();
        for (List<List<Glyph>> page : bodyLines(pdf)) {
            if (page.size() < 5) continue; // the title page and the table of contents
            float left = (float) page.stream().mapToDouble(r -> r.get(0).x()).min().orElseThrow();
            float right = (float) page.stream().mapToDouble(r -> r.get(r.size() - 1).end()).max().orElseThrow();
            for (int i = 0; i < page.size(); i++) {
                List<Glyph> row = page.get(i);
                float ja = usualGap(row, true);
                float latin = usualGap(row, false);
                boolean spread = ja / row.get(0).size() > 0.03f;
                if (spread) spreadLines++;
                if (Math.abs(latin) / row.get(0).size() > 0.03f) problems.add("Latin letters spread on: " + text(row));
                for (int k = 0; k + 1 < row.size(); k++) {
                    Glyph a = row.get(k);
                    Glyph b = row.get(k + 1);
                    if (isCode(a) || isCode(b)) continue; // inline code is set smaller in its own box
                    float extra = (b.x() - a.end() - (Script.isJapanese(a.cp()) ? ja : latin)) / a.size();
                    if (LatinSpacingPass.boundary(a.cp(), b.cp())) {
                        boundaries++;
                        if (extra < 0.25f - 0.03f || extra > 0.25f + limit + 0.03f
                                || spread && Math.abs(extra - 0.25f - limit) > 0.03f) {
                            problems.add(String.format("%.3fem more than usual at %s|%s%s", extra, a.text(), b.text(), spread ? " (a spread line)" : ""));
                        }
                    } else if (Math.abs(extra) > 0.03f) {
                        problems.add(String.format("%.3fem more than usual where no spacing belongs: %s|%s", extra, a.text(), b.text()));
                    }
                }
                boolean lastOfParagraph = row.get(row.size() - 1).text().equals("。");
                if (i + 1 < page.size() && !lastOfParagraph) {
                    Glyph last = row.get(row.size() - 1);
                    List<Glyph> next = page.get(i + 1);
                    Glyph first = next.get(0);
                    if (LatinSpacingPass.boundary(last.cp(), first.cp())) {
                        breaksAtBoundary++;
                        if (Math.abs(first.x() - left) > 0.3f) problems.add("line starts after a gap: " + text(next));
                        if (right - last.end() > 0.3f) problems.add(String.format("line ends %.2fpt short: %s", right - last.end(), text(row)));
                    }
                }
            }
        }
        assertTrue(boundaries > 300, "the fixture has boundaries mid-line: " + boundaries);
        assertTrue(breaksAtBoundary > 10, "the fixture breaks lines at boundaries: " + breaksAtBoundary);
        assertTrue(spreadLines > 20, "lines whose character gaps grew: " + spreadLines);
        assertEquals(List.of(), problems);
    }

    /** The median gap after a Japanese (or a Latin) glyph of a row where no 和欧間 belongs, in points. */
    private static float usualGap(List<Glyph> row, boolean japanese) {
        List<Float> gaps = new ArrayList<>();
        for (int k = 0; k + 1 < row.size(); k++) {
            Glyph a = row.get(k);
            Glyph b = row.get(k + 1);
            if (!isCode(a) && !isCode(b) && Script.isJapanese(a.cp()) == japanese && !LatinSpacingPass.boundary(a.cp(), b.cp())) gaps.add(b.x() - a.end());
        }
        if (gaps.isEmpty()) return 0;
        gaps.sort(null);
        return gaps.get(gaps.size() / 2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.25em", "0"})
    void textLayerHoldsExactlyTheSourceCharacters(String space) throws IOException {
        Document doc = mixedDocument();
        byte[] pdf = render(doc, space, "");
        StringBuilder all = new StringBuilder();
        int spaces = 0;
        for (List<List<Glyph>> page : bodyLines(pdf)) {
            for (List<Glyph> row : page) {
                for (Glyph g : row) {
                    if (g.text().isBlank()) spaces++;
                    all.append(g.text());
                }
            }
        }
        assertEquals(0, spaces, "no space glyph: the source has none");
        String text = all.toString();
        String source = Files.readString(doc.source(), StandardCharsets.UTF_8);
        int paragraphs = 0;
        for (String para : source.split("\n\n")) {
            if (para.startsWith("---") || para.isBlank()) continue;
            String plain = para.strip().replace("**", "").replace("`", "");
            assertTrue(text.contains(plain), "paragraph read back as the source: " + plain);
            paragraphs++;
        }
        assertEquals(40, paragraphs);
    }

    @Test
    void offMeansNoSpacing() throws IOException {
        byte[] pdf = render(mixedDocument(), "0", "");
        List<String> wide = new ArrayList<>();
        for (List<List<Glyph>> page : bodyLines(pdf)) {
            for (List<Glyph> row : page) {
                float ja = usualGap(row, true);
                float latin = usualGap(row, false);
                for (int k = 0; k + 1 < row.size(); k++) {
                    Glyph a = row.get(k);
                    Glyph b = row.get(k + 1);
                    // Wider than the gap justification gives the left glyph's kind on this line.
                    float extra = (b.x() - a.end() - (Script.isJapanese(a.cp()) ? ja : latin)) / a.size();
                    if (!isCode(a) && !isCode(b) && LatinSpacingPass.boundary(a.cp(), b.cp()) && extra > 0.1f) {
                        wide.add(String.format("%.3fem at %s|%s in %s", extra, a.text(), b.text(), text(row)));
                    }
                }
            }
        }
        assertEquals(List.of(), wide);
    }

    private static String text(List<Glyph> row) {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : row) sb.append(g.text());
        return sb.toString();
    }
}
