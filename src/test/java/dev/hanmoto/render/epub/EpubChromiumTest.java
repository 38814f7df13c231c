package dev.hanmoto.render.epub;

/**
 * The reading-engine checks (issue 18) in Debian's Chromium, headless, driven over the DevTools protocol
 * by puppeteer-core: the engine of Thorium/Readium, Google Play Books' web reader and most Android
 * readers. It names the platform font of every text, so the face checks are exact.
 */
class EpubChromiumTest extends ReadingEngineChecks {
    EpubChromiumTest() {
        super("chromium", new Program("Chromium", "HANMOTO_CHROMIUM", "/usr/bin/chromium", "apt-get install chromium"));
    }
}
