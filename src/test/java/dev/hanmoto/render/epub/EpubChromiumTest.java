package dev.hanmoto.render.epub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The reading-engine checks (issue 18) in Debian's Chromium, headless, driven over the DevTools protocol
 * by puppeteer-core: the engine of Thorium/Readium, Google Play Books' web reader and most Android
 * readers. It names the platform font of every text, so the face checks are exact.
 */
class EpubChromiumTest extends ReadingEngineChecks {
    private static final Path CHROMIUM = Path.of(Optional.ofNullable(System.getenv("HANMOTO_CHROMIUM")).orElse("/usr/bin/chromium"));

    @Override
    String engine() {
        return "chromium";
    }

    @Override
    Optional<String> engineMissing() {
        if (!Files.isExecutable(CHROMIUM)) return Optional.of("no Chromium at " + CHROMIUM + " (apt-get install chromium)");
        return Optional.empty();
    }
}
