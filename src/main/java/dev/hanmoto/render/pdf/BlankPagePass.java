package dev.hanmoto.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * A blank page carries neither running head nor folio (print convention; CSS Paged Media's
 * {@code @page :blank}, which openhtmltopdf 1.1.65 does not parse: it accepts only :first, :left and
 * :right). Such pages come from {@code page-break-before: right} (a part opening on a recto after a
 * chapter that ended on one). The page a forced break skips takes the page style of the content
 * before it, so no stylesheet rule can tell it apart; this is done on the laid-out PDF instead.
 *
 * <p>A page is blank when none of its content is tagged (no marked content with an MCID, PDF/UA's
 * link from the structure tree) and nothing is painted outside artifacts. On such a page the
 * artifacts (openhtmltopdf marks the page margin boxes as {@code /Artifact}) are removed from the
 * content stream; everything else (graphics state, clipping) is kept. The structure tree is not
 * touched, and artifacts are outside it, so PDF/UA-1 and PDF/A-2u conformance is unchanged.
 */
final class BlankPagePass implements PagePass {
    /** Operators that paint (text, paths, images, shadings, XObjects). */
    private static final Set<String> PAINTING = Set.of("Tj", "TJ", "'", "\"", "Do", "f", "F", "f*", "S", "s",
            "B", "B*", "b", "b*", "sh", "BI");

    @Override
    public void apply(PDDocument pdf, PageContext ctx) throws IOException {
        clear(pdf);
    }

    /** Clears the artifacts of every blank page; returns the 0-based indexes of the pages cleared. */
    static List<Integer> clear(PDDocument doc) throws IOException {
        List<Integer> cleared = new ArrayList<>();
        int index = 0;
        for (PDPage page : doc.getPages()) {
            if (mentionsMcid(page)) {
                index++;
                continue;
            }
            List<Object> tokens = new PDFStreamParser(page).parse();
            List<Object> kept = withoutArtifacts(tokens, page.getResources());
            if (kept != null && kept.size() < tokens.size()) {
                PDStream stream = new PDStream(doc);
                try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                    new ContentStreamWriter(out).writeTokens(kept);
                }
                page.setContents(stream);
                cleared.add(index);
            }
            index++;
        }
        return cleared;
    }

    /**
     * The tokens without their artifact sections, or null if the page is not blank: it has tagged
     * content, or paints outside an artifact.
     */
    private static List<Object> withoutArtifacts(List<Object> tokens, PDResources resources) {
        List<Object> kept = new ArrayList<>();
        List<Object> operands = new ArrayList<>();
        // Marked-content depth, and the depth at which the artifact being dropped started (-1: none).
        int depth = 0;
        int artifactAt = -1;
        for (Object t : tokens) {
            if (!(t instanceof Operator op)) {
                operands.add(t);
                continue;
            }
            String name = op.getName();
            boolean dropping = artifactAt >= 0;
            if (name.equals("BDC") || name.equals("BMC")) {
                if (name.equals("BDC") && hasMcid(operands, resources)) return null;
                if (!dropping && !operands.isEmpty() && COSName.ARTIFACT.equals(operands.get(0))) {
                    artifactAt = depth;
                    dropping = true;
                }
                depth++;
            } else if (name.equals("EMC")) {
                depth--;
                if (artifactAt == depth) artifactAt = -1;
            } else if (!dropping && PAINTING.contains(name)) {
                return null;
            }
            if (!dropping) {
                kept.addAll(operands);
                kept.add(op);
            }
            operands.clear();
        }
        kept.addAll(operands);
        return kept;
    }

    private static final byte[] MCID = "/MCID".getBytes(StandardCharsets.US_ASCII);

    /**
     * A quick look before parsing (which costs about 7 ms a page): nearly every page has tagged
     * content, and an {@code /MCID} in its content stream or its /Properties says so. A false hit
     * (the name inside a string) only leaves a page as it is.
     */
    private static boolean mentionsMcid(PDPage page) throws IOException {
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        if (indexOf(content, MCID) >= 0) return true;
        PDResources resources = page.getResources();
        if (resources == null) return false;
        for (COSName name : resources.getPropertiesNames()) {
            PDPropertyList list = resources.getProperties(name);
            if (list != null && list.getCOSObject().containsKey(COSName.MCID)) return true;
        }
        return false;
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int j = 0; j < pattern.length; j++) if (data[i + j] != pattern[j]) continue outer;
            return i;
        }
        return -1;
    }

    /** True if a BDC's properties (inline, or named in the page's /Properties) carry an /MCID. */
    private static boolean hasMcid(List<Object> operands, PDResources resources) {
        if (operands.size() < 2) return false;
        Object props = operands.get(1);
        if (props instanceof COSDictionary d) return d.containsKey(COSName.MCID);
        if (props instanceof COSName n && resources != null) {
            PDPropertyList list = resources.getProperties(n);
            return list != null && list.getCOSObject().containsKey(COSName.MCID);
        }
        return false;
    }
}
