package dev.hanmoto.theme;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A CSS length from a theme (CSS Values 4 §6): a number and a unit, bound once by the theme binder so
 * that renderers never parse text. The units are those openhtmltopdf understands (CSS 2.1) plus
 * {@code Q} (級, 0.25 mm, the Japanese typesetting unit), which {@link #css()} hands on as mm.
 *
 * @param value the number as written ({@code 18.50} keeps its scale)
 * @param unit  its unit; a bare {@code 0} is {@code 0px}, and a bare number in a px-only key is px
 */
public record Length(BigDecimal value, Unit unit) {
    /** The units a theme length may have. */
    public enum Unit {
        MM("mm"), CM("cm"), IN("in"), PT("pt"), PC("pc"), PX("px"), EM("em"), Q("Q");

        private final String css;

        Unit(String css) {
            this.css = css;
        }

        /** The unit as CSS writes it. */
        public String css() {
            return css;
        }

        /** False for {@code em}, which depends on the font size where it is used. */
        public boolean absolute() {
            return this != EM;
        }
    }

    /** The one length grammar: optional sign, digits with an optional fraction, a unit (case as CSS writes it). */
    private static final Pattern LENGTH = Pattern.compile("([+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+))(mm|cm|in|pt|pc|px|em|Q)?");

    private static final BigDecimal QUARTER = new BigDecimal("0.25");

    public Length {
        java.util.Objects.requireNonNull(value);
        java.util.Objects.requireNonNull(unit);
    }

    /**
     * A length such as {@code 18mm}, {@code 10.5pt}, {@code 1.2em}, {@code 20Q} or {@code 0}; a number
     * without a unit other than 0 is not a CSS length, unless {@code bare} gives the unit it means (the
     * card's pixel keys accept {@code 64} for {@code 64px}).
     */
    public static Optional<Length> parse(String text, Optional<Unit> bare) {
        if (text == null) return Optional.empty();
        Matcher m = LENGTH.matcher(text.strip());
        if (!m.matches()) return Optional.empty();
        BigDecimal v = new BigDecimal(m.group(1));
        if (m.group(2) != null) return Optional.of(new Length(v, unitOf(m.group(2))));
        if (bare.isPresent()) return Optional.of(new Length(v, bare.get()));
        return v.signum() == 0 ? Optional.of(new Length(v, Unit.PX)) : Optional.empty();
    }

    /** {@link #parse(String, Optional)} without a unit for bare numbers. */
    public static Optional<Length> parse(String text) {
        return parse(text, Optional.empty());
    }

    private static Unit unitOf(String css) {
        for (Unit u : Unit.values()) if (u.css.equals(css)) return u;
        throw new IllegalArgumentException(css);
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    /** The same length in a unit openhtmltopdf knows: Q becomes mm (1Q = 0.25 mm), others are unchanged. */
    public Length inRendererUnits() {
        if (unit != Unit.Q) return this;
        return new Length(value.multiply(QUARTER).stripTrailingZeros(), Unit.MM);
    }

    /** The CSS text the renderers hand on: {@code 18mm}; {@code 20.375mm} for {@code 81.5Q}. */
    public String css() {
        Length l = inRendererUnits();
        return l.value.toPlainString() + l.unit.css;
    }

    /** In PostScript points (1/72 in); not for {@code em} (the theme binder only lets absolute units reach callers). */
    public double points() {
        double v = value.doubleValue();
        return switch (unit) {
            case MM -> v / 25.4 * 72;
            case CM -> v * 10 / 25.4 * 72;
            case IN -> v * 72;
            case PT -> v;
            case PC -> v * 12;
            case PX -> v * 0.75;
            case Q -> v * 0.25 / 25.4 * 72;
            case EM -> throw new IllegalStateException("a length in em has no size of its own: " + this);
        };
    }

    /** In CSS pixels (1/96 in), for raster outputs. */
    public double px() {
        return unit == Unit.PX ? value.doubleValue() : points() / 0.75;
    }

    @Override
    public String toString() {
        return value.toPlainString() + unit.css;
    }
}
