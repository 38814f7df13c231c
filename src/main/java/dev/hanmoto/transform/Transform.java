package dev.hanmoto.transform;

import dev.hanmoto.ast.Document;

/** A pure document rewrite: returns a new document and never changes its argument. Composable. */
@FunctionalInterface
public interface Transform {
    Document apply(Document d);

    /** This transform, then {@code next}. */
    default Transform andThen(Transform next) {
        return d -> next.apply(apply(d));
    }
}
