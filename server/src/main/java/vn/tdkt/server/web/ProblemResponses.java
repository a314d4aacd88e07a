package vn.tdkt.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.tdkt.server.Lang;
import vn.tdkt.server.Problem;

/** Writes a {@link Problem} as {@code application/problem+json}, in the language the request asks for. */
@Component
public class ProblemResponses {
    private final ObjectMapper mapper;

    public ProblemResponses(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The language of a request: its {@code lang} parameter, else its Accept-Language, else Vietnamese. */
    public static Lang lang(HttpServletRequest request) {
        return Lang.of(param(request, "lang"), request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    /** A request parameter, or null; never fails (a body that cannot be read as a form may be the problem itself). */
    public static String param(HttpServletRequest request, String name) {
        try {
            return request.getParameter(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The answer to a problem, for a handler to return. */
    public ResponseEntity<ProblemDetail> entity(Problem problem, HttpServletRequest request, HttpHeaders extra) {
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.type().status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (extra != null) {
            answer.headers(extra);
        }
        if (problem.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Long.toString(problem.retryAfter().toSeconds()));
        }
        if (problem.type() == Problem.Type.UNAUTHORIZED) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"tdkt\"");
        }
        return answer.body(problem.toDetail(lang(request), path(request)));
    }

    /** Writes the answer to a problem straight to the response (from a filter, or the error page). */
    public void write(Problem problem, HttpServletRequest request, HttpServletResponse response) throws IOException {
        ResponseEntity<ProblemDetail> entity = entity(problem, request, null);
        response.setStatus(entity.getStatusCode().value());
        entity.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        mapper.writeValue(response.getOutputStream(), entity.getBody());
    }

    /** The path the request was for (the original one, when the error page answers it). */
    static String path(HttpServletRequest request) {
        Object original = request.getAttribute("jakarta.servlet.error.request_uri");
        return original instanceof String s ? s : request.getRequestURI();
    }

    /** Whether the request is for the API (which answers problems) rather than the page (which answers HTML). */
    static boolean isApi(HttpServletRequest request) {
        return path(request).startsWith("/api/");
    }
}
