package vn.tdkt.server.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.tdkt.server.Lang;
import vn.tdkt.server.Problem;

/** A problem of the page (not of the API) as a page in the official's language: what went wrong, and a way back. */
@Component
public class ErrorViews {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorViews.class);
    private final ITemplateEngine templates;

    public ErrorViews(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The error page for a problem, with the problem's status. */
    public ResponseEntity<String> entity(Problem problem, HttpServletRequest request) {
        Lang lang = Lang.of(ProblemResponses.param(request, "lang"), null); // the page is Vietnamese unless asked
        Context context = new Context(lang.locale());
        context.setVariable("lang", lang.name());
        context.setVariable("other", lang == Lang.vi ? "en" : "vi");
        context.setVariable("status", problem.type().status().value());
        context.setVariable("title", problem.type().title(lang));
        context.setVariable("detail", problem.detail(lang));
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.type().status())
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8));
        if (problem.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfter().toSeconds()));
        }
        String page;
        try {
            page = templates.process("problem", context);
        } catch (RuntimeException e) {
            LOG.error("the error page cannot be rendered", e);
            page = "<!DOCTYPE html><title>tdkt</title><p>" + HtmlUtils.htmlEscape(problem.detail(lang)) + "</p>";
        }
        return answer.body(page);
    }
}
