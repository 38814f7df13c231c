package dev.hanmoto.transform;

import static dev.hanmoto.testkit.TestDocuments.untransformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.testkit.TestDocuments;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignHeadingIdsTest {
    private static List<String> ids(Document d) {
        List<String> ids = new ArrayList<>();
        Walk.forEachBlock(d.blocks(), b -> {
            if (b instanceof Block.Heading h) ids.add(h.attr().id());
        });
        return ids;
    }

    @Test
    void keepsJapaneseTextAndDropsPunctuationAndEmoji() {
        Document d = new AssignHeadingIds().apply(untransformed("""
                # 🚀 システムの「心臓」と「神経系」を繋ぐ、技術運用の司令塔

                ## 1️⃣ Technical Operations Managerとは？

                ## ハイブリッド/マルチクラウド環境の複雑化

                ## ＡＢＣ　全角 Ｌａｔｉｎ
                """));
        assertEquals(List.of("システムの心臓と神経系を繋ぐ技術運用の司令塔", "technical-operations-managerとは",
                "ハイブリッドマルチクラウド環境の複雑化", "ａｂｃ全角-ｌａｔｉｎ"), ids(d));
    }

    /** Cases from github-slugger's documentation and fixtures, as github.com makes anchors. */
    @Test
    void followsGitHubsRule() {
        assertEquals("foo-bar-baz", AssignHeadingIds.slug("foo bar baz"));
        assertEquals("привет-non-latin-你好", AssignHeadingIds.slug("Привет non-latin 你好"));
        assertEquals("a---b", AssignHeadingIds.slug("a - b"));
        assertEquals("a--b", AssignHeadingIds.slug("a  b"));
        assertEquals("q--a", AssignHeadingIds.slug("Q & A"));
        assertEquals("コード-code", AssignHeadingIds.slug("コード (code)"));
        assertEquals("emoji", AssignHeadingIds.slug("😄 emoji"));
        assertEquals("snake_case", AssignHeadingIds.slug("snake_case"));
        assertEquals("付録-javascript-チートシート", AssignHeadingIds.slug("付録: JavaScript チートシート"));
        assertEquals("全角空白", AssignHeadingIds.slug("全角　空白"));
        assertEquals("what-", AssignHeadingIds.slug("What ?"));
    }

    @Test
    void prefixesIdsThatWouldNotStartWithALetter() {
        Document d = new AssignHeadingIds().apply(untransformed("# 1. 概要\n\n# 🔟\n\n# ---x\n\n# _private\n\n# 2024年\n"));
        assertEquals(List.of("h-1-概要", "h", "x", "_private", "h-2024年"), ids(d));
    }

    @Test
    void deduplicatesInDocumentOrderAndKeepsExplicitIds() {
        Document d = new AssignHeadingIds().apply(untransformed("""
                # 概要

                # 概要

                # 概要 1

                <h2 id="intro">Explicit</h2>

                # Intro
                """));
        assertEquals(List.of("概要", "概要-1", "概要-1-1", "intro", "intro-1"), ids(d));
    }

    @Test
    void givesTheSeedUniqueValidNcNames() {
        Document d = new AssignHeadingIds().apply(SourceReader.read(TestDocuments.SEED, new Diagnostics()));
        List<String> ids = ids(d);
        assertEquals(ids.size(), new HashSet<>(ids).size(), ids.toString());
        for (String id : ids) {
            int first = id.codePointAt(0);
            assertTrue(first == '_' || Character.isLetter(first), id);
            id.codePoints().forEach(c -> assertTrue(AssignHeadingIds.isNameChar(c), id));
        }
        assertTrue(ids.contains("まとめ"), ids.toString());
    }

    @Test
    void isPure() {
        Document in = untransformed("# A\n");
        new AssignHeadingIds().apply(in);
        assertEquals("", ((Block.Heading) in.blocks().get(0)).attr().id());
    }
}
