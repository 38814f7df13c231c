package dev.hanmoto.theme;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DidYouMeanTest {
    private static final List<String> PDF = List.of("page", "toc", "running-head", "template", "stylesheet");

    @Test
    void swappedLettersCountAsOneEdit() {
        assertEquals(1, DidYouMean.distance("pgae", "page"));
        assertEquals(Optional.of("page"), DidYouMean.suggest("pgae", PDF));
    }

    @Test
    void camelCaseFindsKebabKey() {
        assertEquals(Optional.of("running-head"), DidYouMean.suggest("runningHead", PDF));
        assertEquals(Optional.of("running-head"), DidYouMean.suggest("running_head", PDF));
    }

    @Test
    void farWordsGetNoSuggestion() {
        assertEquals(Optional.empty(), DidYouMean.suggest("colour", PDF));
        assertEquals(Optional.empty(), DidYouMean.suggest("x", PDF));
    }

    @Test
    void typosInLongerKeys() {
        assertEquals(Optional.of("stylesheet"), DidYouMean.suggest("stylesheat", PDF));
        assertEquals(Optional.of("template"), DidYouMean.suggest("templat", PDF));
    }
}
