package dev.hanmoto.theme;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Parsing of the CSS values a theme may hold (CSS Values 4 lengths, CSS Color 4 colours). */
public final class CssValues {
    private CssValues() {}

    private static final Pattern LENGTH = Pattern.compile("(?:[+-]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:mm|cm|in|pt|pc|px|em|rem|Q)|[+-]?0+(?:\\.0+)?)");
    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");
    private static final Pattern NUM = Pattern.compile("\\s*(?:\\d+(?:\\.\\d+)?|\\.\\d+)%?\\s*");
    private static final Pattern PIXELS = Pattern.compile("([1-9]\\d{0,4})x([1-9]\\d{0,4})");

    /** CSS named colours (CSS Color 4 §6.1) plus {@code transparent}. */
    private static final Set<String> NAMED_COLOURS = Set.of((
            "aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue blueviolet brown "
            + "burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk crimson cyan darkblue darkcyan "
            + "darkgoldenrod darkgray darkgreen darkgrey darkkhaki darkmagenta darkolivegreen darkorange darkorchid "
            + "darkred darksalmon darkseagreen darkslateblue darkslategray darkslategrey darkturquoise darkviolet "
            + "deeppink deepskyblue dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro "
            + "ghostwhite gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki "
            + "lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan lightgoldenrodyellow "
            + "lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen lightskyblue lightslategray "
            + "lightslategrey lightsteelblue lightyellow lime limegreen linen magenta maroon mediumaquamarine "
            + "mediumblue mediumorchid mediumpurple mediumseagreen mediumslateblue mediumspringgreen mediumturquoise "
            + "mediumvioletred midnightblue mintcream mistyrose moccasin navajowhite navy oldlace olive olivedrab "
            + "orange orangered orchid palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru "
            + "pink plum powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown "
            + "seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen steelblue tan "
            + "teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen transparent").split(" "));

    /** A length such as {@code 18mm}, {@code 10.5pt}, {@code 1.2em}, {@code 20Q} (1Q = 0.25 mm), or {@code 0}. */
    public static boolean isLength(String s) {
        return s != null && LENGTH.matcher(s.trim()).matches();
    }

    /** {@code #rgb}, {@code #rgba}, {@code #rrggbb}, {@code #rrggbbaa}, {@code rgb(r, g, b)}, {@code rgba(r, g, b, a)} or a named colour. */
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

    /** {@code WIDTHxHEIGHT} in pixels, each 1–99999, e.g. {@code 1200x630}. */
    public static boolean isPixels(String s) {
        return s != null && PIXELS.matcher(s.trim()).matches();
    }

    /** A millimetre value without trailing zeros: {@code 182mm}, {@code 215.9mm}. */
    static String mm(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() + "mm";
    }
}
