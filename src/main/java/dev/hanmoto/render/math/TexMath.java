package dev.hanmoto.render.math;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Insets;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws TeX math as SVG. A formula is laid out by jlatexmath (TeX's rules and Computer Modern fonts,
 * no TeX installation) at {@value #SIZE} units to the em and recorded by Batik's SVGGraphics2D with
 * text as shapes, so the SVG needs no font and reads the same in every PDF and EPUB reader.
 *
 * <p>The box is given in em of the surrounding text: a picture sized {@code width × height} em and
 * lowered by {@code depth} em ({@code vertical-align}) puts the formula's baseline on the line's
 * baseline at the line's size, as TeX would.
 *
 * <p>Same TeX, same bytes: no ids, dates or comments from the generator. Results (pictures and
 * problems) are kept for the process in a small cache, so the PDF and EPUB of one build draw each
 * formula once. jlatexmath keeps global state, so drawing is serialised; it takes about a millisecond
 * per formula. Thread-safe.
 */
public final class TexMath {
    /** Layout size, SVG user units per em; large enough that rounding to {@value #PRECISION} places is invisible. */
    static final float SIZE = 100f;

    /** Decimal places of SVG numbers: jlatexmath scales scripts by 0.007 and 0.005, which 2 places would round away. */
    private static final int PRECISION = 4;

    /** Longest formula drawn, chars; longer ones are refused (a formula is not a document). */
    static final int MAX_LENGTH = 4_000;

    /** Deepest brace or {@code \left}/{@code \begin} nesting drawn: jlatexmath recurses per level. */
    static final int MAX_DEPTH = 50;

    /**
     * jlatexmath commands a document must not reach: macro definitions (a recursive one loops forever,
     * holding the lock every formula needs), {@code \\includegraphics} (reads any file on the machine),
     * and those that change jlatexmath's process-wide state ({@code \\definecolor}, the {@code \\jlm…}
     * extensions), which would make one document's formulas depend on another's.
     */
    private static final Pattern REFUSED = Pattern.compile(
            "\\\\(newcommand|renewcommand|newenvironment|renewenvironment|includegraphics|definecolor|jlm[A-Za-z]*)(?![A-Za-z])");

    /** Formulas remembered, most recently used kept: at most this many, of at most {@link #CACHE_BYTES} of SVG. */
    private static final int CACHE = 2048;

    /** SVG bytes the cache holds at most (a long formula's SVG runs to megabytes). */
    private static final long CACHE_BYTES = 64L << 20;

    private static long cachedBytes;

    private static final String SVG_NS = "http://www.w3.org/2000/svg";

    /**
     * A drawn formula.
     *
     * @param svg    a standalone SVG document (UTF-8, no DOCTYPE, no external references)
     * @param width  width in em
     * @param height height above the baseline plus depth, in em (the picture's full height)
     * @param depth  depth below the baseline in em: lower the picture by this much
     */
    public record Picture(byte[] svg, double width, double height, double depth) {
        public Picture { svg = svg.clone(); }

        @Override
        public byte[] svg() {
            return svg.clone();
        }

        /** The SVG as text. */
        public String svgText() {
            return new String(svg, StandardCharsets.UTF_8);
        }
    }

    private record Outcome(Picture picture, String problem) {
        long size() {
            return picture == null ? 0 : picture.svg.length;
        }
    }

    private static final LinkedHashMap<String, Outcome> cache = new LinkedHashMap<>(64, 0.75f, true);

    private TexMath() {}

    /** The formula drawn, in display style (centred equations) or text style (inline); empty if it cannot be. */
    public static Optional<Picture> find(String tex, boolean display) {
        return Optional.ofNullable(outcome(tex, display).picture());
    }

    /** Why the formula cannot be drawn (a phrase, e.g. jlatexmath's parse message), or empty if it can. */
    public static Optional<String> problem(String tex) {
        return Optional.ofNullable(outcome(tex, false).problem());
    }

    private static synchronized Outcome outcome(String tex, boolean display) {
        String key = (display ? "D" : "T") + tex;
        Outcome o = cache.get(key);
        if (o == null) {
            o = draw(tex, display);
            cache.put(key, o);
            cachedBytes += o.size();
            var eldest = cache.entrySet().iterator();
            while ((cache.size() > CACHE || cachedBytes > CACHE_BYTES) && cache.size() > 1) {
                cachedBytes -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
        return o;
    }

    private static Outcome draw(String tex, boolean display) {
        if (tex.isBlank()) return new Outcome(null, "the formula is empty");
        if (tex.length() > MAX_LENGTH) return new Outcome(null, "the formula is longer than " + MAX_LENGTH + " characters");
        if (depth(tex) > MAX_DEPTH) return new Outcome(null, "the formula is nested more than " + MAX_DEPTH + " levels deep");
        Matcher refused = REFUSED.matcher(tex);
        if (refused.find()) {
            return new Outcome(null, "\\" + refused.group(1) + " is not supported in formulas (it defines macros,"
                    + " reads files or changes settings for every later formula)");
        }
        Optional<String> undrawable = undrawable(tex);
        if (undrawable.isPresent()) return new Outcome(null, undrawable.get());
        TeXIcon icon;
        try {
            TeXFormula formula = new TeXFormula(tex);
            icon = formula.new TeXIconBuilder()
                    .setStyle(display ? TeXConstants.STYLE_DISPLAY : TeXConstants.STYLE_TEXT)
                    .setSize(SIZE)
                    .setFGColor(Color.BLACK)
                    .build();
        } catch (StackOverflowError e) {
            return new Outcome(null, "the formula is nested too deeply to draw");
        } catch (RuntimeException e) { // jlatexmath's ParseException, and its failures on odd input
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
            return new Outcome(null, m);
        }
        // A hair of room around the box (0.01 em; jlatexmath's default is 0.18 em, a visible gap
        // beside the text): italic overhangs and large operators reach a little past it.
        icon.setInsets(new Insets(1, 1, 1, 1), true);
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        int d = Math.max(0, icon.getIconDepth());
        try {
            return new Outcome(new Picture(svg(icon, w, h), w / SIZE, h / SIZE, d / SIZE), null);
        } catch (RuntimeException e) {
            return new Outcome(null, "jlatexmath could not draw it (" + e + ")");
        }
    }

    private static byte[] svg(TeXIcon icon, int w, int h) {
        Document dom = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
        SVGGeneratorContext ctx = SVGGeneratorContext.createDefault(dom);
        ctx.setComment(null);
        ctx.setEmbeddedFontsOn(false);
        ctx.setPrecision(PRECISION);
        SVGGraphics2D g = new SVGGraphics2D(ctx, true);
        g.setSVGCanvasSize(new Dimension(w, h));
        icon.paintIcon(null, g, 0, 0);
        Element root = g.getRoot();
        root.setAttribute("viewBox", "0 0 " + w + " " + h);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, false, false);
        } catch (SVGGraphics2DIOException e) {
            throw new UncheckedIOException(new java.io.IOException(e.getMessage(), e));
        }
        // Batik writes the SVG 1.0 DOCTYPE; a picture needs none, and readers would try to fetch its DTD.
        String svg = DOCTYPE.matcher(out.toString()).replaceFirst("");
        return svg.getBytes(StandardCharsets.UTF_8);
    }

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");

    /**
     * Characters outside jlatexmath's own fonts (Latin, Greek, Cyrillic, math symbols) — Japanese in
     * {@code \text{速度}}, say — are drawn from the text fonts given to {@link #useTextFonts} (the
     * theme's faces, bundled with Hanmoto), never from fonts installed on the machine. A character those
     * fonts lack is reported instead of left blank. Before any were given (the build's check of the
     * TeX, ahead of the renderers) the character is not judged; the pictures drawn then are dropped
     * when the renderers give the theme's fonts.
     */
    private static Optional<String> undrawable(String tex) {
        for (int i = 0; i < tex.length(); ) {
            int cp = tex.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 0x0250 || Character.isWhitespace(cp)) continue;
            Character.UnicodeScript sc = Character.UnicodeScript.of(cp);
            if (sc == Character.UnicodeScript.GREEK || sc == Character.UnicodeScript.CYRILLIC
                    || sc == Character.UnicodeScript.COMMON && cp < 0x3000) continue;
            if (textFontFiles.isEmpty()) continue; // no text fonts yet (a check before rendering): drawn again once given
            java.awt.Font f = textFont();
            if (f == null || !f.canDisplay(cp) || !EXTERNAL_BLOCKS.contains(Character.UnicodeBlock.of(cp))) {
                return Optional.of(String.format(java.util.Locale.ROOT,
                        "'%s' (U+%04X) cannot be drawn inside a formula; put such text outside it",
                        new String(Character.toChars(cp)), cp));
            }
        }
        return Optional.empty();
    }

    /** Unicode blocks jlatexmath draws from the text fonts. */
    private static final java.util.List<Character.UnicodeBlock> EXTERNAL_BLOCKS = java.util.List.of(
            Character.UnicodeBlock.HIRAGANA, Character.UnicodeBlock.KATAKANA,
            Character.UnicodeBlock.KATAKANA_PHONETIC_EXTENSIONS, Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS,
            Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A, Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS,
            Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION, Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS);

    private static java.awt.Font textFont;
    private static java.util.List<java.nio.file.Path> textFontFiles = java.util.List.of();

    /**
     * The TrueType faces Japanese inside formulas is drawn in: {@code serif} for roman text
     * ({@code \text{}}), {@code sans} for sans-serif. Process-wide, as jlatexmath's font table is;
     * giving other files forgets the formulas drawn so far. Unreadable files are ignored (Japanese in
     * formulas is then reported).
     */
    public static synchronized void useTextFonts(java.nio.file.Path serif, java.nio.file.Path sans) {
        java.util.List<java.nio.file.Path> files = java.util.List.of(serif.toAbsolutePath().normalize(), sans.toAbsolutePath().normalize());
        if (files.equals(textFontFiles)) return;
        textFontFiles = files;
        textFont = null;
        textFontsLoaded = false;
        cache.clear();
        cachedBytes = 0;
    }

    private static boolean textFontsLoaded;

    /**
     * The serif text face, registered with jlatexmath on first need: loading fonts into Java2D costs
     * tens of megabytes and most documents have no Japanese inside formulas. Null if none was given or
     * the files cannot be read.
     */
    private static java.awt.Font textFont() {
        if (!textFontsLoaded && textFontFiles.size() == 2) {
            textFontsLoaded = true;
            try {
                var env = java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment();
                java.awt.Font serifFont = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, textFontFiles.get(0).toFile());
                java.awt.Font sansFont = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, textFontFiles.get(1).toFile());
                env.registerFont(serifFont);
                env.registerFont(sansFont);
                for (Character.UnicodeBlock block : EXTERNAL_BLOCKS) {
                    TeXFormula.registerExternalFont(block, sansFont.getFontName(java.util.Locale.ROOT), serifFont.getFontName(java.util.Locale.ROOT));
                }
                textFont = serifFont;
            } catch (java.awt.FontFormatException | java.io.IOException e) {
                textFont = null;
            }
        }
        return textFont;
    }

    /** Nesting depth of braces and environments, the cheap bound on jlatexmath's recursion. */
    static int depth(String tex) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < tex.length(); i++) {
            char c = tex.charAt(i);
            if (c == '\\' && i + 1 < tex.length()) {
                if (tex.startsWith("left", i + 1) || tex.startsWith("begin", i + 1)) max = Math.max(max, ++depth);
                else if (tex.startsWith("right", i + 1) || tex.startsWith("end", i + 1)) depth = Math.max(0, depth - 1);
                i++;
            } else if (c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == '}') {
                depth = Math.max(0, depth - 1);
            }
        }
        return max;
    }
}
