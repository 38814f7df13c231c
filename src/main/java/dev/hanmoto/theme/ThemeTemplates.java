package dev.hanmoto.theme;

import dev.hanmoto.diag.Diagnostic;
import dev.hanmoto.diag.UserError;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;
import org.thymeleaf.templateresource.StringTemplateResource;

/**
 * Thymeleaf over a theme's files: a template name is a theme file name, looked up through the
 * {@code extends} chain. One engine per theme, parsed templates cached, safe to share across threads.
 */
public final class ThemeTemplates {
    private final ThemeFiles files;
    private final TemplateEngine engine = new TemplateEngine();

    public ThemeTemplates(ThemeFiles files) {
        this.files = files;
        var resolver = new StringTemplateResolver() {
            @Override
            protected ITemplateResource computeTemplateResource(org.thymeleaf.IEngineConfiguration cfg, String ownerTemplate,
                                                                String template, Map<String, Object> attrs) {
                return new StringTemplateResource(files.requireText(template));
            }
        };
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** Renders a theme template with the given variables; a template error names the file and line. */
    public String render(String template, Map<String, Object> vars) {
        var ctx = new Context(java.util.Locale.ROOT, vars);
        try {
            return engine.process(template, ctx);
        } catch (TemplateProcessingException e) {
            Path where = files.findPath(template).orElse(Path.of(files.describe(template).orElse(template)));
            int line = e.getLine() == null ? 0 : e.getLine();
            int col = e.getCol() == null ? 0 : e.getCol();
            String msg = e.getMessage() == null ? "template error" : e.getMessage();
            throw new UserError(Diagnostic.error("theme-template", "template error: " + msg, where, line, col), e);
        }
    }
}
