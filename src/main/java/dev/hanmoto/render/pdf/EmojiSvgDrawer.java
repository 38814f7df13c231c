package dev.hanmoto.render.pdf;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.css.style.CssContext;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.extend.UserAgentCallback;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Batik's SVG drawer with the emoji artwork drawn once per picture and size. openhtmltopdf builds an
 * {@code <img>}'s SVG anew each time it paints it (Batik's DOM, CSS engine and graphics tree, then a
 * form of its own in the PDF): the ×10 sample's 290 emoji took about a tenth of the PDF's time. An
 * emoji ({@code img.emoji}, whose artwork is ours: no text, no scripts, no external references) is
 * built as openhtmltopdf's standalone SVG image at the size its box gets, and the same image is
 * handed out for the same artwork at the same size: openhtmltopdf then builds it once and stamps the
 * one form wherever it appears. Every other SVG (a user's picture) goes to Batik's drawer as before.
 *
 * <p>One drawer per layout, so that nothing is shared between documents or threads.
 */
final class EmojiSvgDrawer implements SVGDrawer {
    private final BatikSVGDrawer batik = new BatikSVGDrawer(
            BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE);
    private final Map<String, SVGImage> emoji = new HashMap<>();

    @Override
    public SVGImage buildSVGImage(Element svg, Box box, CssContext c, double cssWidth, double cssHeight, double dotsPerPixel) {
        Element img = box == null ? null : box.getElement();
        double ratio = viewBoxRatio(svg);
        if (img == null || !hasClass(img, Pictures.EMOJI_CLASS) || ratio <= 0 || (cssWidth < 0 && cssHeight < 0)) {
            return batik.buildSVGImage(svg, box, c, cssWidth, cssHeight, dotsPerPixel);
        }
        // The size the box gets for an auto width or height: the other one by the artwork's ratio.
        double w = cssWidth >= 0 ? cssWidth : cssHeight * ratio;
        double h = cssHeight >= 0 ? cssHeight : cssWidth / ratio;
        StringBuilder key = new StringBuilder().append(w).append('x').append(h).append(':');
        serialize(svg, key);
        return emoji.computeIfAbsent(key.toString(), k -> batik.buildStandaloneSVGImage(svg, null, w, h, dotsPerPixel));
    }

    private static boolean hasClass(Element e, String cls) {
        for (String c : e.getAttribute("class").split("\\s+")) if (c.equals(cls)) return true;
        return false;
    }

    private static double viewBoxRatio(Element svg) {
        String[] v = svg.getAttribute("viewBox").trim().split("[\\s,]+");
        if (v.length != 4) return 0;
        try {
            double w = Double.parseDouble(v[2]), h = Double.parseDouble(v[3]);
            return w > 0 && h > 0 ? w / h : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The artwork as text, to tell two pictures apart (names, attributes in order, text). */
    private static void serialize(Node n, StringBuilder sb) {
        if (n instanceof Element e) {
            sb.append('<').append(e.getTagName());
            NamedNodeMap attrs = e.getAttributes();
            for (int i = 0; i < attrs.getLength(); i++) {
                Attr a = (Attr) attrs.item(i);
                sb.append(' ').append(a.getName()).append("=\"").append(a.getValue()).append('"');
            }
            sb.append('>');
            for (Node k = e.getFirstChild(); k != null; k = k.getNextSibling()) serialize(k, sb);
            sb.append("</>");
        } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
            sb.append(n.getNodeValue());
        }
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext shared) {
        batik.importFontFaceRules(rules, shared);
    }

    @Override
    public SVGImage buildStandaloneSVGImage(Element svg, String uri, double width, double height, double dotsPerPixel) {
        return batik.buildStandaloneSVGImage(svg, uri, width, height, dotsPerPixel);
    }

    @Override
    public void withUserAgent(UserAgentCallback userAgent) {
        batik.withUserAgent(userAgent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, BaseRendererBuilder.FontStyle style)
            throws IOException, java.awt.FontFormatException {
        batik.addFontFile(file, family, weight, style);
    }

    @Override
    public void addFontStream(com.openhtmltopdf.extend.FSSupplier<InputStream> stream, String family, Integer weight,
            BaseRendererBuilder.FontStyle style) throws IOException, java.awt.FontFormatException {
        batik.addFontStream(stream, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        batik.close();
    }
}
