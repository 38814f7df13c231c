package dev.hanmoto.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Front matter in its three syntaxes, read into meta; broken front matter is golden/source/bad-front-matter.txt. */
class FrontMatterReaderTest {
    private static final Path FILE = Path.of("doc.md");

    private static String formatted(Diagnostics d) {
        return d.all().stream().map(Diagnostic::format).collect(Collectors.joining("\n"));
    }

    /** Front matter that must read without a single diagnostic. */
    private static FrontMatter readClean(String text) {
        Diagnostics d = new Diagnostics();
        FrontMatter fm = FrontMatterReader.read(text, FILE, d);
        assertEquals("", formatted(d));
        return fm;
    }

    @Test
    void parsesYamlFrontMatter() {
        String text = "---\ntitle: 運用ガイド\nmeta_description: 説明\ntags: [SRE, DevOps]\nkeywords:\n  - DevOps\n  - 監視\n"
                + "authors: [山田, 佐藤]\nlanguage: en\ncover: img/c.png\nhero_image: h.png\n---\n# Body\n";
        FrontMatter fm = readClean(text);
        Meta m = fm.meta();
        assertEquals(FrontMatter.Format.YAML, fm.format());
        assertEquals("運用ガイド", m.title().orElseThrow());
        assertEquals("説明", m.description().orElseThrow());
        assertEquals(List.of("SRE", "DevOps", "監視"), m.subjects());
        assertEquals(List.of("山田", "佐藤"), m.authors());
        assertEquals("en", m.lang());
        assertEquals("img/c.png", m.findText(Meta.COVER_IMAGE).orElseThrow());
        assertEquals(new MetaValue.Str("h.png"), m.find("hero_image").orElseThrow());
        assertEquals("# Body\n", text.substring(fm.bodyStart()));
    }

    @Test
    void parsesJsonFrontMatter() throws Exception {
        String text = Files.readString(Path.of("content/technical-operations-manager.md"), StandardCharsets.UTF_8);
        FrontMatter fm = readClean(text);
        Meta m = fm.meta();
        assertEquals(FrontMatter.Format.JSON, fm.format());
        assertEquals("【年収1000万も】テクニカルオペレーションマネージャーの将来性と未経験からのロードマップ", m.title().orElseThrow());
        assertEquals("technical_operations_manager", m.slug().orElseThrow());
        assertEquals("cloud-infra", m.findText(Meta.CATEGORY).orElseThrow());
        assertTrue(m.description().orElseThrow().startsWith("技術インフラの安定稼働"));
        assertEquals("/static/img/technical_operations_manager.png", m.findText(Meta.THUMBNAIL).orElseThrow());
        assertEquals("ja", m.lang());
        // keywords first (they come first in the file), then the tags not already there
        List<String> subjects = m.subjects();
        assertEquals("技術運用", subjects.get(0));
        assertEquals(subjects.size(), subjects.stream().distinct().count());
        assertTrue(subjects.containsAll(List.of("SRE", "DevOps", "AWS", "Kubernetes", "Terraform", "自動化")));
        assertTrue(m.find("related_jobs").orElseThrow() instanceof MetaValue.Lst);
        assertTrue(text.substring(fm.bodyStart()).startsWith("\n\n## 💰"));
    }

    @Test
    void parsesTomlFrontMatter() {
        String text = "+++\ntitle = \"Tomlの本\"\ntags = [\"a\", \"b\"]\ndate = 2024-05-01\n[extra]\nx = 1\n+++\nbody\n";
        FrontMatter fm = readClean(text);
        assertEquals(FrontMatter.Format.TOML, fm.format());
        assertEquals("Tomlの本", fm.meta().title().orElseThrow());
        assertEquals(List.of("a", "b"), fm.meta().subjects());
        assertEquals("2024-05-01", fm.meta().date().orElseThrow());
        assertTrue(fm.meta().find("extra").orElseThrow() instanceof MetaValue.Obj);
        assertEquals("body\n", text.substring(fm.bodyStart()));
    }

    @Test
    void noFrontMatter() {
        Diagnostics d = new Diagnostics();
        FrontMatter fm = FrontMatterReader.read("# Title\n\ntext\n", FILE, d);
        assertEquals(FrontMatter.NONE, fm);
        assertEquals(0, fm.bodyStart());
        assertTrue(d.all().isEmpty());
    }

    @Test
    void emptyYamlFrontMatterIsEmptyMeta() {
        Diagnostics d = new Diagnostics();
        FrontMatter fm = FrontMatterReader.read("---\n---\nbody", FILE, d);
        assertTrue(d.all().isEmpty());
        assertEquals(Meta.EMPTY, fm.meta());
        assertEquals(8, fm.bodyStart());
    }

    @Test
    void malformedTomlReportsFileLineAndColumn() {
        Diagnostics d = new Diagnostics();
        FrontMatterReader.read("+++\ntitle = \"x\"\nslug = \n+++\nbody\n", FILE, d);
        assertEquals("doc.md:3:8: error: malformed TOML front matter: Newline not permitted here", formatted(d));
    }

    @Test
    void keepsTheValidKeysBesideAWrongType() {
        Diagnostics d = new Diagnostics();
        FrontMatter fm = FrontMatterReader.read("---\nslug: s\ntitle:\n  - a\n  - b\ntags: {a: 1}\n---\n", FILE, d);
        assertEquals(2, d.all().size(), "the wrong types: golden/source/bad-front-matter.txt");
        assertFalse(fm.meta().title().isPresent());
        assertEquals("s", fm.meta().slug().orElseThrow());
    }

    @Test
    void keepsYamlDatesAndNumbersAsWritten() {
        FrontMatter fm = readClean("---\ndate: 2024-05-01\ntitle: 1000\ndraft: true\n---\n");
        assertEquals("2024-05-01", fm.meta().date().orElseThrow());
        assertEquals("1000", fm.meta().title().orElseThrow());
        assertEquals(new MetaValue.Bool(true), fm.meta().find("draft").orElseThrow());
    }

    @Test
    void doesNotExpandYamlAliasesSoAnAliasBombStaysSmall() {
        StringBuilder y = new StringBuilder("---\na0: [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 12; i++) {
            y.append('a').append(i).append(": &a").append(i).append(" [");
            for (int k = 0; k < 10; k++) y.append(k == 0 ? "" : ", ").append("*a").append(i == 1 ? 0 : i - 1);
            y.append("]\n");
        }
        String text = y.toString().replace("a0: [", "a0: &a0 [") + "---\n";
        FrontMatter fm = readClean(text);
        // Jackson's YAML parser hands an alias over as its anchor name: 10 short texts, not 10^11.
        assertEquals(10, fm.meta().textList("a11").size());
        assertEquals("a10", fm.meta().textList("a11").get(0));
    }
}
