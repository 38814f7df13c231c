package dev.hanmoto.book;

import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.SourcePos;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A book as its {@code book.yaml} describes it: metadata, numbering styles and the ordered chapter
 * files, grouped into front matter, body (chapters, optionally in parts), appendices and back matter.
 * Chapter paths are absolute and normalised; each entry keeps its position in the manifest so later
 * problems (a dangling link to a chapter, say) can still point at the line that named it.
 *
 * @param file               the manifest file, as given to the reader
 * @param meta               book metadata under {@link Meta}'s canonical keys (plus {@code theme})
 * @param numbering          how body chapters are labelled (default {@code 第{n}章} for Japanese)
 * @param appendixNumbering  how appendices are labelled (default {@code 付録{A}} for Japanese)
 * @param front              preface, foreword… (unnumbered)
 * @param body               chapters and parts, numbered
 * @param appendices         appendices, lettered
 * @param back               colophon/奥付, afterword… (unnumbered)
 */
public record BookManifest(Path file, Meta meta, Numbering numbering, Numbering appendixNumbering,
                           List<Entry> front, List<Entry> body, List<Entry> appendices, List<Entry> back) {

    /** The manifest's file name; a folder holding it is built as one book. */
    public static final String FILE_NAME = "book.yaml";

    /** Meta key for the theme named in the manifest (a name under {@code themes/} or a folder). */
    public static final String THEME = "theme";

    public BookManifest {
        Objects.requireNonNull(file);
        Objects.requireNonNull(meta);
        Objects.requireNonNull(numbering);
        Objects.requireNonNull(appendixNumbering);
        front = List.copyOf(front);
        body = List.copyOf(body);
        appendices = List.copyOf(appendices);
        back = List.copyOf(back);
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

    /** Every chapter in reading order: front, body (parts opened), appendices, back. */
    public List<Chapter> chapters() {
        List<Chapter> all = new ArrayList<>();
        for (List<Entry> group : List.of(front, body, appendices, back)) {
            for (Entry e : group) {
                if (e instanceof Chapter c) all.add(c);
                else if (e instanceof Part p) all.addAll(p.chapters());
            }
        }
        return all;
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
     * @param file    absolute, normalised path of the Markdown file
     * @param written the path as written in the manifest (for messages)
     * @param matter  the group it is listed in
     * @param pos     position of the entry in the manifest
     */
    public record Chapter(Path file, String written, Matter matter, SourcePos pos) implements Entry {
        public Chapter {
            Objects.requireNonNull(file);
            Objects.requireNonNull(written);
            Objects.requireNonNull(matter);
            Objects.requireNonNull(pos);
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
