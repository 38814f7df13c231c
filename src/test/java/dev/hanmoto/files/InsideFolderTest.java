package dev.hanmoto.files;

import static dev.hanmoto.files.InsideFolder.Verdict.INSIDE;
import static dev.hanmoto.files.InsideFolder.Verdict.LINKED_OUTSIDE;
import static dev.hanmoto.files.InsideFolder.Verdict.OUTSIDE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InsideFolderTest {
    @TempDir
    Path tmp;

    Path project;
    Path elsewhere;

    @BeforeEach
    void folders() throws IOException {
        project = Files.createDirectories(tmp.resolve("project"));
        elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(project.resolve("a.png"), "a");
        Files.writeString(elsewhere.resolve("secret.png"), "s");
    }

    @Test
    void judgesByNameOnceDotsAreResolved() {
        assertEquals(INSIDE, InsideFolder.check(project, project.resolve("a.png")));
        assertEquals(INSIDE, InsideFolder.check(project, project.resolve("sub/../a.png")));
        assertEquals(OUTSIDE, InsideFolder.check(project, project.resolve("../elsewhere/secret.png")));
        assertEquals(OUTSIDE, InsideFolder.check(project, elsewhere.resolve("secret.png")));
        assertEquals(OUTSIDE, InsideFolder.check(project, tmp.resolve("project-2/a.png")), "a sibling sharing the prefix");
    }

    @Test
    void judgesAMissingFileByItsName() {
        assertEquals(INSIDE, InsideFolder.check(project, project.resolve("missing.png")));
        assertEquals(OUTSIDE, InsideFolder.check(project, project.resolve("../missing.png")));
    }

    @Test
    void followsSymbolicLinksOutOfTheFolder() throws IOException {
        Files.createSymbolicLink(project.resolve("link.png"), elsewhere.resolve("secret.png"));
        Files.createSymbolicLink(project.resolve("dir"), elsewhere);
        assertEquals(LINKED_OUTSIDE, InsideFolder.check(project, project.resolve("link.png")));
        assertEquals(LINKED_OUTSIDE, InsideFolder.check(project, project.resolve("dir/secret.png")));
        assertFalse(InsideFolder.isInside(project, project.resolve("link.png")));
    }

    @Test
    void acceptsLinksThatStayInsideAndAFolderReachedThroughALink() throws IOException {
        Files.createSymbolicLink(project.resolve("alias.png"), project.resolve("a.png"));
        assertTrue(InsideFolder.isInside(project, project.resolve("alias.png")));
        Path viaLink = Files.createSymbolicLink(tmp.resolve("project-link"), project);
        assertTrue(InsideFolder.isInside(viaLink, viaLink.resolve("a.png")));
    }
}
