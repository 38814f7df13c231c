package dev.hanmoto.source;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Containers;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a container's opening says, into a {@link Containers} node: the fenced div's info string
 * ({@code message alert}, {@code details タイトル}, {@code warning}, {@code {.note #id}}) and the
 * marker line of a GFM alert ({@code [!NOTE]}). Unknown names keep their content, with one warning.
 */
final class ContainerReader {
    private ContainerReader() {}

    /** Names authors write, by dialect, and the kind each means. */
    private static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("note", Containers.NOTE),          // GFM, pandoc, VFM, Docusaurus
            Map.entry("info", Containers.NOTE),          // Docusaurus, VuePress
            Map.entry("message", Containers.NOTE),       // Zenn
            Map.entry("tip", Containers.TIP),
            Map.entry("hint", Containers.TIP),           // reStructuredText-style
            Map.entry("important", Containers.IMPORTANT),
            Map.entry("warning", Containers.WARNING),
            Map.entry("caution", Containers.CAUTION),
            Map.entry("danger", Containers.CAUTION),     // Docusaurus, VuePress
            Map.entry("details", Containers.DETAILS));   // Zenn, VuePress

    /** The GFM alert types (GitHub renders no others). */
    private static final Map<String, String> ALERTS = Map.of(
            "NOTE", Containers.NOTE, "TIP", Containers.TIP, "IMPORTANT", Containers.IMPORTANT,
            "WARNING", Containers.WARNING, "CAUTION", Containers.CAUTION);

    /**
     * A fenced container's block, its {@code content} already read; {@code infoAt} is where the info
     * string starts. An unknown name, or an attribute block naming no known kind, gives a plain Div
     * with the author's classes (pandoc's meaning of a fenced div) and a warning.
     */
    static Block fenced(String info, List<Block> content, SourcePos pos, SourcePos infoAt, SourceContext ctx) {
        Attr attr;
        String name;
        String rest;
        if (info.startsWith("{")) {
            AttributeBlock.Result r = AttributeBlock.parse(info, 0);
            if (r.parsed().isEmpty()) {
                String why = r.error().map(AttributeBlock.Malformed::message).orElse("not an attribute block");
                ctx.warn("container-unknown", "container '" + RawHtmlReader.shorten(info) + "': " + why
                        + "; its content is kept as a plain block", infoAt);
                return new Block.Div(Attr.EMPTY, content, pos);
            }
            attr = r.parsed().get().attr();
            rest = info.substring(r.parsed().get().end()).strip();
            name = attr.classes().stream().filter(c -> NAMES.containsKey(c.toLowerCase(Locale.ROOT))).findFirst().orElse("");
            if (name.isEmpty()) {
                if (attr.classes().isEmpty() && attr.id().isEmpty()) {
                    ctx.warn("container-unknown", "container '" + RawHtmlReader.shorten(info)
                            + "' names no kind; its content is kept as a plain block", infoAt);
                } else if (!attr.classes().isEmpty()) {
                    ctx.warn("container-unknown", "unknown container '" + attr.classes().get(0) + "' (known: "
                            + String.join(", ", Containers.KINDS) + "); its content is kept as a block with class '"
                            + attr.classes().get(0) + "'", infoAt);
                }
                return new Block.Div(attr, content, pos);
            }
        } else {
            int space = firstSpace(info);
            name = info.substring(0, space);
            rest = info.substring(space).strip();
            attr = Attr.EMPTY;
            if (!NAMES.containsKey(name.toLowerCase(Locale.ROOT))) {
                ctx.warn("container-unknown", "unknown container '" + name + "' (known: "
                        + String.join(", ", Containers.KINDS) + "); its content is kept as a block with class '"
                        + name + "'", infoAt);
                return new Block.Div(Attr.classes(name), content, pos);
            }
        }
        String kind = NAMES.get(name.toLowerCase(Locale.ROOT));
        List<Inline> title = List.of();
        if (kind.equals(Containers.DETAILS)) {
            if (!rest.isEmpty()) title = List.of(new Inline.Text(rest, infoAt.plusColumns(info.length() - rest.length())));
        } else if (name.equalsIgnoreCase("message") && rest.equalsIgnoreCase("alert")) {
            kind = Containers.WARNING; // Zenn's red message box
        } else if (!rest.isEmpty()) {
            // pandoc-style title after the name (VFM, Docusaurus: ":::note 見出し")
            title = List.of(new Inline.Text(rest, infoAt.plusColumns(info.length() - rest.length())));
        }
        List<String> extra = new ArrayList<>();
        for (String c : attr.classes()) if (!c.equalsIgnoreCase(name)) extra.add(c);
        Attr rest0 = new Attr(attr.id(), extra, attr.attributes());
        return Containers.of(kind, rest0, title, content, pos);
    }

    private static int firstSpace(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isWhitespace(s.charAt(i))) return i;
        return s.length();
    }

    /**
     * The kind a GFM alert's marker line ({@code [!NOTE]}, case-insensitive as on GitHub) names; empty
     * if the line is no marker. An unknown type ({@code [!FOO]}) is reported and gives empty: the
     * quotation stays a quotation, its text as written.
     */
    static Optional<String> alertKind(String firstLine, SourcePos at, SourceContext ctx) {
        String s = firstLine.strip();
        if (s.length() < 4 || !s.startsWith("[!") || !s.endsWith("]")) return Optional.empty();
        String type = s.substring(2, s.length() - 1);
        if (type.isEmpty() || !type.chars().allMatch(Character::isLetter)) return Optional.empty();
        String kind = ALERTS.get(type.toUpperCase(Locale.ROOT));
        if (kind == null) {
            ctx.warn("alert-unknown", "unknown alert type '[!" + type + "]' (GitHub knows NOTE, TIP, IMPORTANT, WARNING,"
                    + " CAUTION); kept as a block quotation", at);
            return Optional.empty();
        }
        return Optional.of(kind);
    }
}
