package dev.hanmoto;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class VersionTest {
    @Test
    void isTheProjectVersionOfThePom() throws Exception {
        var pom = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toAbsolutePath().toFile());
        String version = null;
        for (var n = pom.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("version".equals(n.getNodeName())) version = n.getTextContent().strip();
        }
        assertEquals(version, Version.NUMBER);
    }
}
