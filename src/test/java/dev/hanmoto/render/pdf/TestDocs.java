package dev.hanmoto.render.pdf;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import dev.hanmoto.transform.Transforms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;


/** Test documents (through the real source reader) and theme variants for the PDF tests. */
final class TestDocs {
    private TestDocs() {}

    static final Path PROJECT = Path.of("").toAbsolutePath();

    private static Theme defaultTheme;

    /**
     * The default theme's pdf section and fonts. Loaded through a child theme that supplies its own
     * (empty) card files, so these tests do not depend on the card renderer's theme files.
     */
    static synchronized Theme defaultTheme() {
        if (defaultTheme == null) {
            try {
                Path dir = PROJECT.resolve("target/pdf-test-theme");
                Files.createDirectories(dir);
                Files.writeString(dir.resolve("theme.yaml"), "extends: default\ncard: { template: card.html, stylesheet: card.css }\n");
                Files.writeString(dir.resolve("card.html"), "<html/>\n");
                Files.writeString(dir.resolve("card.css"), "\n");
                defaultTheme = new ThemeLoader(PROJECT).load(dir.toString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return defaultTheme;
    }

    /** The default theme with {@code css} appended to its pdf.css (through a child theme folder). */
    static Theme themeWithCss(String css) throws IOException {
        Theme base = defaultTheme();
        Path dir = Files.createTempDirectory("hanmoto-theme");
        Files.writeString(dir.resolve(base.pdf().stylesheet()), base.files().requireText(base.pdf().stylesheet()) + "\n" + css + "\n");
        List<dev.hanmoto.theme.ThemeFiles.Root> roots = new ArrayList<>();
        roots.add(new dev.hanmoto.theme.ThemeFiles.Root.Dir(dir));
        roots.addAll(base.files().roots());
        return new Theme(base.name() + "-test", base.description(), new dev.hanmoto.theme.ThemeFiles(roots),
                base.fonts(), base.pdf(), base.epub(), base.card());
    }

    /**
     * The default theme under a child theme holding {@code yaml} (e.g. {@code pdf: { running-head: chapter }}),
     * loaded, bound and checked as a user's theme is.
     */
    static synchronized Theme themeWith(String yaml) {
        defaultTheme();
        try {
            Path dir = PROJECT.resolve("target/pdf-test-themes/" + Integer.toHexString(yaml.hashCode()));
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("theme.yaml"), "extends: ../../pdf-test-theme\n" + yaml + "\n");
            return new ThemeLoader(PROJECT).load(dir.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Writes a rendered file under target/pdf-test/ for looking at (never compared as bytes). */
    static void keep(String name, byte[] bytes) throws IOException {
        Path dir = PROJECT.resolve("target/pdf-test");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }

    /**
     * The text as the PDF prints it: emoji with artwork are pictures (left out), variation selectors
     * and ZWJ dropped, every other character that no default-theme font can draw replaced by 〓.
     */
    static String drawable(String s) {
        List<dev.hanmoto.theme.FontFace> all = new ArrayList<>();
        defaultTheme().fonts().stacks().values().forEach(all::addAll);
        var cmaps = FontLibrary.cmaps(all);
        var art = dev.hanmoto.render.emoji.EmojiArtwork.twemoji();
        StringBuilder kept = new StringBuilder();
        int at = 0;
        for (var m : art.findAll(s)) {
            kept.append(s, at, m.start());
            at = m.end();
        }
        s = kept.append(s.substring(at)).toString();
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> !(cp >= 0xFE00 && cp <= 0xFE0F) && cp != 0x200D)
                .forEach(cp -> sb.appendCodePoint(Character.isWhitespace(cp) || FontLibrary.hasGlyph(cmaps, cp) ? cp : DrawableTextPass.GETA));
        return sb.toString();
    }

    /** A source file through the real reader and the standard transforms, as the build does. */
    static Document read(Path file) {
        Diagnostics diags = new Diagnostics();
        Document d = Transforms.standard().apply(SourceReader.read(file, diags));
        diags.throwIfErrors();
        return d;
    }
}
