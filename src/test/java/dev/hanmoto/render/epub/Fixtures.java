package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.testkit.TestDocuments;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/** Hand-built documents for the EPUB tests (the AST, no Markdown reader involved; for Markdown see {@code testkit.TestDocuments}). */
final class Fixtures {
    static final SourcePos P = new SourcePos(1, 1);

    private Fixtures() {}

    static Inline text(String s) {
        return new Inline.Text(s, P);
    }

    static Block para(Inline... is) {
        return new Block.Para(Arrays.asList(is), P);
    }

    static Block para(String s) {
        return para(text(s));
    }

    static Block heading(int level, String id, String text) {
        return new Block.Heading(level, Attr.id(id), List.of(text(text)), P);
    }

    static Inline note(String s) {
        return new Inline.Note(List.of(para(s)), P);
    }

    static Inline link(String target, String s) {
        return new Inline.Link(Attr.EMPTY, List.of(text(s)), target, "", P);
    }

    static Inline image(String src, String alt) {
        return new Inline.Image(Attr.EMPTY, alt.isEmpty() ? List.of() : List.of(text(alt)), src, "", P);
    }

    static Block table() {
        List<Block.Align> aligns = List.of(Block.Align.LEFT, Block.Align.RIGHT, Block.Align.CENTER);
        Block.Row head = new Block.Row(List.of(cell("経験年数"), cell("年収範囲 (万円)"), cell("特徴")));
        Block.Row r1 = new Block.Row(List.of(cell("ジュニア (0-3年)"), cell("450 〜 650"), cell("運用保守")));
        Block.Row r2 = new Block.Row(List.of(cell("シニア (10年以上)"), cell("900 〜 1200"), cell("組織横断")));
        return new Block.Table(Attr.EMPTY, aligns, List.of(head), List.of(r1, r2), P);
    }

    static Block.Cell cell(String s) {
        return new Block.Cell(List.of(text(s)));
    }

    static Meta meta(String... kv) {
        Map<String, MetaValue> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) m.put(kv[i], new MetaValue.Str(kv[i + 1]));
        return new Meta(m);
    }

    /** A short Japanese article in the seed's shape: an h2 before the h1, emoji headings, a table. */
    static Document article(Path source) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(heading(2, "推定年収", "💰 日本での推定年収"));
        blocks.add(table());
        blocks.add(heading(1, "完全ガイド", "[完全ガイド] Technical Operations Manager"));
        blocks.add(para("システムの「心臓」と「神経系」を繋ぐ、技術運用の責任者。"));
        blocks.add(heading(2, "とは", "1️⃣ Technical Operations Managerとは？"));
        blocks.add(heading(3, "司令塔", "🚀 技術運用の司令塔"));
        blocks.add(para(text("SRE原則"), note("Site Reliability Engineering の略。"), text("に基づき運用を管理します。詳しくは"),
                link("#業務", "主な業務"), text("を参照。")));
        blocks.add(heading(2, "業務", "2️⃣ 主な業務"));
        blocks.add(new Block.OrderedList(1, List.of(
                new Block.ListItem(null, List.of(new Block.Plain(List.of(text("SLA管理")), P))),
                new Block.ListItem(null, List.of(new Block.Plain(List.of(text("インシデント対応")), P)))), P));
        blocks.add(new Block.CodeBlock(new Attr("", List.of("bash"), Map.of()), "kubectl get pods -A\n", P));
        blocks.add(para(text("年間12回のリリースと24時間365日の監視"), note("2024年の実績。")));
        Meta meta = meta(Meta.TITLE, "【年収1000万も】テクニカルオペレーションマネージャーの将来性", Meta.SLUG, "technical_operations_manager",
                Meta.DESCRIPTION, "技術インフラの安定稼働と効率化を担う。", Meta.PUBLISHER, "Hanmoto 出版", Meta.DATE, "2026-11-28")
                .with(Meta.SUBJECTS, new MetaValue.Lst(List.of(new MetaValue.Str("SRE"), new MetaValue.Str("DevOps"))))
                .with(Meta.AUTHOR, new MetaValue.Lst(List.of(new MetaValue.Str("山田 太郎"),
                        new MetaValue.Obj(Map.of("name", new MetaValue.Str("佐藤 花子"), "role", new MetaValue.Str("edt"))))));
        return new Document(meta, blocks, source);
    }

    /** A PNG made with java.awt: a navy rectangle with a yellow bar. */
    static byte[] png(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x10, 0x24, 0x3e));
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0xf2, 0xb7, 0x05));
        g.fillRect(w / 10, h / 2, w * 8 / 10, h / 10);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
