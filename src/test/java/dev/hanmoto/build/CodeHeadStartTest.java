package dev.hanmoto.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.hanmoto.render.highlight.Highlighter;
import dev.hanmoto.render.highlight.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lexers a build sets up ahead are those its documents' fences name, found as the reader would find them. */
class CodeHeadStartTest {
    @TempDir
    Path dir;

    private static List<String> names(List<Language> ls) {
        return ls.stream().map(l -> l.lexer() instanceof Language.Diff d && d.inner().isPresent()
                ? l.name() + "-" + d.inner().get().name() : l.name()).toList();
    }

    @Test
    void theOpeningFencesNameTheLanguagesEachOnceInOrder() throws IOException {
        Path a = dir.resolve("a.md");
        Files.writeString(a, "# A\n\n```js {3}\nlet x = 1;\n```\n\n~~~~rust,ignore\nfn main() {}\n~~~~\n\n"
                + "  ```py title=\"x.py\"\nx = 1\n  ```\n\n```diff lang=go\n+x\n```\n\n```frobnicate\nq\n```\n\n"
                + "```\nno language\n```\n\n```text\nplain\n```\n\n``` js\nagain\n```\n\n    ```ruby\nindented four: code, not a fence\n```\n"
                + "\n``js`` in a paragraph\n");
        Path b = dir.resolve("b.md");
        Files.writeString(b, "```{.yaml .numberLines}\na: 1\n```\n");
        Path notMarkdown = dir.resolve("book.yaml");
        Files.writeString(notMarkdown, "```java\n");
        assertEquals(List.of("javascript", "rust", "python", "diff-go", "yaml"),
                names(CodeHeadStart.languages(List.of(a, b, notMarkdown, dir.resolve("missing.md")))));
    }

    @Test
    void aLexerSetUpAheadChangesNoTokens() {
        String text = "+def f(x):\n-  return x\n";
        List<?> before = Highlighter.highlight(Language.diffOf("python"), text).lines();
        Highlighter.prepare(Language.diffOf("python"));
        assertEquals(before, Highlighter.highlight(Language.diffOf("python"), text).lines());
        // A diff of another language with the same text is another cache entry, with its own tokens.
        assertNotEquals(before, Highlighter.highlight(Language.diffOf("js"), text).lines());
    }
}
