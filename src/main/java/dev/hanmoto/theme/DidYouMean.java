package dev.hanmoto.theme;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" for misspelled keys: the closest known word by Damerau–Levenshtein distance. */
final class DidYouMean {
    private DidYouMean() {}

    /**
     * The candidate closest to {@code typo}, if it is close enough: same word ignoring case and
     * {@code -}/{@code _} (so {@code maxLines} finds {@code max-lines}), or at most 2 edits (adjacent
     * swaps count as one) and fewer edits than half the word. Ties go to the first candidate.
     */
    static Optional<String> suggest(String typo, Collection<String> candidates) {
        String flat = flatten(typo);
        for (String c : candidates) if (flatten(c).equals(flat)) return Optional.of(c);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(typo.toLowerCase(Locale.ROOT), c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        int limit = Math.min(2, Math.max(1, typo.length() / 2));
        return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
    }

    private static String flatten(String s) {
        return s.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions, adjacent transpositions. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
