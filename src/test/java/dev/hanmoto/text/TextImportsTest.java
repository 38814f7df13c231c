package dev.hanmoto.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What package-info promises: the text package imports only the JDK and ICU4J, so every other package may use it. */
class TextImportsTest {
    private static final Pattern IMPORT = Pattern.compile("^import\\s+(?:static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final Pattern HANMOTO = Pattern.compile("dev\\.hanmoto\\.(?!text\\b)\\w+");

    @Test
    void importsOnlyTheJdkAndIcu() throws IOException {
        List<Path> sources;
        try (Stream<Path> s = Files.list(Path.of("src/main/java/dev/hanmoto/text"))) {
            sources = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertTrue(sources.size() >= 5, "sources: " + sources);
        List<String> bad = new ArrayList<>();
        for (Path p : sources) {
            String src = Files.readString(p, StandardCharsets.UTF_8);
            Matcher m = IMPORT.matcher(src);
            while (m.find()) {
                String name = m.group(1);
                if (!name.startsWith("java.") && !name.startsWith("com.ibm.icu.")) bad.add(p.getFileName() + ": " + name);
            }
            Matcher h = HANMOTO.matcher(src);
            while (h.find()) bad.add(p.getFileName() + ": " + h.group());
        }
        assertEquals(List.of(), bad);
    }
}
