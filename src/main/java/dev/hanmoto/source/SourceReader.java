package dev.hanmoto.source;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one source file into a {@link Document}: bytes → strict UTF-8 text → front matter →
 * Markdown. The document is untransformed; apply {@code dev.hanmoto.transform.Transforms} next.
 *
 * <p>Problems are collected in the {@link Diagnostics} passed in: invalid UTF-8
 * ({@code invalid-utf8}) and NUL characters ({@code nul-character}) are errors at their line:col and
 * are replaced by U+FFFD so that reading goes on and reports everything at once; an empty file is
 * an {@code empty-document} error. <b>Callers must check {@link Diagnostics#hasErrors()}</b> (or call
 * {@link Diagnostics#throwIfErrors()}) before rendering. Only failures that leave nothing to read —
 * a missing or unreadable file, a file over {@value #MAX_BYTES} bytes — throw, and only
 * {@link UserError}.
 */
public final class SourceReader {
    /** Largest source accepted, in bytes (20 MiB). */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** At most this many encoding problems are reported per file; the rest are only replaced. */
    private static final int MAX_REPORTS = 20;

    private SourceReader() {}

    /** Reads {@code file}; see the class comment for what is reported and what is thrown. */
    public static Document read(Path file, Diagnostics diags) {
        return read(file, Preprocessor.NONE, diags);
    }

    /** Reads {@code file}, its body expanded by {@code pre} before it is parsed. */
    public static Document read(Path file, Preprocessor pre, Diagnostics diags) {
        return read(bytes(file), file, pre, diags);
    }

    /**
     * The text of a file as the reader sees it — strict UTF-8 (problems reported at their line:col),
     * BOM dropped, line ends made {@code \n} — for a file a book pulls into a source ({@code {{#include}}}).
     *
     * @throws UserError when the file is missing, unreadable, a folder or over {@value #MAX_BYTES} bytes
     */
    public static String readText(Path file, Diagnostics diags) {
        return normalizeLineEnds(decode(bytes(file), file, diags));
    }

    private static byte[] bytes(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new UserError(Diagnostic.error("document-too-large", "file is " + size
                        + " bytes; the limit is " + MAX_BYTES + " bytes (20 MiB)", file, 0, 0));
            }
            if (Files.isDirectory(file)) {
                throw new UserError(Diagnostic.error("file-unreadable", "is a directory, not a Markdown file", file, 0, 0));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(Diagnostic.error("file-not-found", "no such file", file, 0, 0));
        } catch (IOException e) {
            throw new UserError(Diagnostic.error("file-unreadable", "cannot read the file: " + e.getMessage(), file, 0, 0));
        }
        return bytes;
    }

    /** Reads a source given as bytes; {@code file} names it in diagnostics and becomes the document's source. */
    public static Document read(byte[] bytes, Path file, Diagnostics diags) {
        return read(bytes, file, Preprocessor.NONE, diags);
    }

    /** As {@link #read(byte[], Path, Diagnostics)}, the body expanded by {@code pre} before it is parsed. */
    public static Document read(byte[] bytes, Path file, Preprocessor pre, Diagnostics diags) {
        if (bytes.length > MAX_BYTES) {
            throw new UserError(Diagnostic.error("document-too-large", "file is " + bytes.length
                    + " bytes; the limit is " + MAX_BYTES + " bytes (20 MiB)", file, 0, 0));
        }
        String text = normalizeLineEnds(decode(bytes, file, diags));
        if (text.isBlank()) {
            diags.report(Diagnostic.error("empty-document", "file is empty; there is nothing to build", file, 0, 0));
            return new Document(dev.hanmoto.ast.Meta.EMPTY, List.of(), file);
        }
        FrontMatter fm = FrontMatterReader.read(text, file, diags);
        SourceText source = SourceText.of(text);
        if (pre != Preprocessor.NONE) {
            int start = fm.bodyStart();
            SourceText body = SourceText.builder().append(source, start, source.length()).build();
            source = SourceText.builder().append(source, 0, start).append(pre.expand(body, file, diags)).build();
        }
        List<Block> blocks = MarkdownReader.read(source, fm.bodyStart(), file, diags, pre.rendersTemplateTags());
        return new Document(fm.meta(), blocks, file);
    }

    /**
     * Decodes strict UTF-8: a leading BOM is dropped, each malformed or unmappable sequence and each
     * NUL is reported at its line:col and replaced by U+FFFD.
     */
    static String decode(byte[] bytes, Path file, Diagnostics diags) {
        int skip = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        CharBuffer out = CharBuffer.allocate(bytes.length - skip + 16);
        List<Integer> bad = new ArrayList<>();
        List<Integer> badLength = new ArrayList<>();
        while (true) {
            CoderResult r = dec.decode(in, out, true);
            if (r.isUnderflow()) break;
            if (r.isError()) {
                bad.add(out.position());
                badLength.add(r.length());
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else {
                // Overflow cannot happen: UTF-8 never yields more chars than it has bytes.
                throw new IllegalStateException("UTF-8 decoder overflow: " + r);
            }
        }
        dec.flush(out);
        out.flip();
        char[] chars = new char[out.remaining()];
        out.get(chars);
        List<Integer> nuls = new ArrayList<>();
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\0') { nuls.add(i); chars[i] = '\uFFFD'; }
        }
        if (!bad.isEmpty() || !nuls.isEmpty()) {
            LineIndex lines = new LineIndex(CharBuffer.wrap(chars));
            int reported = 0;
            for (int k = 0; k < bad.size() && reported < MAX_REPORTS; k++, reported++) {
                SourcePos p = lines.pos(bad.get(k));
                diags.report(Diagnostic.error("invalid-utf8", "invalid UTF-8 (" + badLength.get(k)
                        + " bad byte" + (badLength.get(k) == 1 ? "" : "s") + "); save the file as UTF-8",
                        file, p.line(), p.col()));
            }
            for (int k = 0; k < nuls.size() && reported < MAX_REPORTS; k++, reported++) {
                SourcePos p = lines.pos(nuls.get(k));
                diags.report(Diagnostic.error("nul-character", "NUL character (U+0000) in the text; is this a binary file?",
                        file, p.line(), p.col()));
            }
            int rest = bad.size() + nuls.size() - reported;
            if (rest > 0) {
                diags.report(Diagnostic.error("invalid-utf8", rest + " more encoding problems not shown", file, 0, 0));
            }
        }
        return new String(chars);
    }

    /** CRLF and lone CR become LF, so every later stage sees one kind of line end; lines keep their numbers. */
    static String normalizeLineEnds(String s) {
        if (s.indexOf('\r') < 0) return s;
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                sb.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
