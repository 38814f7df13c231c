package dev.hanmoto.theme;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates {@code docs/themes.md}, the reference of every theme key, from the code: keys and types
 * from the records (the same reflection the validator uses), meanings from {@link KeyDoc}, defaults
 * from the built-in {@code base} theme. A test compares the file with this output, so the reference
 * cannot drift; regenerate with {@code ./mvnw -o -q test -Dtest=ThemeReferenceTest -Ddocs.update=true}.
 */
public final class ThemeReference {
    private ThemeReference() {}

    /** One row of the reference: {@code pdf.page.margin.top}, its type, default and meaning. */
    public record Row(String path, String type, String defaultValue, String meaning) {}

    /** Every key, depth first in declaration order. */
    public static List<Row> rows() {
        ThemeNode.MapNode base = baseTree();
        List<Row> rows = new ArrayList<>();
        walk(ThemeDefinition.class, "", Optional.of(base), rows);
        return rows;
    }

    /** The whole of {@code docs/themes.md}. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("""
                # Theme reference

                <!-- Generated from the code by dev.hanmoto.theme.ThemeReference; do not edit by hand.
                     Regenerate: ./mvnw -o -q test -Dtest=ThemeReferenceTest -Ddocs.update=true -->

                A theme is a folder with a `theme.yaml` and the templates (Thymeleaf) and stylesheets its
                outputs use. `hanmoto build --theme NAME` loads `themes/NAME/` from the project, else a
                built-in theme (`base`, `default`, `report`).

                - **Inheritance.** `extends:` names a parent theme: a built-in theme, a theme under the
                  project's `themes/`, or a path relative to the theme file (it must stay inside the
                  project). Maps merge key by key, lists are replaced as a whole, the child wins. A cycle is
                  an error that shows the chain (`a → b → a`).
                - **Files.** Templates, stylesheets and images are looked up in the theme's folder first,
                  then in each parent's, so a file of the same name overrides the parent's. Names are
                  relative; absolute paths, `..` out of the folder and links pointing out are refused.
                - **Validation.** Before anything is rendered the merged theme is checked as a whole and
                  every problem is reported at once as `file:line:col: error: key.path: …`; a misspelled
                  key gets a "did you mean" suggestion. A font is parsed (a whole TrueType font with
                  kana, kanji and Latin) when an output being built may set text with it; a card-only
                  build parses only the card's stacks (`card.font`, `card.title.font`) and the fallback
                  chain, and checks the other fonts as files (present, TrueType, not truncated).
                  `hanmoto check` parses them all.
                - **Defaults** below are the values of the built-in `base` theme, which every shipped
                  theme extends. They are set there and nowhere else: a key that no theme of the chain
                  sets is an error, except the keys marked *optional* ("—": unset). Values outside a
                  type, range or word list, and values that do not fit together (a card size too small
                  for its title), are errors at the key, before anything is rendered.

                Value types: *length* is a number with a unit (`mm`, `cm`, `in`, `pt`, `pc`, `px`, `em`,
                or `Q`, 1Q = 0.25 mm, handed to the renderers as mm) or `0`, never negative; an *absolute
                length* is one without `em`; *colour* is `#rgb`, `#rrggbb`, `rgb(r, g, b)` or a CSS colour name;
                *page size* is one of\s""").append(PageSize.names()).append("""
                 (B sizes are JIS: B5 = 182×257 mm); *length in px* is CSS pixels for the raster card
                (`64px`, or a bare `64`); *pixels* is `WIDTHxHEIGHT`; *theme file* is a
                file of the theme or a parent, an *image file* one named `.png`, `.jpg`, `.jpeg` or `.svg`; *font file* is a TrueType `.ttf` (not CFF `.otf`, not `.ttc`)
                covering kana, kanji and Latin, relative to the theme folder, the project or the installation;
                a *fallback font file* is the same without the Japanese (any script).

                ## Fallback fonts

                Behind the faces of every stack stands one chain, `font-fallback`: for each character that the
                stack setting the text lacks, the PDF tries these fonts in order and embeds (as a subset) the first
                that has it. The default chain is bundled in `fonts/fallback/` (sources, licences and the command
                that made them: `fonts/fallback/README.md`): symbols and arrows (✓ ✗ ↩ →, U+FFFD) from DejaVu Sans,
                the 2,350 Hangul syllables of KS X 1001 (NanumGothic), the hanzi of GB 2312 level 1 that Japanese
                fonts lack (AR PL SungtiL GB), Arabic, Hebrew and Devanagari (Noto Sans). A character that neither
                the stack nor the chain has is a `missing-glyph` warning at its `file:line:col` and is set as 〓.

                - **Replace** the chain: set `font-fallback` to your list (`[]` turns it off). **Extend** it: lists
                  are replaced as a whole, so write your fonts and the bundled ones you keep, in the order to try
                  them, e.g. `font-fallback: [{ file: fonts/MyMath.ttf }, { file: fonts/fallback/DejaVuSans-Symbols.ttf }]`.
                - **Right to left.** Arabic and Hebrew runs inside a Japanese line are set right to left in their
                  place (Unicode Bidirectional Algorithm), Arabic letters in their joined forms (Presentation Forms:
                  a fallback font for Arabic must map them, as the bundled one does). A run is kept on one line.
                - **Devanagari** is drawn letter by letter in its default glyph forms: openhtmltopdf has no OpenType
                  shaping, so conjuncts (क्ष) show their virama and the short i (ि) stands after its consonant.
                - **EPUB.** The chain is not embedded (`epub.embed-fonts` embeds the stacks only): reading systems
                  have fonts for these scripts, and the EPUB stays small; the stylesheet's stacks end in generic
                  families, so the reading system's own fallback draws them.
                - **Card.** The social card is set in its stack only (a title in Hangul is a warning there).

                """);
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        for (Row r : rows()) {
            String group = r.path().contains(".") ? r.path().split("[.\\[]", 2)[0] : "";
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(r);
        }
        groups.forEach((group, rows) -> {
            sb.append(group.isEmpty() ? "## Top level" : "## `" + group + "`").append("\n\n");
            sb.append("| Key | Type | Default | Meaning |\n|---|---|---|---|\n");
            for (Row r : rows) {
                sb.append("| `").append(r.path()).append("` | ").append(cell(r.type())).append(" | ")
                        .append(r.defaultValue().isEmpty() ? "—" : "`" + cell(r.defaultValue()) + "`").append(" | ")
                        .append(text(r.meaning())).append(" |\n");
            }
            sb.append('\n');
        });
        return sb.toString().stripTrailing() + "\n";
    }

    private static void walk(Class<?> record, String prefix, Optional<ThemeNode> defaults, List<Row> rows) {
        for (ThemeKeys.Key k : ThemeKeys.of(record)) {
            String path = prefix.isEmpty() ? k.name() : prefix + "." + k.name();
            Optional<ThemeNode> def = defaults.flatMap(d -> d instanceof ThemeNode.MapNode m ? m.find(k.name()) : Optional.empty());
            String meaning = k.doc().map(KeyDoc::value).orElse("(undocumented: add @KeyDoc to " + record.getSimpleName() + "." + k.component().getName() + ")");
            Type t = k.type();
            if (ThemeKeys.isSection(t)) {
                rows.add(new Row(path, "section", "", meaning));
                walk((Class<?>) t, path, def, rows);
            } else if (path.equals("fonts")) {
                rows.add(new Row(path, "map of stack name → list of font entries", def.map(ThemeReference::stackNames).orElse(""), meaning));
                Type entry = ((ParameterizedType) ((ParameterizedType) t).getActualTypeArguments()[1]).getActualTypeArguments()[0];
                walk((Class<?>) entry, "fonts.NAME[]", Optional.empty(), rows);
            } else if (path.equals("font-fallback")) {
                rows.add(new Row(path, "list of font entries", def.map(ThemeReference::fileNames).orElse(""), meaning));
                walk((Class<?>) ((ParameterizedType) t).getActualTypeArguments()[0], "font-fallback[]", Optional.empty(), rows);
            } else if (t instanceof ParameterizedType p && p.getRawType() == Map.class && ThemeKeys.isSection(p.getActualTypeArguments()[1])) {
                // A map of sections (labels.ja, code-styles.colour): its default as written, then the keys of one entry.
                rows.add(new Row(path, "map of name → section", def.map(ThemeReference::render).orElse(""), meaning));
                walk((Class<?>) p.getActualTypeArguments()[1], path + ".NAME", Optional.empty(), rows);
            } else {
                rows.add(new Row(path, typeName(t, k.doc()) + (k.optional() ? "; optional" : ""),
                        def.map(ThemeReference::render).orElse(""), meaning));
            }
        }
    }

    private static String typeName(Type t, Optional<KeyDoc> doc) {
        if (t instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return "map of name → " + typeName(p.getActualTypeArguments()[1], doc);
        }
        if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "list of " + typeName(p.getActualTypeArguments()[0], doc);
        }
        if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            String range = doc.filter(d -> d.min() != Integer.MIN_VALUE || d.max() != Integer.MAX_VALUE)
                    .map(d -> " (" + d.min() + "–" + d.max() + ")").orElse("");
            return "integer" + range;
        }
        if (t == boolean.class || t == Boolean.class) return "true/false";
        if (t == double.class || t == Double.class) return "number";
        if (t instanceof Class<?> c && c.isEnum()) {
            List<String> words = new ArrayList<>();
            for (Object o : c.getEnumConstants()) words.add(((Keyword) o).word());
            return "one of " + String.join(", ", words);
        }
        if (doc.isPresent() && doc.get().oneOf().length > 0) {
            String words = "one of " + String.join(", ", doc.get().oneOf());
            return doc.get().kind() == ValueKind.TEXT ? words : words + ", or a " + doc.get().kind().label();
        }
        return doc.map(d -> d.kind().label()).orElse("text");
    }

    /** A default in YAML flow style: {@code 18mm}, {@code {og: 1200x630}}, {@code [a, b]}. */
    private static String render(ThemeNode n) {
        if (n instanceof ThemeNode.Scalar s) return s.isNull() ? "" : s.value();
        if (n instanceof ThemeNode.ListNode l) return "[" + String.join(", ", l.items().stream().map(ThemeReference::render).toList()) + "]";
        ThemeNode.MapNode m = (ThemeNode.MapNode) n;
        return "{" + String.join(", ", m.entries().values().stream().map(e -> e.key() + ": " + render(e.value())).toList()) + "}";
    }

    private static String stackNames(ThemeNode n) {
        return n instanceof ThemeNode.MapNode m ? String.join(", ", m.entries().keySet()) : "";
    }

    /** The file names of a list of font entries, without their folder: the chain in order. */
    private static String fileNames(ThemeNode n) {
        if (!(n instanceof ThemeNode.ListNode l)) return "";
        List<String> names = new ArrayList<>();
        for (ThemeNode item : l.items()) {
            if (item instanceof ThemeNode.MapNode m && m.find("file").orElse(null) instanceof ThemeNode.Scalar f) {
                names.add(f.value().substring(f.value().lastIndexOf('/') + 1));
            }
        }
        return String.join(", ", names);
    }

    /** Prose in a cell: angle brackets escaped so {@code <slug>} is not taken for an HTML tag. */
    private static String text(String s) {
        return cell(s).replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static ThemeNode.MapNode baseTree() {
        try (InputStream in = ThemeReference.class.getResourceAsStream("/themes/base/theme.yaml")) {
            if (in == null) throw new IllegalStateException("built-in base theme missing from the class path");
            return ThemeNode.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Path.of("builtin:/themes/base/theme.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
