package id.suara.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a request whose query or form parameters contain the NUL character (U+0000) with 400 naming the parameter,
 * before any page or search sees it: PostgreSQL cannot store or even compare it, so it would otherwise fail deep in a
 * query, and no person types it. JSON bodies are checked field by field by {@code @CleanText}; API multipart requests
 * carry their text as such JSON, so their parts are left to the endpoint's own limits.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2)
class UnstorableCharacterFilter extends OncePerRequestFilter {

    private static final String NUL = "\u0000";

    private final JsonMapper json;

    UnstorableCharacterFilter(JsonMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var type = request.getContentType();
        return request.getRequestURI().startsWith("/api/")
                && type != null
                && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getKey().contains(NUL)
                    || Arrays.stream(parameter.getValue()).anyMatch(value -> value.contains(NUL))) {
                refuse(response, parameter.getKey().replace(NUL, ""));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, String field) throws IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(
                response.getWriter(),
                Map.of(
                        "type",
                        "https://suara.id/problems/invalid-input",
                        "title",
                        "The request has invalid values",
                        "status",
                        400,
                        "detail",
                        "Parameter '" + field + "' contains a NUL character",
                        "errors",
                        List.of(Map.of("field", field, "message", "must not contain a NUL character"))));
    }
}
