package dev.hanmoto.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Makes a PDF's identity deterministic before it is saved: the creation and modification dates (in the
 * document information dictionary and, identically, in the XMP packet, as PDF/A requires) become the
 * given instant, and the trailer {@code /ID} (ISO 32000-1 §14.4) is derived from the slug and that
 * instant instead of PDFBox's wall-clock hash. openhtmltopdf stamps the wall clock; this undoes it.
 */
final class FileIdentityPagePass implements PagePass {
    @Override
    public void apply(PDDocument pdf, PageContext ctx) throws IOException {
        apply(pdf, ctx.date(), ctx.doc().slug());
    }

    static void apply(PDDocument doc, Instant date, String slug) throws IOException {
        Calendar cal = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        cal.setTimeInMillis(date.toEpochMilli());
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setCreationDate(cal);
        info.setModificationDate(cal);
        rewriteXmpDates(doc, cal);

        byte[] id = md5(slug + "\n" + date.getEpochSecond());
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static void rewriteXmpDates(PDDocument doc, Calendar cal) throws IOException {
        PDMetadata meta = doc.getDocumentCatalog().getMetadata();
        if (meta == null) return;
        XMPMetadata xmp;
        try (InputStream in = meta.exportXMPMetadata()) {
            DomXmpParser parser = new DomXmpParser();
            parser.setStrictParsing(false);
            xmp = parser.parse(in);
        } catch (XmpParsingException e) {
            throw new IOException("cannot re-read the XMP metadata openhtmltopdf wrote", e);
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(cal);
        basic.setModifyDate(cal);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write XMP metadata", e);
        }
        // xmpbox writes lang= for x-default; XMP requires xml:lang (as openhtmltopdf also corrects).
        String text = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
        meta.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] md5(String s) {
        try {
            return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is required by every Java platform", e);
        }
    }
}
