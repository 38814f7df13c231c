package dev.hanmoto.transform;

import static dev.hanmoto.testkit.TestDocuments.untransformed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.BookClasses;
import dev.hanmoto.ast.Document;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleFromFirstHeadingTest {
    private static boolean marked(Document d, int block) {
        return d.blocks().get(block) instanceof Block.Heading h && h.attr().hasClass(BookClasses.DOCUMENT_TITLE);
    }

    @Test
    void theFirstLevelOneHeadingTitlesADocumentWithoutOne() {
        Document d = new TitleFromFirstHeading().apply(untransformed("バッジ\n\n# 付録: JavaScript チートシート {#top}\n\n## 節\n"));
        assertEquals(Optional.of("付録: JavaScript チートシート"), d.meta().title());
        assertTrue(marked(d, 1));
    }

    @Test
    void aFirstHeadingOfLevelTwoOrAFrontMatterTitleLeavesTheDocumentAlone() {
        Document lower = new TitleFromFirstHeading().apply(untransformed("## 節\n\n# 後の見出し\n"));
        assertEquals(Optional.empty(), lower.meta().title());
        assertFalse(marked(lower, 1));
        Document titled = new TitleFromFirstHeading().apply(untransformed("---\ntitle: 別の題\n---\n# 見出し\n"));
        assertEquals(Optional.of("別の題"), titled.meta().title());
        assertFalse(marked(titled, 0));
        Document same = new TitleFromFirstHeading().apply(untransformed("---\ntitle: 同じ題\n---\n# 同じ題\n"));
        assertTrue(marked(same, 0), "the same text as the title: printed once");
    }
}
