package dev.hanmoto.ast;

import java.util.List;
import java.util.Map;

/**
 * A compact text dump of a document for golden tests and debugging: one node per line, children
 * indented by two spaces, source positions as {@code line:col}, attributes pandoc-style
 * ({@code {#id .class key="value"}}), texts quoted with {@code \n}, {@code \"}, {@code \\} and
 * {@code \}{@code uXXXX} escapes for control characters.
 */
public final class AstDump {
    private final StringBuilder sb = new StringBuilder();

    private AstDump() {}

    /** The dump of a whole document: its metadata, then its blocks. */
    public static String dump(Document d) {
        AstDump w = new AstDump();
        w.sb.append("Document\n");
        w.sb.append("  Meta\n");
        for (Map.Entry<String, MetaValue> e : d.meta().values().entrySet()) {
            w.sb.append("    ").append(e.getKey()).append(" = ");
            w.meta(e.getValue());
            w.sb.append('\n');
        }
        w.blocks(d.blocks(), 1);
        return w.sb.toString();
    }

    /** The dump of a list of blocks at indentation 0. */
    public static String dump(List<Block> blocks) {
        AstDump w = new AstDump();
        w.blocks(blocks, 0);
        return w.sb.toString();
    }

    private void meta(MetaValue v) {
        if (v instanceof MetaValue.Str s) quote(s.value());
        else if (v instanceof MetaValue.Bool b) sb.append(b.value());
        else if (v instanceof MetaValue.Lst l) {
            sb.append('[');
            for (int i = 0; i < l.values().size(); i++) {
                if (i > 0) sb.append(", ");
                meta(l.values().get(i));
            }
            sb.append(']');
        } else if (v instanceof MetaValue.Obj o) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, MetaValue> e : o.values().entrySet()) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(e.getKey()).append(": ");
                meta(e.getValue());
            }
            sb.append('}');
        }
    }

    private void blocks(List<Block> blocks, int depth) {
        for (Block b : blocks) block(b, depth);
    }

    private void line(int depth, String name, SourcePos pos) {
        sb.append("  ".repeat(depth)).append(name);
        if (pos != null) sb.append(' ').append(pos);
    }

    private void block(Block b, int d) {
        if (b instanceof Block.Para x) { line(d, "Para", x.pos()); sb.append('\n'); inlines(x.inlines(), d + 1); }
        else if (b instanceof Block.Plain x) { line(d, "Plain", x.pos()); sb.append('\n'); inlines(x.inlines(), d + 1); }
        else if (b instanceof Block.Heading x) {
            line(d, "Heading", x.pos());
            sb.append(" h").append(x.level());
            attr(x.attr());
            sb.append('\n');
            inlines(x.inlines(), d + 1);
        } else if (b instanceof Block.CodeBlock x) {
            line(d, "CodeBlock", x.pos());
            attr(x.attr());
            sb.append(' ');
            quote(x.text());
            sb.append('\n');
        } else if (b instanceof Block.BlockQuote x) { line(d, "BlockQuote", x.pos()); sb.append('\n'); blocks(x.blocks(), d + 1); }
        else if (b instanceof Block.BulletList x) { line(d, "BulletList", x.pos()); sb.append('\n'); items(x.items(), d + 1); }
        else if (b instanceof Block.OrderedList x) {
            line(d, "OrderedList", x.pos());
            sb.append(" start=").append(x.start()).append('\n');
            items(x.items(), d + 1);
        } else if (b instanceof Block.Table x) {
            line(d, "Table", x.pos());
            attr(x.attr());
            sb.append(" aligns=");
            for (int i = 0; i < x.aligns().size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(x.aligns().get(i).name().toLowerCase(java.util.Locale.ROOT));
            }
            sb.append('\n');
            rows("Head", x.head(), d + 1);
            rows("Body", x.body(), d + 1);
        } else if (b instanceof Block.ThematicBreak x) { line(d, "ThematicBreak", x.pos()); sb.append('\n'); }
        else if (b instanceof Block.Div x) { line(d, "Div", x.pos()); attr(x.attr()); sb.append('\n'); blocks(x.blocks(), d + 1); }
    }

    private void items(List<Block.ListItem> items, int d) {
        for (Block.ListItem it : items) {
            line(d, "Item", null);
            if (it.task() != null) sb.append(it.task() ? " [x]" : " [ ]");
            sb.append('\n');
            blocks(it.blocks(), d + 1);
        }
    }

    private void rows(String name, List<Block.Row> rows, int d) {
        if (rows.isEmpty()) return;
        line(d, name, null);
        sb.append('\n');
        for (Block.Row r : rows) {
            line(d + 1, "Row", null);
            sb.append('\n');
            for (Block.Cell c : r.cells()) {
                line(d + 2, "Cell", null);
                sb.append('\n');
                inlines(c.inlines(), d + 3);
            }
        }
    }

    private void inlines(List<Inline> inlines, int d) {
        for (Inline i : inlines) inline(i, d);
    }

    private void inline(Inline i, int d) {
        if (i instanceof Inline.Text x) { line(d, "Text", x.pos()); sb.append(' '); quote(x.text()); sb.append('\n'); }
        else if (i instanceof Inline.SoftBreak) { line(d, "SoftBreak", null); sb.append('\n'); }
        else if (i instanceof Inline.LineBreak) { line(d, "LineBreak", null); sb.append('\n'); }
        else if (i instanceof Inline.Code x) { line(d, "Code", x.pos()); sb.append(' '); quote(x.text()); sb.append('\n'); }
        else if (i instanceof Inline.Math x) {
            line(d, "Math", x.pos());
            attr(x.attr());
            sb.append(' ').append(x.type().name().toLowerCase(java.util.Locale.ROOT)).append(' ');
            quote(x.tex());
            sb.append('\n');
        }
        else if (i instanceof Inline.Link x) {
            line(d, "Link", x.pos());
            attr(x.attr());
            sb.append(" target=");
            quote(x.target());
            if (!x.title().isEmpty()) { sb.append(" title="); quote(x.title()); }
            sb.append('\n');
            inlines(x.content(), d + 1);
        } else if (i instanceof Inline.Image x) {
            line(d, "Image", x.pos());
            attr(x.attr());
            sb.append(" src=");
            quote(x.src());
            if (!x.title().isEmpty()) { sb.append(" title="); quote(x.title()); }
            sb.append('\n');
            inlines(x.alt(), d + 1);
        } else if (i instanceof Inline.Span x) { line(d, "Span", null); attr(x.attr()); sb.append('\n'); inlines(x.content(), d + 1); }
        else if (i instanceof Inline.Ruby x) {
            line(d, x.mono() ? "Ruby mono" : "Ruby", x.pos());
            for (Inline.RubyPair p : x.pairs()) { sb.append(' '); quote(p.base()); sb.append('|'); quote(p.text()); }
            sb.append('\n');
        } else if (i instanceof Inline.Note x) { line(d, "Note", x.pos()); sb.append('\n'); blocks(x.blocks(), d + 1); }
        else {
            line(d, i.getClass().getSimpleName(), null);
            sb.append('\n');
            inlines(Walk.childInlines(i), d + 1);
        }
    }

    private void attr(Attr a) {
        if (a.isEmpty()) return;
        sb.append(" {");
        boolean first = true;
        if (!a.id().isEmpty()) { sb.append('#').append(a.id()); first = false; }
        for (String c : a.classes()) { if (!first) sb.append(' '); sb.append('.').append(c); first = false; }
        for (Map.Entry<String, String> e : a.attributes().entrySet()) {
            if (!first) sb.append(' ');
            sb.append(e.getKey()).append('=');
            quote(e.getValue());
            first = false;
        }
        sb.append('}');
    }

    private void quote(String s) {
        sb.append(jsonString(s));
    }

    /**
     * A JSON string (RFC 8259): quotes, backslashes and control characters (and DEL) escaped. Public
     * for the build manifest, the other JSON Hanmoto writes by hand.
     */
    public static String jsonString(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        return b.append('"').toString();
    }
}
