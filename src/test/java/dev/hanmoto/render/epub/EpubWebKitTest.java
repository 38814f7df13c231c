package dev.hanmoto.render.epub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * The reading-engine checks (issue 18) in WebKitGTK (Debian's MiniBrowser under Xvfb, driven by
 * WebKitWebDriver): the engine family of Apple Books and Kobo, and Foliate's own. WebKit names no
 * platform fonts, so faces are told by text widths (horizontal paragraphs).
 *
 * <p>What WebKit cannot do, and CSS cannot make it do, is not asserted but stays in the facts and the
 * screenshots: it splits table rows between columns (break-inside: avoid on rows is ignored), and in
 * vertical writing it lets a long table run off the side of its page.
 */
class EpubWebKitTest extends ReadingEngineChecks {
    EpubWebKitTest() {
        super("webkit", new Program("WebKitGTK MiniBrowser", "HANMOTO_MINIBROWSER",
                "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "apt-get install libwebkit2gtk-4.1-0"));
    }

    @Override
    Optional<String> engineMissing() {
        Optional<String> browser = super.engineMissing();
        if (browser.isPresent()) return browser;
        for (String tool : List.of("WebKitWebDriver", "Xvfb")) {
            if (onPath(tool).isEmpty()) return Optional.of("no " + tool + " on PATH (apt-get install webkit2gtk-driver xvfb)");
        }
        return Optional.empty();
    }

    /** All but the guide book (its 60 sections are read in Chromium; here they would add a minute). */
    @Override
    List<Fixture> fixtures() {
        return ALL.stream().filter(f -> !f.name().equals("guide")).toList();
    }

    @Override
    List<String> fontKindsChecked() {
        return List.of("body");
    }

    @Override
    boolean keepsRowsWhole() {
        return false;
    }

    @Override
    boolean tableOverflows(JsonNode section) {
        return section.get("vertical").asBoolean();
    }
}
