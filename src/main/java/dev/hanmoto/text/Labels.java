package dev.hanmoto.text;

import java.util.Locale;
import java.util.Map;

/**
 * The words a document shows for what the author did not write, by language: container labels (注記,
 * Note), figure and table numbers (図1, Figure 1) and the page of a cross-reference (（3ページ）,
 * (page 3)). Keyed by primary language subtag; a language not listed gets the English words. {@code
 * {n}} in a pattern is a number, {@code {p}} the page the PDF's layout fills in.
 */
public final class Labels {
    private Labels() {}

    /** The container kinds' keys are ast.Containers' kind names. */
    public static final Map<String, Map<String, String>> WORDS = Map.of(
            "ja", Map.of("note", "注記", "tip", "ヒント", "important", "重要", "warning", "警告", "caution", "注意",
                    "details", "詳細", "figure", "図{n}", "table", "表{n}", "page", "（{p}ページ）"),
            "en", Map.of("note", "Note", "tip", "Tip", "important", "Important", "warning", "Warning", "caution", "Caution",
                    "details", "Details", "figure", "Figure {n}", "table", "Table {n}", "page", " (page {p})"));

    /** The word for {@code key} in {@code lang} (BCP 47). */
    public static String of(String key, String lang) {
        String primary = lang.toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
        String w = WORDS.getOrDefault(primary, WORDS.get("en")).get(key);
        if (w == null) throw new IllegalArgumentException("no label " + key);
        return w;
    }

    /** A numbered word: {@code figure} 3 in Japanese is 図3. */
    public static String numbered(String key, int n, String lang) {
        return of(key, lang).replace("{n}", Integer.toString(n));
    }
}
