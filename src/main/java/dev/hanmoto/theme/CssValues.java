package dev.hanmoto.theme;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The CSS colours a theme may hold (CSS Color 4); lengths are {@link Length}, pixel sizes {@link Pixels}. */
public final class CssValues {
    private CssValues() {}

    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    private static final Pattern NUM = Pattern.compile("\\s*(?:\\d+(?:\\.\\d+)?|\\.\\d+)%?\\s*");

    /**
     * CSS named colours (CSS Color 4 §6.1) that openhtmltopdf 1.1 also knows: it lacks a few grey/gray
     * spellings, bisque, blanchedalmond and rebeccapurple, which would silently draw nothing.
     */
    private static final Set<String> NAMED_COLOURS = Set.of((
            "aliceblue antiquewhite aqua aquamarine azure beige black blue blueviolet brown "
            + "burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan "
            + "darkgoldenrod darkgray darkgreen darkkhaki darkmagenta darkolivegreen darkorange darkorchid "
            + "darkred darksalmon darkseagreen darkslateblue darkslategray darkturquoise darkviolet "
            + "deeppink deepskyblue dimgray dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro "
            + "ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki "
            + "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow "
            + "lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray "
            + "lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine "
            + "mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise "
            + "mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab "
            + "orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru "
            + "pink plum powderblue purple red rosybrown royalblue saddlebrown salmon sandybrown "
            + "seagreen seashell sienna silver skyblue slateblue slategray snow springgreen steelblue tan "
            + "teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen").split(" "));

    /**
     * {@code #rgb}, {@code #rrggbb}, {@code rgb(r, g, b)}, {@code rgba(r, g, b, a)} or a named colour — what
     * openhtmltopdf and the card rasteriser read ({@code #rrggbbaa} is not).
     */
    public static boolean isColour(String s) {
        if (s == null) return false;
        String v = s.trim();
        if (HEX.matcher(v).matches()) return true;
        String lower = v.toLowerCase(Locale.ROOT);
        if (NAMED_COLOURS.contains(lower)) return true;
        for (String fn : new String[] {"rgb(", "rgba("}) {
            if (lower.startsWith(fn) && lower.endsWith(")")) {
                String[] args = Arrays.stream(lower.substring(fn.length(), lower.length() - 1).split("[\\s,/]+"))
                        .filter(p -> !p.isEmpty()).toArray(String[]::new);
                if (args.length < 3 || args.length > 4) return false;
                for (String a : args) if (!NUM.matcher(a).matches()) return false;
                return true;
            }
        }
        return false;
    }

    /** A millimetre value without trailing zeros: {@code 182mm}, {@code 215.9mm}. */
    static String mm(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() + "mm";
    }
}
