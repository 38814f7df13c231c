package dev.hanmoto.book;

import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.book.BookManifest.Entry;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.source.Preprocessor;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an mdBook: {@code book.toml} (mdBook's guide, "Configuration") and the {@code SUMMARY.md} in its
 * source folder ({@link SummaryReader}).
 *
 * <p>From {@code [book]}: {@code title} (else the folder name, with a warning), {@code authors},
 * {@code description}, {@code language} and {@code src} (default {@code src}); {@code text-direction}
 * and {@code multilingual} are mdBook's HTML concerns and are passed over; other keys are warned about.
 * {@code [output.html.code.hidelines]} adds hidden-line prefixes for other languages than Rust.
 * {@code [output.hanmoto]} holds Hanmoto's own settings ({@link OwnSettings}). Includes are expanded
 * ({@link MdBookLinks}) unless {@code build.use-default-preprocessors = false} without a
 * {@code [preprocessor.links]} table. Every other table is mdBook's or another renderer's business.
 *
 * <p>A file that is not UTF-8 or not TOML, or a source folder without {@code SUMMARY.md}, is a
 * {@link UserError}, located.
 */
final class MdBookManifestReader {
    /** The file name that makes a folder an mdBook. */
    static final String FILE_NAME = "book.toml";
    static final String SUMMARY = "SUMMARY.md";

    private static final List<String> BOOK_KEYS =
            List.of("title", "authors", "description", "src", "language", "text-direction", "text_direction", "multilingual");

    private MdBookManifestReader() {}

    /** @param file the {@code book.toml} as given (diagnostics name it) */
    static BookManifest read(Path file, Diagnostics diags) {
        ConfigTree toml = ConfigTree.toml(file, ConfigTree.readText(file, diags), diags);
        Path bookDir = file.toAbsolutePath().normalize().getParent();
        toml.table("book");
        toml.unknownKeys("book", BOOK_KEYS, false, "; mdBook's [book] table has no such key");

        Map<String, MetaValue> meta = new LinkedHashMap<>();
        Optional<String> title = toml.text("book.title");
        if (title.isPresent()) {
            meta.put(Meta.TITLE, new MetaValue.Str(title.get()));
        } else {
            String folder = bookDir.getFileName() == null ? "book" : bookDir.getFileName().toString();
            toml.warning("book", "book-missing-title", "book.toml has no [book] title; the book is called '" + folder + "'");
            meta.put(Meta.TITLE, new MetaValue.Str(folder));
        }
        List<String> authors = toml.texts("book.authors");
        if (!authors.isEmpty()) {
            meta.put(Meta.AUTHOR, authors.size() == 1 ? new MetaValue.Str(authors.get(0))
                    : new MetaValue.Lst(authors.stream().map(a -> (MetaValue) new MetaValue.Str(a)).toList()));
        }
        toml.text("book.description").ifPresent(d -> meta.put(Meta.DESCRIPTION, new MetaValue.Str(d)));
        toml.text("book.language").ifPresent(l -> meta.put(Meta.LANG, new MetaValue.Str(l)));
        OwnSettings own = OwnSettings.read(toml, "output.hanmoto");
        meta.putAll(own.meta());
        Meta m = new Meta(meta);

        String src = toml.text("book.src").orElse("src");
        Path srcDir = toml.folder("book.src", "src", src, bookDir, "no source folder " + src + "/ next to book.toml");
        Path summary = srcDir.resolve(SUMMARY);
        if (!Files.isRegularFile(summary)) {
            SourcePos at = toml.node("book.src").isPresent() ? toml.pos("book.src") : new SourcePos(1, 1);
            throw new UserError(Diagnostic.error("book-no-summary", "no " + SUMMARY + " in " + src
                    + "/; an mdBook lists its chapters there", file, at.line(), at.col()));
        }
        Path listing = shown(file, src).resolve(SUMMARY);
        SummaryReader.Summary s = SummaryReader.read(listing, ConfigTree.readText(listing, diags), SummaryReader.Dialect.MDBOOK, null, diags);
        if (s.front().isEmpty() && s.body().isEmpty() && s.back().isEmpty() && !diags.hasErrors()) {
            diags.report(Diagnostic.error("book-no-chapters", SUMMARY + " lists no chapter", listing, 1, 1));
        }

        Map<String, String> hidden = new LinkedHashMap<>();
        hidden.put("rust", "#");
        if (toml.table("output.html.code.hidelines")) {
            for (String lang : toml.keysOf("output.html.code.hidelines")) {
                toml.text("output.html.code.hidelines." + lang).ifPresent(p -> hidden.put(lang, p));
            }
        }
        boolean links = toml.node("preprocessor.links").isPresent()
                || !toml.node("build.use-default-preprocessors").map(n -> n.isBoolean() && !n.booleanValue()).orElse(false);
        Preprocessor pre = links ? new MdBookLinks(bookDir) : Preprocessor.NONE;
        Numbering numbering = own.numbering().orElse(Numbering.chaptersFor(m.lang()));
        return new BookManifest(file, listing, new BookManifest.Syntax(pre, hidden), m, numbering, Numbering.NONE,
                s.front(), s.body(), List.<Entry>of(), s.back());
    }

    /** The absolute source folder a {@code book.toml} names ({@code book.src}, default {@code src}); empty when unreadable. */
    static Optional<Path> sourceFolder(Path toml) {
        try {
            ConfigTree t = ConfigTree.toml(toml, ConfigTree.readText(toml, new Diagnostics()), new Diagnostics());
            Path dir = toml.toAbsolutePath().normalize().getParent();
            return Optional.of(dir.resolve(t.node("book.src").map(n -> n.asText()).orElse("src")).normalize());
        } catch (UserError | InvalidPathException e) {
            return Optional.empty();
        }
    }

    private static Path shown(Path file, String src) {
        Path parent = file.getParent();
        return (parent == null ? Path.of(src) : parent.resolve(src)).normalize();
    }
}
