package dev.hanmoto.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where {@link LineJustifier} splits a text between its Japanese and its Latin words. */
class LineJustifierTest {
    @Test
    void cutsBetweenJapaneseAndLatinWordsOnly() {
        // （SLA）、: the word between its brackets; ASCII punctuation stays with what it follows.
        assertEquals(List.of(1, 4), LineJustifier.cuts("（SLA）、サービス"));
        assertEquals(List.of(1, 6, 7), LineJustifier.cuts("、Azure、GCP"));
        assertEquals(List.of(1, 8), LineJustifier.cuts("（SAA-C03）"));
        assertEquals(List.of(5, 7, 12), LineJustifier.cuts("本番環境に99つなげますAPI"));
        // One script only: nothing to cut.
        assertEquals(List.of(), LineJustifier.cuts("サービスレベル（目標）"));
        assertEquals(List.of(), LineJustifier.cuts("DevOps/SRE"));
        assertEquals(List.of(), LineJustifier.cuts("（）"));
    }
}
