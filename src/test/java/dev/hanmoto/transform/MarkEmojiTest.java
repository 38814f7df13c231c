package dev.hanmoto.transform;

import static dev.hanmoto.testkit.TestDocuments.untransformed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.hanmoto.ast.AstDump;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkEmojiTest {
    private static List<String> emoji(String md) {
        List<String> out = new ArrayList<>();
        Walk.forEachInline(new MarkEmoji().apply(untransformed(md)).blocks(), i -> {
            if (i instanceof Inline.Span s && s.attr().hasClass(MarkEmoji.CLASS)) {
                out.add(s.attr().attributes().get(MarkEmoji.DATA_ATTR));
                assertEquals(s.attr().attributes().get(MarkEmoji.DATA_ATTR), Walk.plainText(s.content()));
            }
        });
        return out;
    }

    @Test
    void keepsAKeycapAsOneSpan() {
        assertEquals("""
                Heading 1:1 h2
                  Span {.emoji data-emoji="1️⃣"}
                    Text 1:4 "1️⃣"
                  Text 1:7 " 見出し"
                """, AstDump.dump(new MarkEmoji().apply(untransformed("## 1️⃣ 見出し\n")).blocks()));
    }

    @Test
    void findsEverySequenceKind() {
        assertEquals(List.of("🔟", "👨\u200D👩\u200D👧", "🇯🇵", "👍🏽", "🏷️", "#️⃣", "💰", "❤️"),
                emoji("🔟 家族👨\u200D👩\u200D👧 旗🇯🇵 👍🏽 🏷️ #️⃣ 💰❤️\n"));
    }

    @Test
    void leavesTextPresentationCharactersAndDigitsAlone() {
        assertEquals(List.of(), emoji("© 2024 Hanmoto™ ↔ 1 # * ☺︎ 日本語\n"));
    }

    @Test
    void leavesCodeAlone() {
        assertEquals(List.of(), emoji("`🚀 launch`\n"));
    }

    @Test
    void isIdempotent() {
        Document once = new MarkEmoji().apply(untransformed("go 🚀 now 1️⃣\n"));
        assertEquals(AstDump.dump(once), AstDump.dump(new MarkEmoji().apply(once)));
    }
}
