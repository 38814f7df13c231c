package dev.hanmoto.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The file structure of a PDF checked by a reader of its own (ISO 32000-1 §7.3–7.5), stricter than
 * PDFBox's, which repairs what it reads: every cross-reference section (table or stream, following
 * {@code /Prev}) parses; every in-use entry points at an object of that number and generation, or into
 * an object stream that holds it at that index; {@code /Size} is one more than the highest object number
 * listed, and a cross-reference stream lists itself; every stream's {@code /Length} ends at
 * {@code endstream}; every indirect reference anywhere names an object that is there. It is what qpdf's
 * {@code --check} reports on, without needing qpdf.
 *
 * <p>The suite opens every PDF it writes through {@link #load}, so each is checked.
 */
public final class PdfStructure {
    private PdfStructure() {}

    /** Checks the structure, then opens the document with PDFBox. */
    public static PDDocument load(byte[] pdf) throws IOException {
        requireClean(pdf);
        return Loader.loadPDF(pdf);
    }

    public static PDDocument load(Path pdf) throws IOException {
        return load(Files.readAllBytes(pdf));
    }

    public static PDDocument load(java.io.File pdf) throws IOException {
        return load(pdf.toPath());
    }

    /** Throws {@link AssertionError} listing every structural problem. */
    public static void requireClean(byte[] pdf) {
        List<String> problems = problems(pdf);
        if (!problems.isEmpty()) {
            throw new AssertionError("PDF structure (" + problems.size() + " problems):\n  "
                    + String.join("\n  ", problems.subList(0, Math.min(20, problems.size()))));
        }
    }

    /** Every file below {@code dir} ending in .pdf, checked. */
    public static void requireCleanBelow(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return;
        try (var s = Files.walk(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".pdf") && Files.isRegularFile(f)).toList()) {
                try {
                    requireClean(Files.readAllBytes(p));
                } catch (AssertionError e) {
                    throw new AssertionError(p + ": " + e.getMessage(), e);
                }
            }
        }
    }

    /** The problems found, in file order; empty when the structure is sound. */
    public static List<String> problems(byte[] pdf) {
        Checker c = new Checker(pdf);
        try {
            c.run();
        } catch (Malformed e) {
            c.problems.add(e.getMessage());
        }
        return c.problems;
    }

    // ---- the value model: numbers as Long/Double, Name, String (bytes), List, Map, Ref, keywords ----

    record Name(String name) {}

    record Ref(long num, long gen) {}

    record Keyword(String word) {}

    record Str(byte[] bytes) {}

    /** An indirect object as found: its value and, for a stream, where its data lies. */
    record Obj(long num, long gen, Object value, int dataStart, int dataLength, byte[] data) {}

    /** An xref entry: type 0 free, 1 at an offset, 2 inside an object stream. */
    record Entry(int type, long field2, long field3) {}

    static final class Malformed extends RuntimeException {
        Malformed(String message) {
            super(message);
        }
    }

    /** A lexer and parser over the bytes from a position. */
    static final class Parser {
        final byte[] b;
        int pos;
        final int end;

        Parser(byte[] b, int pos, int end) {
            this.b = b;
            this.pos = pos;
            this.end = end;
        }

        static boolean white(int c) {
            return c == 0 || c == 9 || c == 10 || c == 12 || c == 13 || c == 32;
        }

        static boolean delimiter(int c) {
            return c == '(' || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                    || c == '/' || c == '%';
        }

        void skipSpace() {
            while (pos < end) {
                int c = b[pos] & 0xff;
                if (white(c)) pos++;
                else if (c == '%') {
                    while (pos < end && b[pos] != '\n' && b[pos] != '\r') pos++;
                } else break;
            }
        }

        Malformed error(String what) {
            return new Malformed(what + " at byte " + pos);
        }

        /** One value; a number followed by "gen R" is a reference. */
        Object value() {
            Object t = token();
            if (t instanceof Long n) {
                int save = pos;
                skipSpace();
                if (pos >= end) return n;
                Object g = token();
                if (g instanceof Long gen) {
                    skipSpace();
                    if (pos >= end) {
                        pos = save;
                        return n;
                    }
                    Object r = token();
                    if (r instanceof Keyword k && k.word().equals("R")) return new Ref(n, gen);
                }
                pos = save;
                return n;
            }
            if (t instanceof Keyword k) {
                switch (k.word()) {
                    case "[" -> {
                        List<Object> list = new ArrayList<>();
                        while (true) {
                            skipSpace();
                            if (pos < end && b[pos] == ']') {
                                pos++;
                                return list;
                            }
                            if (pos >= end) throw error("unterminated array");
                            list.add(value());
                        }
                    }
                    case "<<" -> {
                        Map<String, Object> map = new LinkedHashMap<>();
                        while (true) {
                            skipSpace();
                            if (pos + 1 < end && b[pos] == '>' && b[pos + 1] == '>') {
                                pos += 2;
                                return map;
                            }
                            Object key = token();
                            if (!(key instanceof Name name)) throw error("dictionary key is not a name: " + key);
                            map.put(name.name(), value());
                        }
                    }
                    case "true", "false", "null" -> {
                        return k;
                    }
                    default -> throw error("unexpected '" + k.word() + "'");
                }
            }
            return t;
        }

        Object token() {
            skipSpace();
            if (pos >= end) throw error("unexpected end of data");
            int c = b[pos] & 0xff;
            if (c == '/') {
                int s = ++pos;
                while (pos < end && !white(b[pos] & 0xff) && !delimiter(b[pos] & 0xff)) pos++;
                return new Name(new String(b, s, pos - s, StandardCharsets.ISO_8859_1));
            }
            if (c == '(') return literal();
            if (c == '<') {
                if (pos + 1 < end && b[pos + 1] == '<') {
                    pos += 2;
                    return new Keyword("<<");
                }
                int s = ++pos;
                while (pos < end && b[pos] != '>') pos++;
                if (pos >= end) throw error("unterminated hex string");
                pos++;
                return new Str(new String(b, s, pos - 1 - s, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1));
            }
            if (c == '>' && pos + 1 < end && b[pos + 1] == '>') {
                pos += 2;
                return new Keyword(">>");
            }
            if (c == '[' || c == ']') {
                pos++;
                return new Keyword(String.valueOf((char) c));
            }
            int s = pos;
            while (pos < end && !white(b[pos] & 0xff) && !delimiter(b[pos] & 0xff)) pos++;
            if (pos == s) throw error("unexpected byte " + c);
            String word = new String(b, s, pos - s, StandardCharsets.ISO_8859_1);
            if (word.matches("[+-]?\\d+")) return Long.parseLong(word);
            if (word.matches("[+-]?(\\d+\\.\\d*|\\.\\d+)")) return Double.parseDouble(word);
            return new Keyword(word);
        }

        private Str literal() {
            pos++;
            int depth = 1;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            while (pos < end) {
                int c = b[pos++] & 0xff;
                if (c == '\\') {
                    if (pos < end) out.write(b[pos++]);
                } else if (c == '(') {
                    depth++;
                    out.write(c);
                } else if (c == ')') {
                    if (--depth == 0) return new Str(out.toByteArray());
                    out.write(c);
                } else {
                    out.write(c);
                }
            }
            throw error("unterminated string");
        }

        void expectKeyword(String word) {
            Object t = token();
            if (!(t instanceof Keyword k) || !k.word().equals(word)) throw error("expected '" + word + "', found " + t);
        }
    }

    private static final class Checker {
        final byte[] pdf;
        final List<String> problems = new ArrayList<>();
        final TreeMap<Long, Entry> xref = new TreeMap<>();
        final Map<Long, Obj> objects = new HashMap<>();
        final List<Map<String, Object>> trailers = new ArrayList<>();

        Checker(byte[] pdf) {
            this.pdf = pdf;
        }

        void run() {
            if (!latin1(0, Math.min(8, pdf.length)).startsWith("%PDF-")) problems.add("no %PDF- header");
            String tail = latin1(Math.max(0, pdf.length - 40), pdf.length);
            var m = java.util.regex.Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$").matcher(tail);
            if (!m.find()) throw new Malformed("the file does not end with startxref <offset> %%EOF");
            long start = Long.parseLong(m.group(1));
            readSections(start);
            Map<String, Object> trailer = trailers.get(0);
            Object size = trailer.get("Size");
            if (!(size instanceof Long s)) {
                problems.add("trailer has no /Size");
            } else if (!xref.isEmpty() && s != xref.lastKey() + 1) {
                problems.add("trailer /Size " + s + " is not one plus the highest object number (" + xref.lastKey() + ")");
            }
            if (!xref.containsKey(0L) || xref.get(0L).type() != 0) problems.add("object 0 is not the head of the free list");
            for (var e : xref.entrySet()) if (e.getValue().type() == 1) readAt(e.getKey(), e.getValue());
            for (var e : xref.entrySet()) if (e.getValue().type() == 2) readCompressed(e.getKey(), e.getValue());
            for (Map<String, Object> t : trailers) references(t, "trailer");
            for (Obj o : objects.values()) references(o.value(), "object " + o.num());
            if (!(trailer.get("Root") instanceof Ref)) problems.add("trailer has no /Root reference");
        }

        /** The section at {@code offset} and those its /Prev names, newest first; older entries never override. */
        void readSections(long offset) {
            java.util.Set<Long> seen = new java.util.HashSet<>();
            while (offset >= 0) {
                if (!seen.add(offset)) throw new Malformed("/Prev loop at " + offset);
                if (offset >= pdf.length) throw new Malformed("cross-reference offset " + offset + " is past the end");
                Map<String, Object> dict = latin1((int) offset, (int) Math.min(pdf.length, offset + 4)).equals("xref")
                        ? table((int) offset) : stream((int) offset);
                trailers.add(dict);
                offset = dict.get("Prev") instanceof Long p ? p : -1;
            }
        }

        Map<String, Object> table(int offset) {
            Parser p = new Parser(pdf, offset + 4, pdf.length);
            while (true) {
                Object t = p.token();
                if (t instanceof Keyword k && k.word().equals("trailer")) break;
                if (!(t instanceof Long first) || !(p.token() instanceof Long count)) throw p.error("bad xref subsection header");
                for (long i = 0; i < count; i++) {
                    long f2 = (Long) p.token();
                    long f3 = (Long) p.token();
                    Object kind = p.token();
                    if (!(kind instanceof Keyword k) || !(k.word().equals("n") || k.word().equals("f"))) {
                        throw p.error("bad xref entry for object " + (first + i));
                    }
                    xref.putIfAbsent(first + i, new Entry(k.word().equals("n") ? 1 : 0, f2, f3));
                }
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> trailer = (Map<String, Object>) p.value();
            return trailer;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> stream(int offset) {
            Obj o = parseObject(offset);
            if (!(o.value() instanceof Map<?, ?> m) || !new Name("XRef").equals(m.get("Type"))) {
                throw new Malformed("startxref " + offset + " points at neither 'xref' nor an /XRef stream");
            }
            Map<String, Object> dict = (Map<String, Object>) m;
            List<Object> w = (List<Object>) dict.get("W");
            int[] widths = {((Long) w.get(0)).intValue(), ((Long) w.get(1)).intValue(), ((Long) w.get(2)).intValue()};
            List<Object> index = dict.containsKey("Index") ? (List<Object>) dict.get("Index")
                    : List.of(0L, dict.get("Size"));
            byte[] data = o.data();
            int row = widths[0] + widths[1] + widths[2];
            int pos = 0;
            long lastEnd = -1;
            for (int i = 0; i + 1 < index.size(); i += 2) {
                long first = (Long) index.get(i);
                long count = (Long) index.get(i + 1);
                if (first < lastEnd) problems.add("cross-reference stream subsections overlap or are out of order at " + first);
                lastEnd = first + count;
                for (long n = 0; n < count; n++) {
                    if (pos + row > data.length) throw new Malformed("cross-reference stream data ends before its /Index does");
                    long type = widths[0] == 0 ? 1 : number(data, pos, widths[0]);
                    long f2 = number(data, pos + widths[0], widths[1]);
                    long f3 = number(data, pos + widths[0] + widths[1], widths[2]);
                    pos += row;
                    xref.putIfAbsent(first + n, new Entry((int) type, f2, f3));
                }
            }
            if (pos != data.length) problems.add("cross-reference stream holds " + (data.length - pos) + " bytes beyond its /Index");
            Entry own = xref.get(o.num());
            if (own == null || own.type() != 1 || own.field2() != offset) {
                problems.add("cross-reference stream " + o.num() + " does not list itself at its offset " + offset);
            }
            objects.put(o.num(), o);
            return dict;
        }

        void readAt(long num, Entry e) {
            if (objects.containsKey(num)) return;
            if (e.field2() <= 0 || e.field2() >= pdf.length) {
                problems.add("object " + num + ": offset " + e.field2() + " is outside the file");
                return;
            }
            try {
                Obj o = parseObject((int) e.field2());
                if (o.num() != num || o.gen() != e.field3()) {
                    problems.add("object " + num + " " + e.field3() + ": its offset holds object " + o.num() + " " + o.gen());
                }
                objects.put(num, o);
            } catch (Malformed m) {
                problems.add("object " + num + ": " + m.getMessage());
            }
        }

        void readCompressed(long num, Entry e) {
            Entry container = xref.get(e.field2());
            Obj stm = objects.get(e.field2());
            if (container == null || container.type() != 1 || stm == null) {
                problems.add("object " + num + " is in object stream " + e.field2() + ", which is not in the file");
                return;
            }
            if (!(stm.value() instanceof Map<?, ?> d) || !new Name("ObjStm").equals(d.get("Type"))
                    || !(d.get("N") instanceof Long n) || !(d.get("First") instanceof Long first)) {
                problems.add("object " + num + ": object " + e.field2() + " is not an object stream");
                return;
            }
            byte[] data = stm.data();
            Parser header = new Parser(data, 0, (int) (long) first);
            long[] nums = new long[(int) (long) n];
            long[] offs = new long[(int) (long) n];
            for (int i = 0; i < n; i++) {
                nums[i] = (Long) header.token();
                offs[i] = (Long) header.token();
            }
            if (e.field3() >= n || nums[(int) e.field3()] != num) {
                problems.add("object " + num + ": object stream " + e.field2() + " holds no such object at index " + e.field3());
                return;
            }
            int i = (int) e.field3();
            int from = (int) (first + offs[i]);
            int to = i + 1 < n ? (int) (first + offs[i + 1]) : data.length;
            try {
                Object v = new Parser(data, from, to).value();
                objects.put(num, new Obj(num, 0, v, -1, 0, null));
            } catch (Malformed m) {
                problems.add("object " + num + " in object stream " + e.field2() + ": " + m.getMessage());
            }
        }

        /** An indirect object at {@code offset}: "num gen obj value [stream…endstream] endobj". */
        Obj parseObject(int offset) {
            Parser p = new Parser(pdf, offset, pdf.length);
            if (!(p.token() instanceof Long num) || !(p.token() instanceof Long gen)) throw p.error("no object header");
            p.expectKeyword("obj");
            Object value = p.value();
            int save = p.pos;
            Object next = p.token();
            if (next instanceof Keyword k && k.word().equals("stream")) {
                int start = p.pos;
                if (start < pdf.length && pdf[start] == '\r') start++;
                if (start < pdf.length && pdf[start] == '\n') start++;
                else throw p.error("'stream' not followed by an end of line");
                if (!(value instanceof Map<?, ?> dict)) throw p.error("stream without a dictionary");
                long length = resolveLength(dict.get("Length"));
                if (start + length > pdf.length) throw p.error("stream /Length " + length + " runs past the end of the file");
                p.pos = (int) (start + length);
                p.expectKeyword("endstream");
                p.expectKeyword("endobj");
                byte[] data = decode(dict, start, (int) length, num);
                return new Obj(num, gen, value, start, (int) length, data);
            }
            p.pos = save;
            p.expectKeyword("endobj");
            return new Obj(num, gen, value, -1, 0, null);
        }

        long resolveLength(Object length) {
            if (length instanceof Long l) return l;
            if (length instanceof Ref r) {
                Entry e = xref.get(r.num());
                if (e == null || e.type() != 1) throw new Malformed("stream /Length " + r + " is not a direct object in the file");
                Object v = parseObject((int) e.field2()).value();
                if (v instanceof Long l) return l;
            }
            throw new Malformed("stream without a numeric /Length");
        }

        /** The decoded data of streams this check reads into (xref and object streams); raw for others. */
        byte[] decode(Map<?, ?> dict, int start, int length, long num) {
            Object type = dict.get("Type");
            boolean needed = new Name("XRef").equals(type) || new Name("ObjStm").equals(type);
            if (!needed) return null;
            Object filter = dict.get("Filter");
            if (filter == null) return java.util.Arrays.copyOfRange(pdf, start, start + length);
            if (!new Name("FlateDecode").equals(filter) || dict.containsKey("DecodeParms")) {
                throw new Malformed("object " + num + ": filter " + filter + " is not read by this check");
            }
            Inflater inf = new Inflater();
            try {
                inf.setInput(pdf, start, length);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buf = new byte[8192];
                while (!inf.finished()) {
                    int n = inf.inflate(buf);
                    if (n == 0 && (inf.needsInput() || inf.needsDictionary())) {
                        throw new Malformed("object " + num + ": Flate data ends early");
                    }
                    out.write(buf, 0, n);
                }
                return out.toByteArray();
            } catch (DataFormatException e) {
                throw new Malformed("object " + num + ": bad Flate data: " + e.getMessage());
            } finally {
                inf.end();
            }
        }

        void references(Object v, String where) {
            if (v instanceof Ref r) {
                Entry e = xref.get(r.num());
                if (e == null || e.type() == 0) problems.add(where + " refers to " + r.num() + " " + r.gen() + " R, which is not in the file");
                else if ((e.type() == 1 && e.field3() != r.gen()) || (e.type() == 2 && r.gen() != 0)) {
                    problems.add(where + " refers to " + r.num() + " " + r.gen() + " R; the object has another generation");
                }
            } else if (v instanceof List<?> l) {
                for (Object o : l) references(o, where);
            } else if (v instanceof Map<?, ?> m) {
                for (Object o : m.values()) references(o, where);
            }
        }

        String latin1(int from, int to) {
            return new String(pdf, from, to - from, StandardCharsets.ISO_8859_1);
        }

        static long number(byte[] b, int at, int width) {
            long v = 0;
            for (int i = 0; i < width; i++) v = (v << 8) | (b[at + i] & 0xff);
            return v;
        }
    }
}
