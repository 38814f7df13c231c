package dev.hanmoto.theme;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A theme's own words for the container boxes of one language ({@code > [!NOTE]}, {@code :::message}
 * …); a kind left unset keeps the built-in word (注記, Note …). A title the author wrote is never
 * replaced.
 */
public record ContainerLabels(
        @KeyDoc("Label of a note box (> [!NOTE], :::message, ::: note); built in: 注記, Note.") Optional<String> note,
        @KeyDoc("Label of a tip box (> [!TIP], ::: tip); built in: ヒント, Tip.") Optional<String> tip,
        @KeyDoc("Label of an important box (> [!IMPORTANT]); built in: 重要, Important.") Optional<String> important,
        @KeyDoc("Label of a warning box (> [!WARNING], :::message alert); built in: 警告, Warning.") Optional<String> warning,
        @KeyDoc("Label of a caution box (> [!CAUTION], ::: danger); built in: 注意, Caution.") Optional<String> caution,
        @KeyDoc("Label of an untitled details box (:::details); built in: 詳細, Details.") Optional<String> details) {
    /** The words this theme sets, by kind ({@code note}, {@code tip} …, the names of the container kinds). */
    public Map<String, String> words() {
        Map<String, String> out = new LinkedHashMap<>();
        note.ifPresent(w -> out.put("note", w));
        tip.ifPresent(w -> out.put("tip", w));
        important.ifPresent(w -> out.put("important", w));
        warning.ifPresent(w -> out.put("warning", w));
        caution.ifPresent(w -> out.put("caution", w));
        details.ifPresent(w -> out.put("details", w));
        return out;
    }
}
