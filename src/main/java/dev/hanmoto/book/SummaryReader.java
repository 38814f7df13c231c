package dev.hanmoto.book;

import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.book.BookManifest.Chapter;
import dev.hanmoto.book.BookManifest.Entry;
import dev.hanmoto.book.BookManifest.Matter;
import dev.hanmoto.book.BookManifest.Part;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code SUMMARY.md}, the table of contents of an mdBook or a HonKit/GitBook book, line by
 * line (the format is a strict subset of Markdown; reading it by line keeps every entry's
 * {@code line:col}).
 *
 * <p>mdBook (its guide, "SUMMARY.md"): an optional {@code # Title} first; prefix chapters (links on
 * their own lines, unnumbered) → front matter; numbered chapters ({@code -} or {@code *} list items,
 * nested by indentation) → body, sub-chapters under their chapter; {@code # Part} titles (level 1
 * only) → parts of the numbered chapters after them; suffix chapters (links after the numbered ones)
 * → back matter; separators ({@code ---}) are only lines in mdBook's sidebar and are passed over;
 * draft chapters ({@code [Title]()}) have no file yet and are left out with a note, their sub-chapters
 * moving up a level.
 *
 * <p>HonKit/GitBook 3 ("Pages and Summary"): an optional {@code # Summary} first; nested lists are
 * chapters and sub-chapters; headings of any level are part titles; a horizontal rule ends a part;
 * prose around the lists is the summary's own (a {@code README.md} that is also the summary) and not
 * read. An entry with a {@code #fragment} into a file already listed points into that chapter (its
 * heading is in the table of contents already) and adds nothing.
 *
 * <p>Problems are errors at the entry (an entry pointing to no file, a path leaving the folder, a file
 * listed twice, mdBook's order rules); codes as in {@link ChapterPaths}, and {@code book-summary}.
 */
final class SummaryReader {
    enum Dialect { MDBOOK, HONKIT }

    /** What the summary lists. */
    record Summary(List<Entry> front, List<Entry> body, List<Entry> back) {}

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})(?:[ \\t]+(.*?))?[ \\t]*#*[ \\t]*$");
    private static final Pattern ITEM = Pattern.compile("^([-*+]|\\d{1,9}[.)])([ \\t]+(.*))?$");
    private static final Pattern MD_SEPARATOR = Pattern.compile("^-{3,}[ \\t]*$");
    private static final Pattern RULE = Pattern.compile("^(?:(?:-[ \\t]*){3,}|(?:\\*[ \\t]*){3,}|(?:_[ \\t]*){3,})$");

    private final Path file;
    private final Dialect dialect;
    private final Diagnostics diags;
    private final ChapterPaths paths;

    private SummaryReader(Path file, Dialect dialect, Diagnostics diags) {
        this.file = file;
        this.dialect = dialect;
        this.diags = diags;
        this.paths = new ChapterPaths(file, diags);
    }

    /**
     * @param file    the summary as given (diagnostics name it; chapters resolve against its folder)
     * @param text    its text, {@code \n} line ends
     * @param exclude a file that is listed elsewhere and must not become a chapter here (HonKit's
     *                readme, when the summary lists it), or null
     */
    static Summary read(Path file, String text, Dialect dialect, Path exclude, Diagnostics diags) {
        return new SummaryReader(file, dialect, diags).parse(text, exclude);
    }

    /** The folder chapters are resolved against. */
    static Path folderOf(Path file) {
        return file.toAbsolutePath().normalize().getParent();
    }

    /** One list item or link as read, before its file is checked. */
    private static final class Item {
        final String title;
        final String target;
        final SourcePos pos;
        final int indent;
        final Matter matter;
        final List<Item> children = new ArrayList<>();

        Item(String title, String target, SourcePos pos, int indent, Matter matter) {
            this.title = title;
            this.target = target;
            this.pos = pos;
            this.indent = indent;
            this.matter = matter;
        }
    }

    /** A part being read: its title (empty for chapters outside any part) and its top-level items. */
    private record Group(String title, SourcePos pos, List<Item> items) {}

    private enum Phase { PREFIX, NUMBERED, SUFFIX }

    private Summary parse(String text, Path exclude) {
        List<Item> front = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        List<Item> back = new ArrayList<>();
        Group current = new Group("", SourcePos.NONE, new ArrayList<>());
        groups.add(current);
        List<Item> stack = new ArrayList<>();
        Phase phase = Phase.PREFIX;
        boolean first = true;
        boolean inComment = false;
        String fence = null;
        String[] lines = text.split("\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String raw = lines[n];
            String line = expandTabs(raw);
            String t = line.strip();
            int lineNo = n + 1;
            if (fence != null) {
                if (t.startsWith(fence)) fence = null;
                continue;
            }
            if (inComment) {
                if (t.contains("-->")) inComment = false;
                continue;
            }
            if (t.isEmpty()) continue;
            if (t.startsWith("<!--")) {
                if (!t.contains("-->")) inComment = true;
                continue;
            }
            if (t.startsWith("```") || t.startsWith("~~~")) {
                fence = t.substring(0, 3);
                continue;
            }
            int indent = line.length() - line.stripLeading().length();
            SourcePos at = new SourcePos(lineNo, indent + 1);
            Matcher h = HEADING.matcher(t);
            if (h.matches() && indent < 4) {
                String title = h.group(2) == null ? "" : plain(h.group(2));
                int level = h.group(1).length();
                stack.clear();
                if (first && level == 1) {
                    first = false;
                    continue; // the summary's own title ("# Summary")
                }
                first = false;
                if (dialect == Dialect.MDBOOK && level != 1) {
                    warn("book-summary", "only level-1 headings are part titles in an mdBook SUMMARY.md; '"
                            + title + "' is passed over", at);
                    continue;
                }
                if (dialect == Dialect.MDBOOK && phase == Phase.SUFFIX) {
                    error("book-summary", "part title '" + title + "' after the suffix chapters; mdBook allows "
                            + "parts only among the numbered chapters", at);
                    continue;
                }
                if (title.isEmpty()) continue;
                phase = Phase.NUMBERED;
                current = new Group(title, at, new ArrayList<>());
                groups.add(current);
                continue;
            }
            first = false;
            if (dialect == Dialect.MDBOOK ? MD_SEPARATOR.matcher(t).matches() : RULE.matcher(t).matches()) {
                stack.clear();
                if (dialect == Dialect.HONKIT && !current.title().isEmpty()) {
                    // "Parts … separated by headings or horizontal lines": what follows is in no part.
                    current = new Group("", SourcePos.NONE, new ArrayList<>());
                    groups.add(current);
                }
                continue;
            }
            Matcher item = ITEM.matcher(t);
            if (item.matches()) {
                String content = item.group(3) == null ? "" : item.group(3).strip();
                int contentCol = line.indexOf(content.isEmpty() ? item.group(1) : content, indent) + 1;
                if (dialect == Dialect.MDBOOK && phase == Phase.SUFFIX) {
                    error("book-summary", "numbered chapter after the suffix chapters; in mdBook suffix chapters come last", at);
                    continue;
                }
                phase = Phase.NUMBERED;
                Item it = item(content, new SourcePos(lineNo, contentCol), indent, Matter.BODY);
                while (!stack.isEmpty() && stack.get(stack.size() - 1).indent >= indent) stack.remove(stack.size() - 1);
                if (stack.isEmpty()) current.items().add(it);
                else stack.get(stack.size() - 1).children.add(it);
                stack.add(it);
                continue;
            }
            if (indent > 0 && !stack.isEmpty()) continue; // the rest of a list item's paragraph
            if (dialect == Dialect.MDBOOK && t.startsWith("[")) {
                stack.clear();
                Matter m = phase == Phase.PREFIX ? Matter.FRONT : Matter.BACK;
                if (phase == Phase.NUMBERED) phase = Phase.SUFFIX;
                Item it = item(t, at, indent, m);
                (m == Matter.FRONT ? front : back).add(it);
                continue;
            }
            if (dialect == Dialect.MDBOOK) {
                warn("book-summary", "not a chapter, part title or separator; mdBook passes it over", at);
            }
            stack.clear();
        }

        List<Entry> frontOut = new ArrayList<>();
        for (Item i : front) chapters(i, exclude, frontOut::add);
        List<Entry> body = new ArrayList<>();
        for (Group g : groups) {
            List<Chapter> cs = new ArrayList<>();
            for (Item i : g.items()) chapters(i, exclude, cs::add);
            if (g.title().isEmpty()) body.addAll(cs);
            else body.add(new Part(g.title(), cs, g.pos()));
        }
        List<Entry> backOut = new ArrayList<>();
        for (Item i : back) chapters(i, exclude, backOut::add);
        return new Summary(frontOut, body, backOut);
    }

    /** An item from a line's content: {@code [title](target)}, or text without a link (target null). */
    private Item item(String content, SourcePos at, int indent, Matter matter) {
        Optional<String[]> link = link(content);
        if (link.isEmpty()) return new Item(plain(content), null, at, indent, matter);
        return new Item(plain(link.get()[0]), link.get()[1], at, indent, matter);
    }

    /** The chapters an item stands for: itself with its sub-chapters, or (no file) its sub-chapters. */
    private void chapters(Item i, Path exclude, java.util.function.Consumer<Chapter> out) {
        List<Chapter> children = new ArrayList<>();
        Optional<Chapter> self = chapter(i, exclude);
        for (Item c : i.children) chapters(c, exclude, children::add);
        if (self.isPresent()) {
            Chapter s = self.get();
            out.accept(new Chapter(s.file(), s.written(), s.matter(), s.pos(), s.title(), children));
        } else {
            children.forEach(out);
        }
    }

    private Optional<Chapter> chapter(Item i, Path exclude) {
        if (i.target == null || i.target.isBlank()) {
            String what = i.target == null ? "has no link" : "is a draft (no file yet)";
            note("book-summary-draft", "chapter '" + i.title + "' " + what + "; it is left out of the book"
                    + (i.children.isEmpty() ? "" : ", its sub-chapters move up a level"), i.pos);
            return Optional.empty();
        }
        String target = i.target;
        boolean fragment = false;
        int hash = target.indexOf('#');
        if (hash >= 0) {
            fragment = true;
            target = target.substring(0, hash);
        }
        String written = ChapterPaths.decode(target);
        Optional<Path> resolved = paths.resolve(written, i.pos);
        if (resolved.isEmpty()) return Optional.empty();
        Path f = resolved.get();
        if (f.equals(exclude)) return Optional.empty();
        if (fragment && paths.listed(f)) return Optional.empty();
        if (paths.listedTwice(f, written, i.pos)) return Optional.empty();
        return Optional.of(new Chapter(f, written, i.matter, i.pos, i.title, List.of()));
    }

    /** {@code [text](target "title")} at the start of {@code s}: text and target; empty when not a link. */
    static Optional<String[]> link(String s) {
        if (!s.startsWith("[")) return Optional.empty();
        int depth = 0;
        int close = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') { i++; continue; }
            if (c == '[') depth++;
            else if (c == ']' && --depth == 0) { close = i; break; }
        }
        if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') return Optional.empty();
        int open = close + 2;
        int end;
        String target;
        if (open < s.length() && s.charAt(open) == '<') {
            end = s.indexOf('>', open);
            if (end < 0) return Optional.empty();
            target = s.substring(open + 1, end);
            end = s.indexOf(')', end);
        } else {
            int parens = 0;
            end = -1;
            for (int i = open; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '\\') { i++; continue; }
                if (c == '(') parens++;
                else if (c == ')' && parens-- == 0) { end = i; break; }
            }
            if (end < 0) return Optional.empty();
            target = s.substring(open, end).strip();
            int space = target.indexOf(' ');
            if (space >= 0) target = target.substring(0, space); // [x](path "title")
        }
        if (end < 0) return Optional.empty();
        return Optional.of(new String[] {s.substring(1, close), target.strip()});
    }

    /** Link or heading text without the Markdown marks a title may carry. */
    static String plain(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) sb.append(s.charAt(++i));
            else if (c != '`' && c != '*') sb.append(c);
        }
        return sb.toString().strip();
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) return s;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                do sb.append(' '); while (sb.length() % 4 != 0);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private void error(String code, String message, SourcePos at) {
        diags.report(Diagnostic.error(code, message, file, at.line(), at.col()));
    }

    private void warn(String code, String message, SourcePos at) {
        diags.report(Diagnostic.warning(code, message, file, at.line(), at.col()));
    }

    private void note(String code, String message, SourcePos at) {
        diags.report(new Diagnostic(Severity.NOTE, code, message, file, at.line(), at.col()));
    }
}
