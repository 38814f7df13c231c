package dev.hanmoto.book;

import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.source.Preprocessor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A book as its manifest describes it ({@code book.yaml}, or an mdBook's {@code book.toml} and
 * {@code SUMMARY.md}, or a HonKit/GitBook {@code book.json} and {@code SUMMARY.md}): metadata,
 * numbering styles and the ordered chapter files, grouped into front matter, body (chapters,
 * optionally in parts, each possibly with sub-chapters), appendices and back matter. Chapter paths
 * are absolute and normalised; each entry keeps its position in the listing so later problems (a
 * dangling link to a chapter, say) can still point at the line that named it.
 *
 * @param file               the manifest file, as given to the reader ({@code book.yaml}, {@code book.toml},
 *                           {@code book.json}, or the {@code SUMMARY.md} of a HonKit book without one);
 *                           its folder is the book folder
 * @param listing            the file that lists the chapters, as given: entry positions and chapter
 *                           paths as written are in and relative to it ({@code book.yaml} itself, or a
 *                           {@code SUMMARY.md})
 * @param syntax             how the book's chapter files are written (includes, variables, hidden code lines)
 * @param meta               book metadata under {@link Meta}'s canonical keys (plus {@code theme})
 * @param numbering          how body chapters are labelled (default {@code 第{n}章} for Japanese)
 * @param appendixNumbering  how appendices are labelled (default {@code 付録{A}} for Japanese)
 * @param front              preface, foreword… (unnumbered)
 * @param body               chapters and parts, numbered
 * @param appendices         appendices, lettered
 * @param back               colophon/奥付, afterword… (unnumbered)
 */
public record BookManifest(Path file, Path listing, Syntax syntax, Meta meta, Numbering numbering, Numbering appendixNumbering,
                           List<Entry> front, List<Entry> body, List<Entry> appendices, List<Entry> back) {

    /** The manifest's file name; a folder holding it is built as one book. */
    public static final String FILE_NAME = "book.yaml";

    /** Meta key for the theme named in the manifest (a name under {@code themes/} or a folder). */
    public static final String THEME = "theme";

    public BookManifest {
        Objects.requireNonNull(file);
        Objects.requireNonNull(listing);
        Objects.requireNonNull(syntax);
        Objects.requireNonNull(meta);
        Objects.requireNonNull(numbering);
        Objects.requireNonNull(appendixNumbering);
        front = List.copyOf(front);
        body = List.copyOf(body);
        appendices = List.copyOf(appendices);
        back = List.copyOf(back);
    }

    /** A {@code book.yaml} book: the manifest lists the chapters, which are plain Markdown. */
    public BookManifest(Path file, Meta meta, Numbering numbering, Numbering appendixNumbering,
                        List<Entry> front, List<Entry> body, List<Entry> appendices, List<Entry> back) {
        this(file, file, Syntax.PLAIN, meta, numbering, appendixNumbering, front, body, appendices, back);
    }

    /**
     * What chapter files of a book format hold besides Markdown.
     *
     * @param preprocessor expands includes and variables before a chapter is parsed
     * @param hiddenLines  per code language, the line prefix that hides a line (mdBook's rustdoc
     *                     {@code # } lines for {@code rust}, and {@code [output.html.code.hidelines]});
     *                     a print book leaves hidden lines out
     */
    public record Syntax(Preprocessor preprocessor, Map<String, String> hiddenLines) {
        /** Markdown as it is: the native {@code book.yaml} book. */
        public static final Syntax PLAIN = new Syntax(Preprocessor.NONE, Map.of());

        public Syntax {
            Objects.requireNonNull(preprocessor);
            hiddenLines = Map.copyOf(hiddenLines);
        }
    }

    /** The book folder: chapter paths and image paths are resolved against it. */
    public Path dir() {
        Path parent = file.toAbsolutePath().normalize().getParent();
        return parent == null ? file.toAbsolutePath().normalize() : parent;
    }

    /** The theme the manifest asks for, if any. */
    public Optional<String> theme() {
        return meta.findText(THEME);
    }

    /** Every chapter in reading order: front, body (parts opened), appendices, back; sub-chapters after their chapter. */
    public List<Chapter> chapters() {
        List<Chapter> all = new ArrayList<>();
        for (List<Entry> group : List.of(front, body, appendices, back)) {
            for (Entry e : group) {
                if (e instanceof Chapter c) addWithChildren(c, all);
                else if (e instanceof Part p) p.chapters().forEach(c -> addWithChildren(c, all));
            }
        }
        return all;
    }

    private static void addWithChildren(Chapter c, List<Chapter> all) {
        all.add(c);
        for (Chapter sub : c.children()) addWithChildren(sub, all);
    }

    /** Where in the book a chapter sits; decides its numbering and its class in the AST. */
    public enum Matter {
        FRONT, BODY, APPENDIX, BACK
    }

    /** One item of a chapter list: a chapter file or a part grouping chapter files. */
    public sealed interface Entry {
        SourcePos pos();
    }

    /**
     * A chapter file.
     *
     * @param file     absolute, normalised path of the Markdown file
     * @param written  the path as written in the listing, relative to it (for messages)
     * @param matter   the group it is listed in
     * @param pos      position of the entry in the listing
     * @param title    the title the listing gives it (a SUMMARY.md link's text), empty when none: it
     *                 heads a chapter file that starts without a heading
     * @param children sub-chapters (a nested SUMMARY.md list): sections of this chapter, their
     *                 headings set one level below its own
     */
    public record Chapter(Path file, String written, Matter matter, SourcePos pos, String title, List<Chapter> children)
            implements Entry {
        public Chapter {
            Objects.requireNonNull(file);
            Objects.requireNonNull(written);
            Objects.requireNonNull(matter);
            Objects.requireNonNull(pos);
            Objects.requireNonNull(title);
            children = List.copyOf(children);
        }

        /** A chapter of a {@code book.yaml}: no listed title, no sub-chapters. */
        public Chapter(Path file, String written, Matter matter, SourcePos pos) {
            this(file, written, matter, pos, "", List.of());
        }
    }

    /**
     * A part: a title (e.g. {@code 第2部 応用}) over a run of body chapters.
     *
     * @param title    the part title as written
     * @param chapters its chapters, in order
     * @param pos      position of the entry in the manifest
     */
    public record Part(String title, List<Chapter> chapters, SourcePos pos) implements Entry {
        public Part {
            Objects.requireNonNull(title);
            chapters = List.copyOf(chapters);
            Objects.requireNonNull(pos);
        }
    }
}
