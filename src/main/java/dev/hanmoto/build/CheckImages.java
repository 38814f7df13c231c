package dev.hanmoto.build;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.files.InsideFolder;
import dev.hanmoto.render.SafeSvg;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks every image a source names before any renderer reads it, so that all outputs agree and no
 * renderer ever opens a file it should not. An image that cannot be used becomes its alternative
 * text ({@code <span class="image-alt">}) with a located warning (an error under {@code --strict}):
 * remote ({@code http:}/{@code https:}: never fetched, a build has no network access), absolute or
 * outside the project (also through a symbolic link), missing, empty, not an image by its bytes,
 * structurally corrupt, SVG with a DOCTYPE (entities could read files), scripts, event handlers or
 * external references, and rasters over {@value #MAX_PIXELS} pixels — read from the header, never by
 * decoding the pixels, so a 50,000×50,000 PNG costs a few bytes of reading, not 10 GB of memory.
 *
 * <p>Runs on each article as read, before the transforms; paths are relative to the source file.
 */
final class CheckImages {
    /** Largest raster accepted, width × height (100 megapixels: 400 MB decoded as ARGB). */
    static final long MAX_PIXELS = 100_000_000L;

    /** Largest image file read, bytes (64 MiB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final Path projectDir;

    CheckImages(Path projectDir) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
    }

    Document apply(Document doc, Diagnostics diags) {
        Path source = doc.source();
        return new Document(doc.meta(), Walk.mapInlines(doc.blocks(), i -> {
            if (!(i instanceof Inline.Image img)) return List.of(i);
            Optional<String> problem = problem(img.src(), source);
            if (problem.isEmpty()) return List.of(i);
            SourcePos p = img.pos();
            diags.report(Diagnostic.warning("image-unusable", problem.get() + "; its alt text is shown instead",
                    p.fileOr(source), p.line(), p.col()));
            return List.of(new Inline.Span(Attr.classes("image-alt"), img.alt()));
        }), source);
    }

    /** Why {@code src} cannot be used, or empty if it can. */
    private Optional<String> problem(String src, Path source) {
        String s = src.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        String quoted = "image '" + src + "'";
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("//")) {
            return Optional.of(quoted + " is remote and not fetched (a build has no network access)");
        }
        if (lower.matches("[a-z][a-z0-9+.-]*:.*") && !lower.matches("[a-z]:[\\\\/].*")) {
            return Optional.of(quoted + " is not a local file");
        }
        int cut = indexOfQueryOrFragment(s);
        if (cut >= 0) s = s.substring(0, cut);
        Path file;
        try {
            String decoded = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.startsWith("/") || decoded.startsWith("\\") || Path.of(decoded).isAbsolute()) {
                return Optional.of(quoted + " is an absolute path; write it relative to the Markdown file");
            }
            Path base = source.toAbsolutePath().getParent();
            file = base.resolve(decoded).normalize();
            Dependencies.read(file); // for the build cache, found or not: an image added later changes the outputs
        } catch (IllegalArgumentException e) { // also InvalidPathException
            return Optional.of(quoted + " is not a valid file name");
        }
        InsideFolder.Verdict place = InsideFolder.check(projectDir, file);
        if (place == InsideFolder.Verdict.OUTSIDE) return Optional.of(quoted + " is outside the project folder");
        if (!Files.exists(file)) return Optional.of(quoted + " not found");
        if (place == InsideFolder.Verdict.LINKED_OUTSIDE) return Optional.of(quoted + " is a link to a file outside the project folder");
        try {
            if (!Files.isRegularFile(file)) return Optional.of(quoted + " is not a file");
            long size = Files.size(file);
            if (size == 0) return Optional.of(quoted + " is an empty file");
            if (size > MAX_BYTES) return Optional.of(quoted + " is " + size + " bytes; the limit is " + MAX_BYTES + " bytes (64 MiB)");
            return content(Files.readAllBytes(file), quoted);
        } catch (IOException e) {
            return Optional.of("cannot read " + quoted + ": " + e.getMessage());
        }
    }

    /** Checks the bytes themselves; the file name's extension is not trusted. */
    static Optional<String> content(byte[] b, String quoted) {
        if (isPng(b)) {
            if (!pngChunksIntact(b)) return Optional.of(quoted + " is a corrupt PNG (truncated or damaged)");
            return dimensions(b, quoted);
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            if (!endsWith(b, 0xFF, 0xD9)) return Optional.of(quoted + " is a corrupt JPEG (truncated)");
            return dimensions(b, quoted);
        }
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') {
            if (!endsWith(b, 0x3B)) return Optional.of(quoted + " is a corrupt GIF (truncated)");
            return dimensions(b, quoted);
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return Optional.empty();
        }
        if (looksLikeXml(b)) return svg(b, quoted);
        return Optional.of(quoted + " is not an image (PNG, JPEG, GIF, WebP or SVG) by its contents");
    }

    private static boolean isPng(byte[] b) {
        return b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G'
                && b[4] == 0x0D && b[5] == 0x0A && b[6] == 0x1A && b[7] == 0x0A;
    }

    /** Every chunk's length and CRC is right, IHDR comes first and IEND closes the file (PNG spec §5). */
    private static boolean pngChunksIntact(byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b);
        int at = 8;
        boolean first = true;
        while (at + 12 <= b.length) {
            long len = buf.getInt(at) & 0xffffffffL;
            if (len > b.length - at - 12L) return false;
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            if (first && !type.equals("IHDR")) return false;
            first = false;
            CRC32 crc = new CRC32();
            crc.update(b, at + 4, 4 + (int) len);
            if ((int) crc.getValue() != buf.getInt(at + 8 + (int) len)) return false;
            at += 12 + (int) len;
            if (type.equals("IEND")) return true;
        }
        return false;
    }

    private static boolean endsWith(byte[] b, int... tail) {
        int end = b.length;
        while (end > 0 && b[end - 1] == 0) end--; // padding some writers leave after the trailer
        if (end < tail.length) return false;
        for (int k = 0; k < tail.length; k++) {
            if ((b[end - tail.length + k] & 0xff) != tail[k]) return false;
        }
        return true;
    }

    /** Width and height from the header (ImageIO reads no pixels for getWidth/getHeight). */
    private static Optional<String> dimensions(byte[] b, String quoted) {
        // In memory: ImageIO.createImageInputStream would cache the stream in a temporary file.
        try (ImageInputStream in = new javax.imageio.stream.MemoryCacheImageInputStream(new ByteArrayInputStream(b))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) return Optional.of(quoted + " is in an image format that cannot be read");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w <= 0 || h <= 0) return Optional.of(quoted + " has no pixels (" + w + "×" + h + ")");
                if (w * h > MAX_PIXELS) {
                    return Optional.of(quoted + " is " + w + "×" + h + " pixels; the limit is "
                            + MAX_PIXELS / 1_000_000 + " megapixels");
                }
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.of(quoted + " is a corrupt image (its header cannot be read)");
        }
    }

    private static boolean looksLikeXml(byte[] b) {
        int i = 0;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) i = 3;
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) i++;
        return i < b.length && b[i] == '<';
    }

    /** SVG is used only when {@link SafeSvg} finds nothing active or external in it. */
    private static Optional<String> svg(byte[] b, String quoted) {
        return SafeSvg.refusal(b).map(why -> quoted + " " + (why.equals(SafeSvg.NOT_SVG)
                ? "is not an image (PNG, JPEG, GIF, WebP or SVG) by its contents" : why));
    }

    private static int indexOfQueryOrFragment(String s) {
        int q = s.indexOf('?');
        int h = s.indexOf('#');
        if (q < 0) return h;
        if (h < 0) return q;
        return Math.min(q, h);
    }
}
