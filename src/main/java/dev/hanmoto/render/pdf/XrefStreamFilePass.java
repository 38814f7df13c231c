package dev.hanmoto.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Gives the cross-reference stream of a saved PDF its own entry. PDFBox 3 writes the stream as the
 * file's last object, numbered one above every other, and lists every object but itself: {@code /Size}
 * then counts an object number the table never mentions, which qpdf and print-shop preflight report
 * ("reported number of objects is not one plus the highest object number"). ISO 32000-1 §7.5.8.3 has
 * /Size one greater than the highest object number used; the stream is such an object, and the
 * stream lists it as any writer that includes itself does (qpdf, pdfTeX, Acrobat).
 *
 * <p>Works on the bytes PDFBox wrote: the stream starts where {@code startxref} points, so rewriting
 * the file from there on moves no other object. Field widths ({@code /W}) are chosen anew, since the
 * stream's own offset may need a wider field than the entries PDFBox sized them for.
 */
final class XrefStreamFilePass implements FilePass {
    @Override
    public byte[] apply(byte[] pdf) {
        return selfListing(pdf);
    }

    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)\\s+%%EOF\\s*$");
    private static final Pattern OBJ = Pattern.compile("(\\d+) (\\d+) obj\\s*<<");
    private static final Pattern W = Pattern.compile("/W\\s*\\[\\s*(\\d+)\\s+(\\d+)\\s+(\\d+)\\s*\\]");
    private static final Pattern INDEX = Pattern.compile("/Index\\s*\\[([\\d\\s]*)\\]");
    private static final Pattern LENGTH = Pattern.compile("/Length\\s+(\\d++)(?!\\s+\\d+\\s+R)");
    private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");

    /**
     * The PDF with its cross-reference stream listing itself; the bytes as they are when the file ends
     * in a classic table, or the stream already lists itself. A stream this pass does not know how to
     * read (a predictor, another filter) is a bug here, not the user's: it throws.
     */
    static byte[] selfListing(byte[] pdf) {
        String tail = latin1(pdf, Math.max(0, pdf.length - 64), pdf.length);
        Matcher sx = STARTXREF.matcher(tail);
        if (!sx.find()) throw new IllegalStateException("saved PDF does not end in startxref … %%EOF");
        int at = Integer.parseInt(sx.group(1));
        // The object's dictionary runs up to "stream"; PDFBox writes no nested dictionaries in it.
        int streamKw = indexOf(pdf, "stream".getBytes(StandardCharsets.US_ASCII), at);
        if (streamKw < 0) throw new IllegalStateException("no stream at startxref " + at);
        String head = latin1(pdf, at, streamKw);
        Matcher obj = OBJ.matcher(head);
        if (!obj.lookingAt()) {
            if (head.startsWith("xref")) return pdf;
            throw new IllegalStateException("startxref " + at + " points at neither a table nor an object");
        }
        if (!head.contains("/XRef") || !head.contains("/FlateDecode") || head.contains("/DecodeParms")
                || head.contains("/Prev")) {
            throw new IllegalStateException("unexpected cross-reference stream: " + head.strip());
        }
        long self = Long.parseLong(obj.group(1));
        int gen = Integer.parseInt(obj.group(2));
        Matcher w = find(W, head);
        Matcher index = find(INDEX, head);
        Matcher length = find(LENGTH, head);
        int[] widths = {Integer.parseInt(w.group(1)), Integer.parseInt(w.group(2)), Integer.parseInt(w.group(3))};
        int dataStart = streamKw + "stream".length();
        if (pdf[dataStart] == '\r') dataStart++;
        if (pdf[dataStart] == '\n') dataStart++;
        int len = Integer.parseInt(length.group(1));
        byte[] raw = inflate(pdf, dataStart, len);

        TreeMap<Long, long[]> entries = new TreeMap<>();
        String[] idx = index.group(1).trim().split("\\s+");
        int rowSize = widths[0] + widths[1] + widths[2];
        int pos = 0;
        for (int i = 0; i + 1 < idx.length; i += 2) {
            long first = Long.parseLong(idx[i]);
            long count = Long.parseLong(idx[i + 1]);
            for (long n = 0; n < count; n++) {
                long[] row = new long[3];
                for (int f = 0; f < 3; f++) {
                    row[f] = widths[f] == 0 ? (f == 0 ? 1 : 0) : number(raw, pos, widths[f]);
                    pos += widths[f];
                }
                entries.put(first + n, row);
            }
        }
        if (pos != raw.length) throw new IllegalStateException("cross-reference stream holds " + raw.length
                + " bytes, its /Index and /W describe " + pos + " (" + rowSize + " a row)");
        if (entries.containsKey(self)) return pdf;
        entries.put(self, new long[] {1, at, gen});

        int[] newWidths = {1, bytesFor(entries.values().stream().mapToLong(r -> r[1]).max().orElse(0)),
                bytesFor(entries.values().stream().mapToLong(r -> r[2]).max().orElse(0))};
        ByteArrayOutputStream rows = new ByteArrayOutputStream();
        for (long[] row : entries.values()) {
            for (int f = 0; f < 3; f++) {
                for (int b = newWidths[f] - 1; b >= 0; b--) rows.write((int) (row[f] >>> (8 * b)));
            }
        }
        byte[] packed = deflate(rows.toByteArray());

        String dict = head.substring(0, head.lastIndexOf(">>") + 2);
        dict = W.matcher(dict).replaceFirst("/W [" + newWidths[0] + " " + newWidths[1] + " " + newWidths[2] + "]");
        dict = INDEX.matcher(dict).replaceFirst("/Index [" + subsections(entries) + "]");
        dict = LENGTH.matcher(dict).replaceFirst("/Length " + packed.length);
        long size = entries.lastKey() + 1;
        dict = SIZE.matcher(dict).replaceFirst("/Size " + size);

        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 64);
        out.write(pdf, 0, at);
        out.writeBytes(dict.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes("\nstream\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(packed);
        out.writeBytes(("\r\nendstream\nendobj\nstartxref\n" + at + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    /** {@code first count} pairs for each run of consecutive object numbers. */
    private static String subsections(TreeMap<Long, long[]> entries) {
        List<String> parts = new ArrayList<>();
        long first = -1;
        long prev = -2;
        for (long n : entries.keySet()) {
            if (n != prev + 1) {
                if (first >= 0) parts.add(first + " " + (prev - first + 1));
                first = n;
            }
            prev = n;
        }
        parts.add(first + " " + (prev - first + 1));
        return String.join(" ", parts);
    }

    private static int bytesFor(long max) {
        int n = 1;
        while (n < 8 && (max >>> (8 * n)) != 0) n++;
        return n;
    }

    private static long number(byte[] b, int at, int width) {
        long v = 0;
        for (int i = 0; i < width; i++) v = (v << 8) | (b[at + i] & 0xff);
        return v;
    }

    private static Matcher find(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) throw new IllegalStateException("cross-reference stream without " + p.pattern() + ": " + s.strip());
        return m;
    }

    private static byte[] inflate(byte[] b, int at, int len) {
        Inflater inf = new Inflater();
        try {
            inf.setInput(b, at, len);
            ByteArrayOutputStream out = new ByteArrayOutputStream(len * 4);
            byte[] buf = new byte[8192];
            while (!inf.finished()) {
                int n = inf.inflate(buf);
                if (n == 0 && (inf.needsInput() || inf.needsDictionary())) break;
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IllegalStateException("cross-reference stream is not valid Flate data", e);
        } finally {
            inf.end();
        }
    }

    /** Flate at zlib's default level, as PDFBox compresses its streams: the same JDK gives the same bytes. */
    private static byte[] deflate(byte[] data) {
        Deflater def = new Deflater(Deflater.DEFAULT_COMPRESSION);
        try {
            def.setInput(data);
            def.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 2 + 64);
            byte[] buf = new byte[8192];
            while (!def.finished()) out.write(buf, 0, def.deflate(buf));
            return out.toByteArray();
        } finally {
            def.end();
        }
    }

    private static String latin1(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = from; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }
}
