package id.suara.ratelimit;

import id.suara.ratelimit.PublicEndpointLimits.Refusal;
import id.suara.shared.InvalidInputException.FieldError;
import id.suara.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.RequestPath;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Applies {@link PublicEndpointLimits} to the public submission and tracking endpoints, before anything reads the
 * request body. A refused request is answered {@code 429} with {@code Retry-After} (seconds) and a problem naming the
 * field {@code client}. Runs after Spring Security's filters (order -100), so refusals carry its headers.
 */
@Component
@Order(0)
class PublicRateLimitFilter extends OncePerRequestFilter {

    private static final PathPattern SUBMISSIONS = PathPatternParser.defaultInstance.parse("/api/v1/submissions");
    private static final PathPattern TRACKING =
            PathPatternParser.defaultInstance.parse("/api/v1/submissions/{trackingNumber}");
    private static final PathPattern RECEIPT =
            PathPatternParser.defaultInstance.parse("/api/v1/submissions/{trackingNumber}/receipt");

    /** What the complainant sends with the tracking number and access code (ADR 0036), by the API or the portal. */
    private static final List<PathPattern> COMPLAINANT_POSTS = List.of(
            PathPatternParser.defaultInstance.parse("/api/v1/submissions/{trackingNumber}/messages"),
            PathPatternParser.defaultInstance.parse("/api/v1/submissions/{trackingNumber}/reply"),
            PathPatternParser.defaultInstance.parse("/api/v1/submissions/{trackingNumber}/survey"),
            PathPatternParser.defaultInstance.parse("/api/v1/submissions/{trackingNumber}/objection"),
            PathPatternParser.defaultInstance.parse("/lacak/informasi"),
            PathPatternParser.defaultInstance.parse("/lacak/survei"),
            PathPatternParser.defaultInstance.parse("/lacak/keberatan"));

    /** The portal's tracking form and its receipt: the tracking number and access code posted instead of sent as headers. */
    private static final List<PathPattern> PORTAL_LOOKUPS = List.of(
            PathPatternParser.defaultInstance.parse("/lacak"),
            PathPatternParser.defaultInstance.parse("/lacak/tanda-terima"),
            PathPatternParser.defaultInstance.parse("/lacak/tanda-terima.pdf"));

    private static final PathPattern CONVERSATION =
            PathPatternParser.defaultInstance.parse("/api/v1/submissions/{trackingNumber}/conversation");
    private static final PathPattern API_SUPPORT =
            PathPatternParser.defaultInstance.parse("/api/v1/submissions/{trackingNumber}/support");
    private static final PathPattern ANSWER_SUPPORT =
            PathPatternParser.defaultInstance.parse("/jawaban/{caseId}/dukung");
    private static final PathPattern MATTER = PathPatternParser.defaultInstance.parse("/dukung/{trackingNumber}");
    private static final PathPattern ANSWER_LIST_SUPPORT = PathPatternParser.defaultInstance.parse("/jawaban/dukung");

    private enum Endpoint {
        SUBMIT,
        TRACK,
        /** A complainant's POST: counted as a submission, and as a lookup of the access code like tracking. */
        COMPLAINANT_POST,
        SUPPORT
    }

    private final RateLimitSettings settings;
    private final PublicEndpointLimits limits;
    private final ProblemWriter problems;

    PublicRateLimitFilter(RateLimitSettings settings, PublicEndpointLimits limits, ProblemWriter problems) {
        this.settings = settings;
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !settings.enabled() || endpoint(request) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var client = ClientAddress.of(request);
        if (endpoint(request) == Endpoint.SUPPORT) {
            var refusal = limits.admitSupport(client);
            if (refusal.isPresent()) {
                refuse(request, response, refusal.get());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (endpoint(request) == Endpoint.SUBMIT) {
            var refusal = limits.admitSubmission(client);
            if (refusal.isPresent()) {
                refuse(request, response, refusal.get());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (endpoint(request) == Endpoint.COMPLAINANT_POST) {
            var refusal = limits.admitSubmission(client);
            if (refusal.isPresent()) {
                refuse(request, response, refusal.get());
                return;
            }
        }
        var refusal = limits.admitTracking(client);
        if (refusal.isPresent()) {
            refuse(request, response, refusal.get());
            return;
        }
        boolean notFound = false;
        try {
            chain.doFilter(request, response);
            notFound = response.getStatus() == HttpServletResponse.SC_NOT_FOUND;
        } finally {
            limits.trackingAnswered(client, notFound);
        }
    }

    private static Endpoint endpoint(HttpServletRequest request) {
        var path = RequestPath.parse(request.getRequestURI(), request.getContextPath())
                .pathWithinApplication();
        var method = request.getMethod();
        if ("POST".equals(method)
                && (API_SUPPORT.matches(path)
                        || ANSWER_SUPPORT.matches(path)
                        || ANSWER_LIST_SUPPORT.matches(path)
                        || MATTER.matches(path))) {
            return Endpoint.SUPPORT;
        }
        // the page of a public matter names it by its tracking number: looked up as tracking is
        if (("GET".equals(method) || "HEAD".equals(method)) && MATTER.matches(path)) {
            return Endpoint.TRACK;
        }
        if ("POST".equals(method) && SUBMISSIONS.matches(path)) {
            return Endpoint.SUBMIT;
        }
        if ("POST".equals(method) && COMPLAINANT_POSTS.stream().anyMatch(p -> p.matches(path))) {
            return Endpoint.COMPLAINANT_POST;
        }
        if (("GET".equals(method) || "HEAD".equals(method))
                && (TRACKING.matches(path) || RECEIPT.matches(path) || CONVERSATION.matches(path))) {
            return Endpoint.TRACK;
        }
        if ("POST".equals(method) && PORTAL_LOOKUPS.stream().anyMatch(p -> p.matches(path))) {
            return Endpoint.TRACK;
        }
        return null;
    }

    /** A problem document on the API; a page saying when to try again on the portal's forms (a citizen's browser). */
    private void refuse(HttpServletRequest request, HttpServletResponse response, Refusal refusal) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()));
        problems.write(
                request,
                response,
                ProblemWriter.problem(
                        HttpStatus.TOO_MANY_REQUESTS,
                        "too-many-requests",
                        "Too many requests",
                        refusal.message(),
                        List.of(new FieldError("client", refusal.message()))),
                "429",
                Math.max(1, (refusal.retryAfterSeconds() + 59) / 60));
    }
}
