package dev.hanmoto.render.pdf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds test documents by hand from a small Markdown subset (headings, paragraphs, bullets, pipe
 * tables, fenced code, {@code **strong**}, {@code `code`}, pandoc inline notes {@code ^[...]}, a
 * {@code ---json} front matter) so the PDF renderer is tested without the source package. Not a
 * Markdown reader: just enough to build realistic Japanese fixtures with source positions.
 */
final class TestDocs {
    private TestDocs() {}

    static final Path PROJECT = Path.of("").toAbsolutePath();

    static Theme defaultTheme() {
        return new ThemeLoader(PROJECT).load("default");
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

    /** The default theme with another {@code pdf:} section. */
    static Theme themeWithPdf(dev.hanmoto.theme.PdfTheme pdf) {
        Theme base = defaultTheme();
        return new Theme(base.name(), base.description(), base.files(), base.fonts(), pdf, base.epub(), base.card());
    }

    /** Writes a rendered file under target/pdf-test/ for looking at (never compared as bytes). */
    static void keep(String name, byte[] bytes) throws IOException {
        Path dir = PROJECT.resolve("target/pdf-test");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), bytes);
    }

    /**
     * The text as the PDF prints it while emoji are text: variation selectors and ZWJ dropped, every
     * character that no default-theme font can draw replaced by openhtmltopdf's '#'.
     */
    static String drawable(String s) {
        List<dev.hanmoto.theme.FontFace> all = new ArrayList<>();
        defaultTheme().fonts().stacks().values().forEach(all::addAll);
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(cp -> !(cp >= 0xFE00 && cp <= 0xFE0F) && cp != 0x200D)
                .forEach(cp -> sb.appendCodePoint(Character.isWhitespace(cp) || FontLibrary.hasGlyph(all, cp) ? cp : '#'));
        return sb.toString();
    }

    static Document read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file);
    }

    static Document parse(String text, Path source) throws IOException {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        Map<String, MetaValue> meta = new LinkedHashMap<>();
        int start = 0;
        if (!lines.isEmpty() && lines.get(0).startsWith("---json")) {
            int end = 1;
            while (!lines.get(end).equals("---")) end++;
            JsonNode n = new ObjectMapper().readTree(String.join("\n", lines.subList(1, end)));
            if (n.has("title")) meta.put(Meta.TITLE, new MetaValue.Str(n.get("title").asText()));
            if (n.has("meta_description")) meta.put(Meta.DESCRIPTION, new MetaValue.Str(n.get("meta_description").asText()));
            if (n.has("author")) meta.put(Meta.AUTHOR, new MetaValue.Str(n.get("author").asText()));
            if (n.has("date")) meta.put(Meta.DATE, new MetaValue.Str(n.get("date").asText()));
            if (n.has("slug")) meta.put(Meta.SLUG, new MetaValue.Str(n.get("slug").asText()));
            if (n.has("tags")) {
                List<MetaValue> tags = new ArrayList<>();
                n.get("tags").forEach(t -> tags.add(new MetaValue.Str(t.asText())));
                meta.put(Meta.SUBJECTS, new MetaValue.Lst(tags));
            }
            start = end + 1;
        }
        List<Block> blocks = new ArrayList<>();
        int i = start;
        while (i < lines.size()) {
            String l = lines.get(i);
            int ln = i + 1;
            if (l.isBlank()) { i++; continue; }
            Matcher h = Pattern.compile("^(#{1,6})\\s+(.*)$").matcher(l);
            if (h.matches()) {
                blocks.add(new Block.Heading(h.group(1).length(), Attr.EMPTY, inlines(h.group(2), ln, h.start(2) + 1), new SourcePos(ln, 1)));
                i++;
            } else if (l.strip().equals("---")) {
                blocks.add(new Block.ThematicBreak(new SourcePos(ln, 1)));
                i++;
            } else if (l.startsWith("```")) {
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.size() && !lines.get(i).startsWith("```")) code.append(lines.get(i++)).append('\n');
                i++;
                String lang = l.substring(3).strip();
                blocks.add(new Block.CodeBlock(lang.isEmpty() ? Attr.EMPTY : Attr.classes(lang), code.toString(), new SourcePos(ln, 1)));
            } else if (l.startsWith("|")) {
                List<Block.Row> rows = new ArrayList<>();
                List<Integer> rowLines = new ArrayList<>();
                while (i < lines.size() && lines.get(i).startsWith("|")) {
                    rows.add(row(lines.get(i), i + 1));
                    rowLines.add(i + 1);
                    i++;
                }
                int cols = rows.get(0).cells().size();
                List<Block.Align> aligns = new ArrayList<>();
                for (int c = 0; c < cols; c++) aligns.add(Block.Align.DEFAULT);
                blocks.add(new Block.Table(Attr.EMPTY, aligns, List.of(rows.get(0)), rows.subList(2, rows.size()), new SourcePos(ln, 1)));
            } else if (l.matches("^\\s*([*-]|\\d+\\.)\\s+.*")) {
                boolean ordered = l.strip().matches("^\\d+\\..*");
                List<Block.ListItem> items = new ArrayList<>();
                while (i < lines.size() && lines.get(i).matches("^\\s*([*-]|\\d+\\.)\\s+.*")) {
                    Matcher m = Pattern.compile("^\\s*(?:[*-]|\\d+\\.)\\s+").matcher(lines.get(i));
                    m.find();
                    items.add(new Block.ListItem(null, List.of(new Block.Plain(inlines(lines.get(i).substring(m.end()), i + 1, m.end() + 1), new SourcePos(i + 1, 1)))));
                    i++;
                }
                blocks.add(ordered ? new Block.OrderedList(1, items, new SourcePos(ln, 1)) : new Block.BulletList(items, new SourcePos(ln, 1)));
            } else {
                List<Inline> content = new ArrayList<>();
                while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).startsWith("#") && !lines.get(i).startsWith("|")
                        && !lines.get(i).startsWith("```") && !lines.get(i).matches("^\\s*([*-]|\\d+\\.)\\s+.*")) {
                    if (!content.isEmpty()) content.add(new Inline.SoftBreak());
                    content.addAll(inlines(lines.get(i), i + 1, 1));
                    i++;
                }
                blocks.add(new Block.Para(content, new SourcePos(ln, 1)));
            }
        }
        return new Document(new Meta(meta), blocks, source);
    }

    private static Block.Row row(String line, int ln) {
        String s = line.strip();
        s = s.substring(1, s.endsWith("|") ? s.length() - 1 : s.length());
        List<Block.Cell> cells = new ArrayList<>();
        int col = line.indexOf('|') + 2;
        for (String c : s.split("\\|", -1)) {
            cells.add(new Block.Cell(inlines(c.strip(), ln, col)));
            col += c.length() + 1;
        }
        return new Block.Row(cells);
    }

    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|\\^\\[([^\\]]+)\\]|</?strong>");

    /** Inline markup of one line starting at column {@code col}. */
    static List<Inline> inlines(String s, int line, int col) {
        List<Inline> out = new ArrayList<>();
        Matcher m = INLINE.matcher(s);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) out.add(new Inline.Text(s.substring(last, m.start()), new SourcePos(line, col + last)));
            if (m.group(1) != null) out.add(new Inline.Strong(inlines(m.group(1), line, col + m.start(1))));
            else if (m.group(2) != null) out.add(new Inline.Code(m.group(2), new SourcePos(line, col + m.start(2))));
            else if (m.group(3) != null) out.add(new Inline.Note(List.of(new Block.Para(inlines(m.group(3), line, col + m.start(3)), new SourcePos(line, col + m.start(3)))), new SourcePos(line, col + m.start())));
            last = m.end();
        }
        if (last < s.length()) out.add(new Inline.Text(s.substring(last), new SourcePos(line, col + last)));
        return out;
    }
}
