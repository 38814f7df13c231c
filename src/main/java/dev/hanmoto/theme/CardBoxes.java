package dev.hanmoto.theme;

/**
 * The bands of a card of one size, in CSS px from its top left corner: inside {@code card.margin} on
 * every edge, the header ({@code card.header-height}) at the top, the footer
 * ({@code card.footer-height}) at the bottom and the title box between them. Computed once, here, for
 * the binder's check that each size holds a title and for the renderer that lays the card out.
 *
 * @param header the band where the tags go
 * @param title  the box the title is fitted into
 * @param footer the band for the site line, logo, author and date
 */
public record CardBoxes(Box header, Box title, Box footer) {
    /** A rectangle in px; a width or height below 0 means the size leaves no room for it. */
    public record Box(double x, double y, double width, double height) {}

    /** The boxes of a {@code width}×{@code height} px card of the section {@code card}. */
    public static CardBoxes of(CardTheme card, int width, int height) {
        double margin = card.margin().px();
        double headerHeight = card.headerHeight().px();
        double footerHeight = card.footerHeight().px();
        double boxW = width - 2 * margin;
        double boxH = height - 2 * margin - headerHeight - footerHeight;
        return new CardBoxes(new Box(margin, margin, boxW, headerHeight),
                new Box(margin, margin + headerHeight, boxW, boxH),
                new Box(margin, height - margin - footerHeight, boxW, footerHeight));
    }

    /** Whether the title box holds a title of {@code card.title.min-size}: two characters wide, one line high. */
    public boolean holdsTitle(CardTheme.Title t) {
        return title.width() >= 2 * t.minPx() && title.height() >= t.minPx() * t.lineHeight();
    }
}
