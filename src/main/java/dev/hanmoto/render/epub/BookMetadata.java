package dev.hanmoto.render.epub;

import dev.hanmoto.ast.Document;
import dev.hanmoto.ast.Meta;
import dev.hanmoto.ast.MetaValue;
import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The package metadata of one book, taken from the document's front matter.
 *
 * @param identifier  {@code dc:identifier}: front matter {@code identifier}, else {@code urn:uuid:} of a
 *                    name-based (version 5) UUID of the slug, so it is stable across builds
 * @param title       {@code dc:title}: front matter title, else the slug
 * @param lang        {@code dc:language}, BCP 47
 * @param creators    people with their MARC relator roles, in front-matter order
 * @param description {@code dc:description}, if any
 * @param subjects    {@code dc:subject} entries
 * @param publisher   {@code dc:publisher}, if any
 * @param date        {@code dc:date} in W3CDTF form, if the front matter has a valid one
 * @param modified    {@code dcterms:modified}, {@code CCYY-MM-DDThh:mm:ssZ}
 */
record BookMetadata(String identifier, String title, String lang, List<Creator> creators, Optional<String> description,
                    List<String> subjects, Optional<String> publisher, Optional<String> date, String modified) {

    /**
     * A creator and their role.
     *
     * @param name   display name
     * @param role   MARC relator code ({@code aut}, {@code edt}, {@code trl}, {@code ill}, …)
     * @param fileAs sort form, if given
     */
    record Creator(String name, String role, Optional<String> fileAs) {}

    /** Namespace of the name-based identifiers (the RFC 4122 URL namespace). */
    private static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    private static final DateTimeFormatter MODIFIED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    private static final Pattern W3C_DATE = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");
    private static final Pattern MARC_ROLE = Pattern.compile("[a-z]{3}");
    /** A well-formed BCP 47 tag's shape: ASCII subtags of 1–8 letters or digits, the first 2–8 letters. */
    private static final Pattern BCP47 = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    /** Front-matter keys other than {@code author} that name creators, with their roles. */
    private static final List<String[]> ROLE_KEYS = List.of(
            new String[] {"editor", "edt"}, new String[] {"translator", "trl"}, new String[] {"illustrator", "ill"});

    static BookMetadata of(Document doc, String lang, Instant modified, Diagnostics diags) {
        Meta m = doc.meta();
        String slug = doc.slug();
        String identifier = m.findText(Meta.IDENTIFIER).orElseGet(() -> "urn:uuid:" + nameUuid(slug));
        String title = m.title().orElse(slug);
        List<Creator> creators = new ArrayList<>();
        m.find(Meta.AUTHOR).ifPresent(v -> creators(v, "aut", creators, doc, diags));
        for (String[] rk : ROLE_KEYS) m.find(rk[0]).ifPresent(v -> creators(v, rk[1], creators, doc, diags));
        Optional<String> date = m.date().flatMap(d -> w3cDate(d, doc, diags));
        return new BookMetadata(identifier, title, lang, List.copyOf(creators), m.description(), m.subjects(),
                m.findText(Meta.PUBLISHER), date, MODIFIED.format(modified.atOffset(ZoneOffset.UTC)));
    }

    /**
     * The document's language for {@code dc:language} and every {@code xml:lang}: its front-matter
     * {@code lang} if that is a BCP 47 tag, else {@link Meta#DEFAULT_LANG} with a warning.
     */
    static String language(Document d, Diagnostics diags) {
        String tag = d.meta().lang();
        try {
            // Locale.Builder alone accepts some non-ASCII subtags; BCP 47 subtags are ASCII.
            if (!isLanguageTag(tag)) throw new IllformedLocaleException(tag);
            new Locale.Builder().setLanguageTag(tag);
            return tag;
        } catch (IllformedLocaleException e) {
            diags.report(Diagnostic.warning("epub-lang", "language '" + tag + "' is not a BCP 47 tag; using "
                    + Meta.DEFAULT_LANG, d.source(), 0, 0));
            return Meta.DEFAULT_LANG;
        }
    }

    /** Whether {@code tag} has the shape of a BCP 47 language tag (ASCII subtags). */
    static boolean isLanguageTag(String tag) {
        return BCP47.matcher(tag).matches();
    }

    /**
     * {@code dcterms:modified} and the zip entries' time: {@code sourceDate} if given, else the source
     * file's modification time to the second (never the wall clock).
     */
    static Instant modified(Document doc, Optional<Instant> sourceDate) {
        return sourceDate.orElseGet(() -> {
            try {
                return Files.getLastModifiedTime(doc.source()).toInstant().with(ChronoField.NANO_OF_SECOND, 0);
            } catch (IOException e) {
                // A document built in memory has no file; a fixed date keeps the output reproducible.
                return Instant.EPOCH;
            }
        });
    }

    /** A version 5 (SHA-1, name-based) UUID of {@code hanmoto:book:<slug>} (RFC 4122 §4.3). */
    static UUID nameUuid(String slug) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(toBytes(URL_NAMESPACE));
            byte[] h = sha1.digest(("hanmoto:book:" + slug).getBytes(StandardCharsets.UTF_8));
            h[6] = (byte) ((h[6] & 0x0f) | 0x50);
            h[8] = (byte) ((h[8] & 0x3f) | 0x80);
            long msb = 0;
            long lsb = 0;
            for (int i = 0; i < 8; i++) msb = (msb << 8) | (h[i] & 0xff);
            for (int i = 8; i < 16; i++) lsb = (lsb << 8) | (h[i] & 0xff);
            return new UUID(msb, lsb);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required by every Java platform", e);
        }
    }

    private static byte[] toBytes(UUID u) {
        byte[] b = new byte[16];
        long msb = u.getMostSignificantBits();
        long lsb = u.getLeastSignificantBits();
        for (int i = 0; i < 8; i++) {
            b[i] = (byte) (msb >>> (56 - 8 * i));
            b[8 + i] = (byte) (lsb >>> (56 - 8 * i));
        }
        return b;
    }

    /** Creators from a string, a {@code {name, role, file-as}} map, or a list of either. */
    private static void creators(MetaValue v, String defaultRole, List<Creator> out, Document doc, Diagnostics diags) {
        if (v instanceof MetaValue.Lst l) {
            for (MetaValue item : l.values()) creators(item, defaultRole, out, doc, diags);
        } else if (v instanceof MetaValue.Obj o) {
            String name = o.values().containsKey("name") ? o.values().get("name").asText().strip() : "";
            if (name.isEmpty()) {
                diags.report(Diagnostic.warning("epub-creator", "creator without a name is left out", doc.source(), 0, 0));
                return;
            }
            String role = o.values().containsKey("role") ? o.values().get("role").asText().strip() : defaultRole;
            if (!MARC_ROLE.matcher(role).matches()) {
                diags.report(Diagnostic.warning("epub-creator-role",
                        "creator role '" + role + "' is not a MARC relator code (e.g. aut, edt, trl, ill); using " + defaultRole,
                        doc.source(), 0, 0));
                role = defaultRole;
            }
            Optional<String> fileAs = Optional.ofNullable(o.values().get("file-as")).map(MetaValue::asText)
                    .map(String::strip).filter(s -> !s.isEmpty());
            out.add(new Creator(name, role, fileAs));
        } else {
            String name = v.asText().strip();
            if (!name.isEmpty()) out.add(new Creator(name, defaultRole, Optional.empty()));
        }
    }

    /** A front-matter date as {@code dc:date} (W3CDTF): a date as is, a date-time in UTC. */
    private static Optional<String> w3cDate(String d, Document doc, Diagnostics diags) {
        if (W3C_DATE.matcher(d).matches()) return Optional.of(d);
        try {
            return Optional.of(MODIFIED.format(OffsetDateTime.parse(d).withOffsetSameInstant(ZoneOffset.UTC)));
        } catch (DateTimeParseException e) {
            diags.report(Diagnostic.warning("epub-date",
                    "date '" + d + "' is not YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time; left out of the EPUB",
                    doc.source(), 0, 0));
            return Optional.empty();
        }
    }
}
