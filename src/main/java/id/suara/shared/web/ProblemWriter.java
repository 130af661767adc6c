package id.suara.shared.web;

import id.suara.shared.InvalidInputException.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where Suara's RFC 9457 problem documents are made and written: by the controllers' exception handling
 * ({@code ProblemResponses}), the servlet filters that refuse before any controller runs (body size, rate limits),
 * Spring Security's entry point and access-denied handler, and the error page of the API. Every problem has a
 * {@code type} under {@value #TYPE_BASE}, a {@code title}, the {@code status}, a {@code detail} and, when fields are at
 * fault, {@code errors: [{field, message}]}; it is sent as {@code application/problem+json;charset=UTF-8}.
 */
@Component
public class ProblemWriter {

    /** Where the problem types live, e.g. {@code https://suara.id/problems/invalid-input}. */
    public static final String TYPE_BASE = "https://suara.id/problems/";

    /** {@code application/problem+json;charset=UTF-8}: the type every problem is sent with. */
    public static final MediaType PROBLEM_JSON =
            new MediaType(MediaType.APPLICATION_PROBLEM_JSON, StandardCharsets.UTF_8);

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** A problem document; {@code errors} is left out when no field is at fault. */
    public static ProblemDetail problem(
            HttpStatus status, String type, String title, String detail, List<FieldError> errors) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        if (errors != null && !errors.isEmpty()) {
            problem.setProperty(
                    "errors",
                    errors.stream()
                            .map(err -> Map.of("field", err.field(), "message", err.message()))
                            .toList());
        }
        return problem;
    }

    /** The problem as the answer of a controller or an exception handler. */
    public static ResponseEntity<Object> entity(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(PROBLEM_JSON)
                .body(problem);
    }

    /**
     * Writes the problem as the whole response, where no controller answers (a filter, Spring Security, the error page);
     * headers already set, such as {@code Retry-After} or {@code WWW-Authenticate}, are kept.
     */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(PROBLEM_JSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        var body = json.writeValueAsString(document(problem));
        try {
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IllegalStateException writerAlreadyUsed) {
            response.getWriter().write(body);
        }
    }

    /** The problem's members in the order of RFC 9457, its extension members (such as {@code errors}) last. */
    private static Map<String, Object> document(ProblemDetail problem) {
        var document = new LinkedHashMap<String, Object>();
        document.put("type", problem.getType().toString());
        document.put("title", problem.getTitle());
        document.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            document.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            document.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            document.putAll(problem.getProperties());
        }
        return document;
    }

    /** Writes a problem as the whole response; see {@link #write(HttpServletResponse, ProblemDetail)}. */
    public void write(
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            String detail,
            List<FieldError> errors)
            throws IOException {
        write(response, problem(status, type, title, detail, errors));
    }

    /**
     * Writes a refusal the way {@link ErrorPages} answers every error: under {@code /api/} the problem document; for a
     * portal page or form an HTML page in the site's layout with the problem's status, in the reader's chosen language,
     * with the title and text of the messages {@code web.error.<pageGroup>.*}, the text's {@code {0}}… filled with
     * {@code pageArguments}. Spring Security's headers are added by its filters around the caller.
     */
    public void write(
            HttpServletRequest request,
            HttpServletResponse response,
            ProblemDetail problem,
            String pageGroup,
            Object... pageArguments)
            throws IOException {
        if (ErrorPages.api(request.getRequestURI())) {
            write(response, problem);
            return;
        }
        response.setStatus(problem.getStatus());
        response.setContentType("text/html;charset=UTF-8");
        var page = ErrorPages.staticPage(pageGroup, ErrorPages.readsEnglish(request.getCookies()), pageArguments);
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
