package dev.hanmoto.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hanmoto.ast.Document;
import dev.hanmoto.diag.Diagnostics;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.render.epub.EpubRenderer;
import dev.hanmoto.render.xhtml.XhtmlOptions;
import dev.hanmoto.render.xhtml.XhtmlWriter;
import dev.hanmoto.source.SourceReader;
import dev.hanmoto.testkit.EpubCheckReport;
import dev.hanmoto.theme.Theme;
import dev.hanmoto.theme.ThemeLoader;
import dev.hanmoto.transform.Transforms;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;

/**
 * Issue 8, fuzzing (jqwik): generated Markdown and mutations of the seed and of a small corpus —
 * byte flips, truncations, inserted raw HTML, brackets, backticks, pipes, emoji and deep nesting —
 * go through the reader, the standard transforms, the image check and the XHTML writer. Nothing but
 * a {@link UserError} may escape, and the XHTML must be well-formed to a strict XML parser. A small
 * sample goes on through the EPUB renderer, and EPUBCheck must find nothing. Seeds are fixed so that
 * CI runs the same cases every time; tries are bounded to keep {@code verify} quick.
 */
class PipelineFuzzTest {
    static final Path REPO = Path.of("").toAbsolutePath();
    static final Path FILE = REPO.resolve("content/fuzz.md");
    static final byte[] SEED = read(REPO.resolve("content/technical-operations-manager.md"));

    static final List<String> CORPUS = List.of(
            "---\ntitle: 小さな文書\ntags: [a, b]\n---\n\n# 見出し\n\n本文[^1]。\n\n[^1]: 注。\n",
            "---json\n{\"title\": \"JSON\", \"slug\": \"j\"}\n---\n\n## A\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n",
            "+++\ntitle = \"TOML\"\n+++\n\n- [ ] task\n- [x] done\n  1. nested\n\n> quote\n> > deeper\n",
            "# 🍣 Emoji 👨‍👩‍👧\n\n```java\nclass A {}\n```\n\n<div class=\"note\">\n\n**bold** _em_ ~~del~~\n\n</div>\n",
            "Text with <b>inline <i>html</b></i> and <a href=\"#x\">link</a> and ![img](missing.png)\n");

    static final List<String> INSERTS = List.of(
            "<script>alert(1)</script>", "<iframe src=x>", "<div>", "</div>", "<b>", "</strong>", "<img src=x onerror=y>",
            "<a href=\"javascript:x\">", "<style>x{}</style>", "<!--", "-->", "<![CDATA[", "&amp;", "&#0;", "&bogus;",
            "[", "]", "](", "![", "[^1]", "[^1]: ", "`", "```", "~~~", "|", "| --- |", "\n|a|b|\n|-|-|\n", "*", "**", "_",
            "🍣", "👨‍👩‍👧", "\u200D", "\uFE0F", "\u202E", "\uFFFD", "\n", "\n\n", "\r\n", "\t", "\\", "<", ">", "&",
            "> ".repeat(200), "- ".repeat(200), "1. ".repeat(120), "[".repeat(300), "<span>".repeat(150),
            "---\n", "+++\n", "# ", "###### ", "    code\n", "<details><summary>s</summary>", "<table><tr><td>");

    static final Theme THEME = new ThemeLoader(REPO).load("default");

    /** One edit of a byte string; positions are fractions of its length so that shrinking stays meaningful. */
    sealed interface Mutation {
        byte[] apply(byte[] in);

        static int at(double where, int length) {
            return Math.min(length, (int) (where * length));
        }
    }

    record Flip(double where, byte value) implements Mutation {
        public byte[] apply(byte[] in) {
            if (in.length == 0) return in;
            byte[] out = in.clone();
            out[Math.min(in.length - 1, Mutation.at(where, in.length))] = value;
            return out;
        }
    }

    record Truncate(double where) implements Mutation {
        public byte[] apply(byte[] in) {
            return java.util.Arrays.copyOf(in, Mutation.at(where, in.length));
        }
    }

    record Insert(double where, String text) implements Mutation {
        public byte[] apply(byte[] in) {
            int p = Mutation.at(where, in.length);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            o.write(in, 0, p);
            o.writeBytes(text.getBytes(StandardCharsets.UTF_8));
            o.write(in, p, in.length - p);
            return o.toByteArray();
        }
    }

    record Delete(double from, double length) implements Mutation {
        public byte[] apply(byte[] in) {
            int p = Mutation.at(from, in.length);
            int n = Math.min(in.length - p, Mutation.at(length * 0.2, in.length));
            byte[] out = new byte[in.length - n];
            System.arraycopy(in, 0, out, 0, p);
            System.arraycopy(in, p + n, out, p, in.length - p - n);
            return out;
        }
    }

