package dev.hanmoto.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Takes out of each page the artifacts that mark nothing: {@code /Artifact /PropN BDC EMC} with no
 * operator between, and their property lists. openhtmltopdf 1.1.65 opens a background artifact (with
 * a {@code /Type /Background} property list naming the box's bounds) before and after every box it
 * paints, and keeps it when the box "has non-text content"; its test for a background image asks
 * whether {@code background-image} is the keyword {@code none}, but since CSS 3's several backgrounds
 * the value is a list, so every box passes. Each inline box then leaves two empty sequences and two
 * property lists (indirect objects): two-thirds of the objects of a text or code book, and more per
 * token span of highlighted code (issue 15). Empty marked content has no meaning in a tagged PDF
 * (ISO 32000-1 14.6; an artifact outside the structure tree, PDF/UA-1 7.1), so taking it out changes
 * nothing a reader, an extractor or a validator sees, only the file's size and the time to save it.
 *
 * <p>The page is read as bytes, skipping strings (a glyph code's bytes could spell anything), and
 * only the exact empty form openhtmltopdf writes is removed; a property list is dropped from the
 * page's resources only when the content names it no more. A page with nothing to take out is left
 * as it was.
 */
final class EmptyArtifactPagePass implements PagePass {
    /** An artifact with a named property list and nothing in it: {@code /Artifact /Prop12 BDC EMC}. */
    private static final Pattern EMPTY = Pattern.compile("/Artifact\\s*/(Prop\\d+)\\s+BDC\\s+EMC(?:\\s+|$)");

    @Override
    public void apply(PDDocument pdf, PageContext ctx) throws IOException {
        for (PDPage page : pdf.getPages()) clean(pdf, page);
    }

    /** Removes the page's empty artifacts and the property lists only they named; true if any went. */
    static boolean clean(PDDocument doc, PDPage page) throws IOException {
        PDResources res = page.getResources();
        COSDictionary props = res == null ? null : res.getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (props == null || props.size() == 0) return false;
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        String s = new String(content, StandardCharsets.ISO_8859_1);
        Set<String> removed = new HashSet<>();
        Set<String> named = new HashSet<>();
        String kept = withoutEmpty(s, removed, named);
        if (removed.isEmpty()) return false;
        page.setContents(new PDStream(doc, new ByteArrayInputStream(kept.getBytes(StandardCharsets.ISO_8859_1)), COSName.FLATE_DECODE));
        for (String name : removed) {
            if (!named.contains(name)) props.removeItem(COSName.getPDFName(name));
        }
        return true;
    }

    /**
     * {@code content} without its empty artifacts, whose property names go into {@code removed}; the
     * property names ({@code /PropN}) the content keeps go into {@code named}. Literal strings
     * ({@code (...)}, with escapes and nesting) and hex strings ({@code <...>}, not a {@code <<}
     * dictionary) are copied as they are.
     */
    static String withoutEmpty(String content, Set<String> removed, Set<String> named) {
        StringBuilder out = null;
        int copied = 0;
        int n = content.length();
        Matcher m = EMPTY.matcher(content);
        for (int i = 0; i < n; ) {
            char c = content.charAt(i);
            if (c == '(') {
                i = afterLiteral(content, i);
            } else if (c == '<' && i + 1 < n && content.charAt(i + 1) != '<') {
                int close = content.indexOf('>', i + 1);
                i = close < 0 ? n : close + 1;
            } else if (c == '/' && (i == 0 || isSpace(content.charAt(i - 1))) && content.startsWith("/Artifact", i)
                    && m.region(i, n).lookingAt()) {
                if (out == null) out = new StringBuilder(n);
                out.append(content, copied, i);
                removed.add(m.group(1));
                i = m.end();
                copied = i;
            } else if (c == '/' && content.startsWith("/Prop", i)) {
                int end = i + 5;
                while (end < n && Character.isDigit(content.charAt(end))) end++;
                if (end > i + 5 && (end == n || !isNameChar(content.charAt(end)))) named.add(content.substring(i + 1, end));
                i = end;
            } else {
                i++;
            }
        }
        if (out == null) return content;
        out.append(content, copied, n);
        return out.toString();
    }

    /** The index after the literal string that opens at {@code open}. */
    private static int afterLiteral(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
        }
        return s.length();
    }

    /** A character that continues a name (anything but white space and delimiters, ISO 32000-1 7.2.2). */
    private static boolean isNameChar(char c) {
        return !isSpace(c) && "()<>[]{}/%".indexOf(c) < 0;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }
}
