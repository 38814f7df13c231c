package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import dev.hanmoto.testkit.ThemeProject;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ThemeTemplatesTest {
    @RegisterExtension
    final ThemeProject project = new ThemeProject();

    @Test
    void childTemplateOverridesParentAndRenders() {
        Theme child = project.parentAndChild(Map.of("themes/child/card.html", "<div xmlns:th=\"http://www.thymeleaf.org\" th:text=\"${title}\">x</div>"));
        ThemeTemplates t = new ThemeTemplates(child.files());
        assertEquals("<div>Book</div>", t.render("card.html", Map.of("title", "Book")));
    }

    @Test
    void templateErrorNamesFileAndLine() {
        project.themeOnBase("mine", "");
        Path html = project.write("themes/mine/card.html",
                "<div xmlns:th=\"http://www.thymeleaf.org\">\n  <p th:text=\"${title.}\">x</p>\n</div>");
        ThemeTemplates t = new ThemeTemplates(project.load("mine").files());
        Diagnostic d = assertThrows(UserError.class, () -> t.render("card.html", Map.of("title", "x"))).diagnostics().get(0);
        assertEquals("theme-template", d.code());
        assertEquals(html, d.file());
        assertEquals(2, d.line());
        assertTrue(d.message().startsWith("template error: "), d.message());
    }
}