    @Provide
    Arbitrary<byte[]> sources() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<Mutation> mutation = Arbitraries.oneOf(
                Combinators.combine(where, Arbitraries.bytes()).as(Flip::new),
                where.map(Truncate::new),
                Combinators.combine(where, Arbitraries.of(INSERTS)).as(Insert::new),
                Combinators.combine(where, where).as(Delete::new));
        List<byte[]> bases = new ArrayList<>();
        bases.add(SEED);
        for (String c : CORPUS) bases.add(c.getBytes(StandardCharsets.UTF_8));
        Arbitrary<byte[]> mutated = Combinators.combine(Arbitraries.of(bases), mutation.list().ofMaxSize(12))
                .as((base, ms) -> {
                    byte[] b = base;
                    for (Mutation m : ms) b = m.apply(b);
                    return b;
                });
        Arbitrary<byte[]> generated = Arbitraries.of(concat(CORPUS, INSERTS)).list().ofMaxSize(40)
                .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, mutated),
                net.jqwik.api.Tuple.of(2, generated));
    }

    @Property(tries = 500, seed = "20261128", shrinking = ShrinkingMode.BOUNDED)
    void onlyUserErrorsEscapeAndTheXhtmlIsWellFormed(@ForAll("sources") byte[] source) throws Exception {
        Optional<Document> doc = load(source);
        if (doc.isEmpty()) return;
        XhtmlWriter w = new XhtmlWriter(XhtmlOptions.of(XhtmlOptions.FootnoteStyle.PAGE_FLOAT));
        String body = w.blocks(doc.get().blocks()) + w.footnotes();
        parseStrictly("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"><body>"
                + body + "</body></html>");
    }

    @Property(tries = 5, seed = "20261129", shrinking = ShrinkingMode.BOUNDED)
    void epubOfASampleIsEpubCheckClean(@ForAll("sources") byte[] source) throws Exception {
        Optional<Document> doc = load(source);
        if (doc.isEmpty()) return;
        EpubRenderer epub = new EpubRenderer(THEME, d -> Optional.empty(), REPO, Optional.of(Instant.EPOCH));
        byte[] bytes;
        try {
            bytes = epub.build(doc.get(), new Diagnostics());
        } catch (UserError e) {
            return;
        }
        Path tmp = Files.createTempFile("fuzz", ".epub");
        try {
            Files.write(tmp, bytes);
            assertEquals("", EpubCheckReport.problemsOf(tmp));
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Provide
    Arbitrary<byte[]> smallSources() {
        return Arbitraries.of(concat(CORPUS, INSERTS)).list().ofMinSize(1).ofMaxSize(25)
                .map(parts -> String.join("", parts).getBytes(StandardCharsets.UTF_8));
    }

    /** The PDF and the card are written for a sample of small generated documents; only a UserError may stop them. */
    @Property(tries = 4, seed = "20261130", shrinking = ShrinkingMode.BOUNDED)
    void pdfAndCardOfASampleAreWritten(@ForAll("smallSources") byte[] source) throws Exception {
        Optional<Document> doc = load(source);
        if (doc.isEmpty()) return;
        for (dev.hanmoto.render.Renderer r : List.of(new dev.hanmoto.render.pdf.PdfRenderer(THEME),
                new dev.hanmoto.render.card.CardRenderer(THEME))) {
            java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
            try {
                r.render(doc.get(), new dev.hanmoto.render.OutputSink() {
                    @Override
                    public java.io.OutputStream open(String path) {
                        return new ByteArrayOutputStream() {
                            @Override
                            public void close() {
                                files.put(path, toByteArray());
                            }
                        };
                    }
                }, new Diagnostics());
            } catch (UserError e) {
                continue;
            }
            assertFalse(files.isEmpty() || files.values().stream().anyMatch(b -> b.length < 100), r.format() + " wrote " + files.keySet());
            files.forEach((name, bytes) -> {
                if (name.endsWith(".pdf")) dev.hanmoto.render.pdf.PdfStructure.requireClean(bytes);
            });
        }
    }

    /** The document as the build's loader makes it, or empty when the source is refused with a UserError. */
    static Optional<Document> load(byte[] source) {
        Diagnostics diags = new Diagnostics();
        try {
            Document d = SourceReader.read(source, FILE, diags);
            diags.throwIfErrors();
            d = new CheckImages(REPO).apply(d, diags);
            Document t = Transforms.standard().apply(d);
            assertFalse(diags.all().stream().anyMatch(x -> x.message().contains("Exception")), diags.all().toString());
            return Optional.of(t);
        } catch (UserError e) {
            assertFalse(e.diagnostics().isEmpty(), "a UserError says what is wrong");
            return Optional.empty();
        }
    }

    static void parseStrictly(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        var b = f.newDocumentBuilder();
        b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
