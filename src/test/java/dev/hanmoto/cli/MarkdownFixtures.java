package dev.hanmoto.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.hanmoto.render.pdf.PdfConformanceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The Markdown fixtures of src/test/resources/markdown/, built by the command line as a user would. */
final class MarkdownFixtures {
    private MarkdownFixtures() {}

    /** Builds {@code name}.md into {@code out}, which must succeed without a warning; its PDF. */
    static byte[] buildClean(String name, Path out) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        Path fixture = CliTest.REPO.resolve("src/test/resources/markdown/" + name + ".md");
        CliTest.Run r = CliTest.run("build", fixture.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertFalse(r.err().contains("warning:") || r.err().contains("error:"), r.err());
        return Files.readAllBytes(out.resolve(name + ".pdf"));
    }

    /** veraPDF: PDF/UA-1 and PDF/A-2u, no failed rule. */
    static void assertConformant(byte[] pdf) throws Exception {
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFUA_1));
        assertEquals(Map.of(), PdfConformanceTest.failures(pdf, PDFAFlavour.PDFA_2_U));
    }
}
