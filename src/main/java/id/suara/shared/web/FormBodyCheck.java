package id.suara.shared.web;

import id.suara.shared.InvalidInputException.FieldError;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads a form's body (multipart or URL-encoded) before anything else asks for one of its fields, and answers a body that
 * cannot be read itself: larger than the multipart limits (413) or broken off or malformed (400) — a problem document
 * naming {@code files} or {@code body} under {@code /api/}, an HTML page in the site's layout saying what to do
 * elsewhere. Without it, Spring Security's CSRF check was the first to read the form, and such a body became a 500
 * (ADR 0017). Runs before Spring Security.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class FormBodyCheck extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final DataSize maxFileSize;
    private final DataSize maxRequestSize;

    FormBodyCheck(
            ProblemWriter problems,
            @Value("${spring.servlet.multipart.max-file-size}") DataSize maxFileSize,
            @Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize) {
        this.problems = problems;
        this.maxFileSize = maxFileSize;
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        if (type == null) {
            return true;
        }
        var lower = type.toLowerCase(Locale.ROOT);
        // the API reads no URL-encoded bodies (it answers them 415); the pages read both kinds
        return !lower.startsWith(MediaType.MULTIPART_FORM_DATA_VALUE)
                && (ErrorPages.api(request.getRequestURI())
                        || !lower.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            request.getParameterMap();
        } catch (IllegalStateException unreadable) {
            refuse(request, response, tooLarge(unreadable));
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean tooLarge(Throwable failure) {
        for (var t = failure; t != null; t = t.getCause()) {
            if (t instanceof SizeException) {
                return true;
            }
        }
        return false;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, boolean tooLarge) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        if (ErrorPages.api(request.getRequestURI())) {
            problems.write(response, tooLarge ? tooLargeProblem() : unreadableProblem());
            return;
        }
        var status = tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
        response.setStatus(status.value());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'self'; frame-ancestors 'none'");
        response.setContentType("text/html;charset=UTF-8");
        var english = ErrorPages.readsEnglish(request.getCookies());
        var page = tooLarge
                ? ErrorPages.staticPage("413", english, megabytes(maxFileSize), megabytes(maxRequestSize))
                : ErrorPages.staticPage("body", english);
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private static String megabytes(DataSize size) {
        return size.toMegabytes() + " MB";
    }

    private ProblemDetail tooLargeProblem() {
        var limits = "at most " + megabytes(maxFileSize) + " a file and " + megabytes(maxRequestSize) + " in all";
        return ProblemWriter.problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "too-large",
                "Request too large",
                "The files are larger than allowed: " + limits,
                List.of(new FieldError("files", "are larger than allowed: " + limits)));
    }

    private static ProblemDetail unreadableProblem() {
        return ProblemWriter.problem(
                HttpStatus.BAD_REQUEST,
                "malformed-body",
                "Malformed form body",
                "The form body cannot be read: it is cut off or not well-formed",
                List.of(new FieldError("body", "cannot be read")));
    }
}
