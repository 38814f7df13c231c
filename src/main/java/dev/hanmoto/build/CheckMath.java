package dev.hanmoto.build;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Inline;
import dev.hanmoto.ast.SourcePos;
import dev.hanmoto.ast.Walk;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.render.math.TexMath;
import java.util.List;
import java.util.Optional;

/**
 * Checks every TeX formula before any renderer draws it, so that the PDF and the EPUB agree and each
 * problem is reported once, at the formula's {@code file:line:col}. A formula jlatexmath cannot read
 * (an unknown command, a missing argument) is a mistake in the source, not a failure of the build: a
 * warning (an error under {@code --strict}), and the formula is shown as its TeX in code type.
 *
 * <p>Runs on each article as read, before the transforms.
 */
final class CheckMath {
    Document apply(Document doc, Diagnostics diags) {
        return new Document(doc.meta(), Walk.mapInlines(doc.blocks(), i -> {
            if (!(i instanceof Inline.Span s) || !s.attr().hasClass("math") || s.content().size() != 1
                    || !(s.content().get(0) instanceof Inline.Code c)) {
                return List.of(i);
            }
            Optional<String> problem = TexMath.problem(c.text());
            if (problem.isEmpty()) return List.of(i);
            SourcePos p = c.pos();
            diags.report(Diagnostic.warning("math-invalid", "TeX math cannot be drawn: " + problem.get()
                    + "; the formula is shown as its TeX", doc.source(), p.line(), p.col()));
            return List.of(c);
        }), doc.source());
    }
}
