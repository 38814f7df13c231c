package dev.hanmoto.diag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A thread-safe collector of diagnostics, in the order they were reported. */
public final class Diagnostics {
    private final List<Diagnostic> list = new ArrayList<>();

    public synchronized void report(Diagnostic d) {
        list.add(d);
    }

    public synchronized void reportAll(Collection<Diagnostic> ds) {
        list.addAll(ds);
    }

    public synchronized List<Diagnostic> all() {
        return List.copyOf(list);
    }

    public synchronized boolean hasErrors() {
        return list.stream().anyMatch(Diagnostic::isError);
    }

    public synchronized List<Diagnostic> errors() {
        return list.stream().filter(Diagnostic::isError).toList();
    }

    /** Throws a {@link UserError} carrying every diagnostic so far if any is an error. */
    public void throwIfErrors() {
        if (hasErrors()) throw new UserError(all());
    }
}
