package dev.hanmoto.book;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.book.BookManifest.Chapter;
import dev.hanmoto.book.BookManifest.Entry;
import dev.hanmoto.book.BookManifest.Matter;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a HonKit/GitBook 3 book: {@code book.json} (HonKit's "Configuration") when there is one, the
 * summary ({@link SummaryReader}) and the readme.
 *
 * <p>From {@code book.json}: {@code root} (the folder holding the book's files), {@code structure.summary}
 * and {@code structure.readme} (file names at that root; default {@code SUMMARY.md}, {@code README.md}),
 * {@code title} (else the readme's first heading, else the folder name), {@code description},
 * {@code author}, {@code language}, {@code isbn} (the identifier, {@code urn:isbn:…}), {@code variables}
 * ({@code {{ book.x }}}), and from {@code plugins} whether include-codeblock is on (with its
 * {@code unindent} option from {@code pluginsConfig}). {@code pluginsConfig.hanmoto} holds Hanmoto's own
 * settings ({@link OwnSettings}). The readme is the book's introduction: front matter, first, whether the
 * summary lists it or not (unless it is the summary itself). Keys for HonKit's website and its own PDF
 * ({@code pdf}, {@code styles}, {@code links}, {@code plugins}…) are passed over; other keys are warned about.
 */
final class HonKitManifestReader {
    static final String FILE_NAME = "book.json";
    static final String SUMMARY = "SUMMARY.md";
    static final String README = "README.md";

    private static final List<String> KEYS = List.of("root", "structure", "title", "description", "author", "isbn",
            "language", "direction", "gitbook", "honkit", "plugins", "pluginsConfig", "variables", "links", "styles",
            "pdf", "ignores", "theme");
    private static final List<String> STRUCTURE_KEYS = List.of("readme", "summary", "glossary", "languages");
    private static final Pattern FIRST_HEADING = Pattern.compile("(?m)^#[ \\t]+(.+?)[ \\t#]*$");

    private HonKitManifestReader() {}

    /** @param file {@code book.json}, or the {@code SUMMARY.md} of a book without one (as given; diagnostics name it) */
    static BookManifest read(Path file, Diagnostics diags) {
        boolean json = String.valueOf(file.getFileName()).equals(FILE_NAME);
        Path bookDir = file.toAbsolutePath().normalize().getParent();
        Path shownDir = file.getParent() == null ? Path.of("") : file.getParent();
        ConfigTree conf = json ? ConfigTree.json(file, ConfigTree.readText(file, diags), diags)
                : ConfigTree.json(file, "{}", diags);
        if (json) {
            conf.unknownKeys("", KEYS, false, "; HonKit's book.json has no such key");
            conf.table("structure");
            conf.unknownKeys("structure", STRUCTURE_KEYS, false, "");
        }

        String root = conf.text("root").orElse("");
        Path rootDir = root.isEmpty() ? bookDir : conf.folder("root", "root", root, bookDir, "no folder " + root + "/ next to book.json");
        Path rootShown = root.isEmpty() ? shownDir : shownDir.resolve(root).normalize();
        String summaryName = json ? name(conf, "structure.summary", SUMMARY) : String.valueOf(file.getFileName());
        String readmeName = name(conf, "structure.readme", README);
        Path summary = rootDir.resolve(summaryName);
        if (!Files.isRegularFile(summary)) {
            SourcePos at = conf.node("structure.summary").isPresent() ? conf.pos("structure.summary")
                    : conf.node("root").isPresent() ? conf.pos("root") : new SourcePos(1, 1);
            throw new UserError(Diagnostic.error("book-no-summary", "no " + summaryName + (root.isEmpty() ? "" : " in " + root + "/")
                    + "; a HonKit book lists its chapters there", file, at.line(), at.col()));
        }
        Path listing = rootShown.resolve(summaryName);
        Path readme = rootDir.resolve(readmeName).normalize();
        String summaryText = ConfigTree.readText(listing, diags);

        Map<String, MetaValue> meta = new LinkedHashMap<>();
        Optional<String> title = conf.text("title");
        if (title.isEmpty() && Files.isRegularFile(readme)) {
            try {
                Matcher h = FIRST_HEADING.matcher(ConfigTree.readText(rootShown.resolve(readmeName), new Diagnostics()));
                if (h.find()) title = Optional.of(SummaryReader.plain(h.group(1)));
            } catch (UserError e) {
                // The readme is read again as a chapter, and reported then.
            }
        }
        meta.put(Meta.TITLE, new MetaValue.Str(title.orElse(bookDir.getFileName() == null ? "book" : bookDir.getFileName().toString())));
        conf.text("description").ifPresent(d -> meta.put(Meta.DESCRIPTION, new MetaValue.Str(d)));
        List<String> authors = conf.texts("author");
        if (!authors.isEmpty()) {
            meta.put(Meta.AUTHOR, authors.size() == 1 ? new MetaValue.Str(authors.get(0))
                    : new MetaValue.Lst(authors.stream().map(a -> (MetaValue) new MetaValue.Str(a)).toList()));
        }
        conf.text("language").ifPresent(l -> meta.put(Meta.LANG, new MetaValue.Str(l)));
        conf.text("isbn").ifPresent(i -> meta.put(Meta.IDENTIFIER, new MetaValue.Str(i.startsWith("urn:") ? i : "urn:isbn:" + i)));
        OwnSettings own = OwnSettings.read(conf, "pluginsConfig.hanmoto");
        meta.putAll(own.meta());
        Meta m = new Meta(meta);

        JsonNode variables = conf.node("variables").orElse(JsonNodeFactory.instance.objectNode());
        if (!variables.isObject()) {
            conf.error("variables", "'variables' must be an object of names and values");
            variables = JsonNodeFactory.instance.objectNode();
        }
        boolean imports = false;
        for (JsonNode p : conf.node("plugins").filter(JsonNode::isArray).orElse(JsonNodeFactory.instance.arrayNode())) {
            String name = p.asText().strip();
            if (name.equals("include-codeblock") || name.startsWith("include-codeblock@")) imports = true;
            if (name.equals("-include-codeblock")) imports = false;
        }
        boolean unindent = conf.node("pluginsConfig.include-codeblock.unindent").map(JsonNode::asBoolean).orElse(false);

        Path exclude = Files.isRegularFile(readme) ? readme : null;
        SummaryReader.Summary s = SummaryReader.read(listing, summaryText, SummaryReader.Dialect.HONKIT, exclude, diags);
        List<Entry> front = new ArrayList<>();
        if (exclude != null && !readme.equals(summary.toAbsolutePath().normalize())) {
            front.add(new Chapter(readme, readmeName, Matter.FRONT, new SourcePos(1, 1), "", List.of()));
        }
        front.addAll(s.front());
        if (front.isEmpty() && s.body().isEmpty() && !diags.hasErrors()) {
            diags.report(Diagnostic.error("book-no-chapters", summaryName + " lists no chapter", listing, 1, 1));
        }
        Numbering numbering = own.numbering().orElse(Numbering.chaptersFor(m.lang()));
        BookManifest.Syntax syntax = new BookManifest.Syntax(new HonKitTemplates(bookDir, rootShown, variables, imports, unindent), Map.of());
        return new BookManifest(file, listing, syntax, m, numbering, Numbering.NONE, front, s.body(), List.of(), s.back());
    }

    /** A structure file name: at the book's root, no folders (HonKit's rule). */
    private static String name(ConfigTree conf, String key, String fallback) {
        Optional<String> v = conf.text(key);
        if (v.isEmpty()) return fallback;
        if (v.get().contains("/") || v.get().contains("\\")) {
            conf.error(key, "'" + key + "' is a file name at the book's root; HonKit does not take folders here");
            return fallback;
        }
        return v.get();
    }
}
