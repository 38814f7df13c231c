package dev.hanmoto.render.card;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import dev.hanmoto.render.EmbeddedFont;
import dev.hanmoto.render.LayoutLog;
import dev.hanmoto.theme.FontFace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Lays the card's XHTML out with openhtmltopdf into a one-page PDF held in memory: fonts from the
 * theme's stacks (parsed once per thread, {@link CardFonts}, loaded into the PDF only if the layout
 * asks for them), only {@code data:} URIs reachable, so a card never reads a file or the network.
 * Immutable; {@link #layout} may run on many threads at once.
 */
final class CardLayout {
    static {
        // Not XRLog.setLoggingEnabled(false): that would also silence the PDF renderer's diagnostics.
        LayoutLog.silenceConsole();
    }

    private final Map<String, List<FontFace>> stacks;

    /** @param stacks the font stacks the card's CSS may name, by name */
    CardLayout(Map<String, List<FontFace>> stacks) {
        this.stacks = new LinkedHashMap<>(stacks);
    }

    /** The one-page PDF's bytes. */
    byte[] layout(String xhtml) throws IOException {
        var out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument pdf = new PDDocument()) {
            var b = new PdfRendererBuilder();
            b.usePDDocument(pdf);
            b.useFastMode();
            if (xhtml.contains("data:image/svg+xml")) b.useSVGDrawer(new BatikSVGDrawer());
            b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            b.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            for (var stack : stacks.entrySet()) {
                for (FontFace face : stack.getValue()) {
                    FontStyle style = face.style() == FontFace.Style.ITALIC ? FontStyle.ITALIC : FontStyle.NORMAL;
                    b.useFont(new EmbeddedFont(pdf, face.file(), CardFonts::trueType), stack.getKey(), face.weight(), style, true);
                }
            }
            b.withW3cDocument(parse(xhtml), null);
            b.toStream(out);
            b.run();
        }
        return out.toByteArray();
    }

    /**
     * Parses the filled template with this thread's namespace-aware parser (DOCTYPE allowed, external
     * entities and DTDs never loaded). Reusing it saves the JAXP provider lookup that openhtmltopdf's
     * own parsing repeats for every card.
     */
    private static org.w3c.dom.Document parse(String xhtml) throws IOException {
        DocumentBuilder parser = PARSER.get();
        parser.reset();
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException e) {
            throw new IllegalStateException("card template did not give well-formed XHTML: " + e.getMessage(), e);
        }
    }

    private static final ThreadLocal<DocumentBuilder> PARSER = ThreadLocal.withInitial(() -> {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setExpandEntityReferences(false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    });
}
