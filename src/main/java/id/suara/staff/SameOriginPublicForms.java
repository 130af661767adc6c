package id.suara.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The portal's anonymous forms sent from Suara's own pages — a citizen's "Saya juga mengalami" (ADR 0037) and the
 * tracking form's lookup, which carries the tracking number and access code itself — the POSTs that need no CSRF token
 * (ADR 0046). They act for nobody signed in (a supporter's browser is known by a random cookie only), so a token would
 * protect no account, yet rendering one gave every anonymous reader of the published answers and the tracking form a
 * server session. What CSRF would still guard against, another site making its visitors press the button or send a
 * lookup, the browser's own headers rule out: a request
 * it marks as sent from another site ({@code Sec-Fetch-Site} other than {@code same-origin}, or an {@code Origin} that
 * is not this server's) is not matched and so still needs the token it cannot have. A request with neither header (not
 * sent by a current browser) is matched, as anyone can send it from outside a browser anyway; the per-address limits of
 * the support endpoints bound it, and a lookup is bounded by the tracking limits.
 */
final class SameOriginPublicForms implements RequestMatcher {

    private static final List<PathPattern> FORMS = List.of(
            PathPatternParser.defaultInstance.parse("/lacak"),
            PathPatternParser.defaultInstance.parse("/jawaban/dukung"),
            PathPatternParser.defaultInstance.parse("/jawaban/{caseId}/dukung"),
            PathPatternParser.defaultInstance.parse("/dukung/{trackingNumber}"));

    @Override
    public boolean matches(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        var path = PathContainer.parsePath(request.getRequestURI());
        return FORMS.stream().anyMatch(pattern -> pattern.matches(path)) && sameOrigin(request);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        var site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.equals("same-origin");
        }
        var origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return true;
        }
        return origin.equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        var scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }
}
