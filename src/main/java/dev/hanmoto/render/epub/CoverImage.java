package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.theme.EpubTheme;
import dev.hanmoto.theme.ThemeFiles;
import java.util.Optional;
import java.util.function.Function;

/**
 * Chooses the book's cover image: the front matter's {@code cover-image} if it names a usable local
 * image (it is then also one of the book's images), else what {@code epub.cover} says — the card drawn
 * at cover size, none, or an image file of the theme.
 */
final class CoverImage {
    private CoverImage() {}

    /**
     * @param coverSource the card's PNG or JPEG bytes for {@code epub.cover: card}, empty for none
     */
    static Optional<ImageResources.Item> choose(Document doc, EpubTheme epub, ThemeFiles files,
                                                Function<Document, Optional<byte[]>> coverSource, ImageResources images,
                                                EpubLayout layout, Diagnostics diags) {
        Optional<String> named = doc.meta().findText(Meta.COVER_IMAGE);
        if (named.isPresent()) {
            Optional<ImageResources.Item> item = images.find(named.get(), doc.source(), doc.source(), SourcePos.NONE);
            if (item.isPresent()) return item;
        }
        Optional<byte[]> bytes = epub.cover() instanceof EpubTheme.Cover.Image image ? files.findBytes(image.file())
                : epub.cover() instanceof EpubTheme.Cover.Card ? coverSource.apply(doc) : Optional.<byte[]>empty();
        if (bytes.isEmpty()) return Optional.empty();
        Optional<String> type = ImageResources.mediaType(bytes.get());
        if (type.isEmpty()) {
            diags.report(Diagnostic.warning("epub-cover-type", "cover image is not PNG, JPEG, GIF or WebP; the book has no cover",
                    doc.source(), 0, 0));
            return Optional.empty();
        }
        return Optional.of(new ImageResources.Item(layout.image() + "cover." + ImageResources.extension(type.get()),
                type.get(), bytes.get()));
    }
}
