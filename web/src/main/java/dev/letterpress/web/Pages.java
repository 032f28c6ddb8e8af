package dev.letterpress.web;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The server-rendered pages: Thymeleaf templates from this module, in HTML mode, where every value
 * is written with {@code th:text} (escaped) and never evaluated. Built once and shared.
 */
final class Pages {
    private final TemplateEngine engine = new TemplateEngine();

    Pages() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(Pages.class.getClassLoader());
        resolver.setPrefix("dev/letterpress/web/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
    }

    /** Renders a whole page into the response, with the CSRF token and the page name every page uses. */
    void page(Context ctx, String template, Map<String, ?> model) {
        ctx.contentType("text/html; charset=utf-8").result(render(ctx, template, null, model));
    }

    /** Renders one fragment of a page (for the script's partial updates). */
    void fragment(Context ctx, String template, String fragment, Map<String, ?> model) {
        ctx.contentType("text/html; charset=utf-8").result(render(ctx, template, fragment, model));
    }

    String render(Context ctx, String template, String fragment, Map<String, ?> model) {
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("csrf", Guard.csrfToken(ctx));
        variables.put("page", template);
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(Locale.ENGLISH, variables);
        return fragment == null
                ? engine.process(template, context)
                : engine.process(template, Set.of(fragment), context);
    }
}
