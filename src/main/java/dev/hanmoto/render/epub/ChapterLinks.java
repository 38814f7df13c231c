package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Attr;
import dev.hanmoto.ast.Block;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.html.HtmlPolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Links once the book is split into files: which file each element id lives in, links EPUBCheck would
 * reject (kept as text with a warning), and the href a {@code #fragment} becomes in a given chapter
 * file ({@code ch-003.xhtml#id} when the id lives in another file).
 */
final class ChapterLinks {
    private final Map<String, String> idFile;

    private ChapterLinks(Map<String, String> idFile) {
        this.idFile = idFile;
    }

    /** The ids the XHTML writer emits for the chapters' blocks and inlines, each with its (first) file. */
    static ChapterLinks of(List<Chapter> chapters) {
        Map<String, String> map = new HashMap<>();
        for (Chapter ch : chapters) {
            Walk.forEach(ch.blocks(), b -> {
                String id = "";
                if (b instanceof Block.Heading h) id = h.attr().id();
                else if (b instanceof Block.Table t) id = t.attr().id();
                else if (b instanceof Block.Div d) id = d.attr().id();
                else if (b instanceof Block.CodeBlock c) id = c.attr().id();
                if (!id.isEmpty()) map.putIfAbsent(id, ch.href());
            }, i -> {
                String id = i instanceof Inline.Span s ? s.attr().id() : i instanceof Inline.Link l ? l.attr().id() : "";
                if (!id.isEmpty()) map.putIfAbsent(id, ch.href());
            });
        }
        return new ChapterLinks(map);
    }

    /**
     * The chapters with the links EPUBCheck would reject turned into plain text, each with a warning:
     * a {@code #fragment} that names no element of the book, and relative links to files that are not
     * part of it. Web links are percent-encoded where URIs require it.
     */
    List<Chapter> checked(List<Chapter> chapters, Diagnostics diags) {
        List<Chapter> out = new ArrayList<>();
        for (Chapter ch : chapters) {
            out.add(ch.withParts(Located.map(ch.parts(), located -> Walk.mapInlines(List.of(located.block()), i -> {
                if (!(i instanceof Inline.Link l)) return List.of(i);
                String t = l.target().strip();
                boolean web = HtmlPolicy.isWebLink(t);
                if (web) {
                    Optional<String> url = webUrl(t);
                    if (url.isPresent()) return List.of(new Inline.Link(l.attr(), l.content(), url.get(), l.title(), l.pos()));
                }
                if (t.startsWith("#") && idFile.containsKey(t.substring(1))) return List.of(i);
                String why = t.startsWith("#") ? "no heading or element has the id '" + t.substring(1) + "'"
                        : web || t.toLowerCase(Locale.ROOT).startsWith("http") ? "not a valid URL"
                        : "only web (http, https), mailto and #fragment links can be kept in an EPUB";
                diags.report(Diagnostic.warning("epub-link", "link '" + t + "' kept as text: " + why,
                        l.pos().fileOr(located.source()), l.pos().line(), l.pos().col()));
                return List.of(new Inline.Span(Attr.classes("broken-link"), l.content()));
            }).get(0))));
        }
        return out;
    }

    /** The href of a link target written in the file {@code fromHref}: a fragment gets its file if that is another one. */
    String target(String fromHref, String target) {
        if (!target.startsWith("#")) return target;
        String file = idFile.get(target.substring(1));
        return file == null || file.equals(fromHref) ? target : EpubLayout.relative(fromHref, file) + target;
    }

    /**
     * A web link as a valid URI (EPUBCheck RSC-020): characters URIs do not allow (spaces, {@code <>},
     * non-ASCII, …) are percent-encoded as UTF-8; existing escapes are kept.
     */
    static Optional<String> webUrl(String target) {
        StringBuilder sb = new StringBuilder();
        for (byte b : target.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~:/?#[]@!$&'()*+,;=%".indexOf(c) >= 0)) sb.append((char) c);
            else sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
        }
        try {
            URI u = new URI(sb.toString());
            return u.getScheme() == null ? Optional.empty() : Optional.of(sb.toString());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
