package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.files.InsideFolder;
import dev.hanmoto.html.HtmlPolicy;
import dev.hanmoto.render.SafeSvg;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The images of one book: local files are read, checked by their bytes (PNG, JPEG, GIF, WebP, and SVG
 * that {@link SafeSvg} accepts) and given a package path ({@code image/img-001.png}); remote (anything
 * {@link HtmlPolicy#isLocalFile} does not take for a file), missing, outside-the-project and unsupported
 * images are replaced by their alternative text with a warning, because EPUB 3 forbids remote images
 * in reflowable content (EPUB 3.3 §3.6) and a build must never read outside the project.
 */
final class ImageResources {
    /** A file of the package: its package-relative href, media type and bytes. */
    record Item(String href, String mediaType, byte[] bytes) {}

    private final EpubLayout layout;
    private final Path projectDir;
    private final Diagnostics diags;
    private final Map<Path, Item> items = new LinkedHashMap<>();

    ImageResources(EpubLayout layout, Path projectDir, Diagnostics diags) {
        this.layout = layout;
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.diags = diags;
    }

    /** The copied images, in first-use order. */
    List<Item> items() {
        return List.copyOf(items.values());
    }

    /**
     * Rewrites every image in {@code blocks}: {@code src} becomes the package-relative href of the
     * copied file, or "" (alt text only) when the image cannot be used; empty alt text is filled in.
     * Sources are relative to {@code baseFile}'s folder; warnings name {@code sourceFile}.
     */
    List<Block> resolve(List<Block> blocks, Path baseFile, Path sourceFile) {
        return Walk.mapInlines(blocks, i -> {
            if (!(i instanceof Inline.Image img)) return List.of(i);
            List<Inline> alt = img.alt();
            if (Walk.plainText(alt).isBlank()) {
                String fallback = !img.title().isBlank() ? img.title() : fileStem(img.src());
                warn(sourceFile, img.pos(), "image-alt-missing",
                        "image '" + img.src() + "' has no alternative text; using '" + fallback + "' (write ![description](" + img.src() + "))");
                alt = List.of(new Inline.Text(fallback, SourcePos.NONE));
            }
            String href = find(img.src(), baseFile, sourceFile, img.pos()).map(Item::href).orElse("");
            return List.of(new Inline.Image(img.attr(), alt, href, img.title(), img.pos()));
        });
    }

    /**
     * The image {@code src} names, read and added to the book, if it can be used.
     *
     * @param baseFile   relative sources start from this file's folder (a book's images are already
     *                   relative to the book folder, whatever chapter they are in)
     * @param sourceFile the file {@code pos} refers to, for diagnostics
     */
    Optional<Item> find(String src, Path baseFile, Path sourceFile, SourcePos pos) {
        String s = src.strip();
        if (!HtmlPolicy.isLocalFile(s)) {
            warn(sourceFile, pos, "epub-remote-image",
                    "image '" + src + "' is not a local file; EPUB allows no remote resources, so its alt text is shown instead");
            return Optional.empty();
        }
        int cut = indexOfAny(s, '?', '#');
        if (cut >= 0) s = s.substring(0, cut);
        Path file;
        try {
            String decoded = URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
            Path base = baseFile.toAbsolutePath().getParent();
            file = decoded.startsWith("/") ? projectDir.resolve(decoded.substring(1)) : base.resolve(decoded);
            file = file.normalize();
        } catch (IllegalArgumentException e) { // also InvalidPathException
            warn(sourceFile, pos, "epub-image-path", "image path '" + src + "' is not a valid file name");
            return Optional.empty();
        }
        InsideFolder.Verdict place = InsideFolder.check(projectDir, file);
        if (place == InsideFolder.Verdict.OUTSIDE) {
            warn(sourceFile, pos, "epub-image-outside", "image '" + src + "' is outside the project directory " + projectDir + "; not copied");
            return Optional.empty();
        }
        Item known = items.get(file);
        if (known != null) return Optional.of(known);
        if (!Files.isRegularFile(file)) {
            warn(sourceFile, pos, "epub-image-missing", "image '" + src + "' not found (looked for " + file + ")");
            return Optional.empty();
        }
        if (place == InsideFolder.Verdict.LINKED_OUTSIDE) {
            warn(sourceFile, pos, "epub-image-outside", "image '" + src + "' is a link to a file outside the project directory; not copied");
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            warn(sourceFile, pos, "epub-image-io", "cannot read image '" + src + "': " + e.getMessage());
            return Optional.empty();
        }
        Optional<String> type = mediaType(bytes);
        if (type.isEmpty() && looksLikeSvg(bytes)) {
            Optional<String> refused = SafeSvg.refusal(bytes);
            if (refused.isPresent()) {
                warn(sourceFile, pos, "epub-image-svg", "SVG image '" + src + "' " + refused.get() + "; its alt text is shown instead");
                return Optional.empty();
            }
            type = Optional.of("image/svg+xml");
        }
        if (type.isEmpty()) {
            warn(sourceFile, pos, "epub-image-type", "image '" + src + "' is not PNG, JPEG, GIF, WebP or SVG; its alt text is shown instead");
            return Optional.empty();
        }
        String href = layout.image() + String.format(Locale.ROOT, "img-%03d.%s", items.size() + 1, extension(type.get()));
        Item item = new Item(href, type.get(), bytes);
        items.put(file, item);
        return Optional.of(item);
    }

    /** The media type of raster image bytes, by their signature; EPUB 3.3 core media types only. */
    static Optional<String> mediaType(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return Optional.of("image/png");
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) return Optional.of("image/jpeg");
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') return Optional.of("image/gif");
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return Optional.of("image/webp");
        return Optional.empty();
    }

    /** Whether the bytes start like an SVG document (after a BOM, XML declaration, comments, space). */
    static boolean looksLikeSvg(byte[] b) {
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.UTF_8).replace("\uFEFF", "");
        return head.contains("<svg") && head.stripLeading().startsWith("<");
    }

    static String extension(String mediaType) {
        return switch (mediaType) {
            case "image/svg+xml" -> "svg";
            case "image/jpeg" -> "jpg";
            case "image/gif" -> "gif";
            case "image/webp" -> "webp";
            default -> "png";
        };
    }

    private static String fileStem(String src) {
        String s = src;
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        if (slash >= 0) s = s.substring(slash + 1);
        int dot = s.lastIndexOf('.');
        if (dot > 0) s = s.substring(0, dot);
        return s.isBlank() ? "image" : s;
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        if (i < 0) return j;
        if (j < 0) return i;
        return Math.min(i, j);
    }

    private void warn(Path file, SourcePos pos, String code, String message) {
        diags.report(Diagnostic.warning(code, message, pos.fileOr(file), pos.line(), pos.col()));
    }
}
