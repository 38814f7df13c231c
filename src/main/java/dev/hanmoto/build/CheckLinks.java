package dev.hanmoto.build;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.transform.AssignHeadingIds;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an article's links within itself ({@code #fragment}) before any renderer sees them, so
 * that the PDF and the EPUB agree and each problem is reported once. The fragment is percent-decoded
 * first ({@code #%E3%82%B3%E3%83%BC%E3%83%89} is {@code #コード}, as GitHub writes links to Japanese
 * headings), then looked up as an id, then as a heading text's id ({@link AssignHeadingIds#slug}:
 * GitHub's {@code #2-setup}, Zenn's {@code #とは？} find their headings). A link that finds nothing is
 * a located warning (an error under {@code --strict}) and becomes its text
 * ({@code <span class="broken-link">}): a renderer never gets a link to nowhere, so openhtmltopdf's
 * own unlocated "Could not find valid target" cannot follow.
 *
 * <p>Runs on each article after the standard transforms (heading ids must be there). A book's links
 * are resolved by the book loader, across its chapters.
 */
final class CheckLinks {
    /** The class of the text of a link that went nowhere (also the EPUB renderer's). */
    static final String BROKEN_LINK = "broken-link";

    Document apply(Document doc, Diagnostics diags) {
        Set<String> ids = AssignHeadingIds.ids(doc.blocks());
        return doc.withBlocks(Walk.mapInlines(doc.blocks(), i -> {
            if (!(i instanceof Inline.Link l) || !l.target().strip().startsWith("#")) return List.of(i);
            String written = l.target().strip().substring(1);
            String fragment = decode(written);
            Optional<String> id = ids.contains(fragment) ? Optional.of(fragment)
                    : Optional.of(AssignHeadingIds.slug(fragment)).filter(ids::contains);
            if (id.isPresent()) {
                if (id.get().equals(written)) return List.of(i);
                return List.of(new Inline.Link(l.attr(), l.content(), "#" + id.get(), l.title(), l.pos()));
            }
            SourcePos p = l.pos();
            diags.report(Diagnostic.warning("link-target", "link '#" + written + "' goes nowhere: "
                    + (fragment.isEmpty() ? "it names no id" : "no heading or element has the id '" + fragment + "'")
                    + "; its text is kept", p.fileOr(doc.source()), p.line(), p.col()));
            return List.of(new Inline.Span(Attr.classes(BROKEN_LINK), l.content()));
        }));
    }

    /** A fragment's percent escapes decoded as UTF-8 (a '+' stays a '+'); as written if it is no valid URI fragment. */
    static String decode(String s) {
        if (s.indexOf('%') < 0) return s;
        try {
            String f = new URI("#" + s).getFragment();
            return f == null ? s : f;
        } catch (URISyntaxException e) {
            return s;
        }
    }
}
