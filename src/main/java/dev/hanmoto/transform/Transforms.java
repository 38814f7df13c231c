package dev.hanmoto.transform;

/** Ready-made pipelines of transforms. */
public final class Transforms {
    private Transforms() {}

    /**
     * What every output wants, in order: soft breaks between CJK characters removed (before anything
     * wraps text in spans), heading ids assigned (from the plain heading text), emoji marked.
     */
    public static Transform standard() {
        return new RemoveCjkSoftBreaks().andThen(new AssignHeadingIds()).andThen(new MarkEmoji());
    }
}
