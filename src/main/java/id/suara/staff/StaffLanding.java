package id.suara.staff;

import id.suara.staff.web.OfficeNavigation;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Where staff land after signing in on the web: the page they were on their way to, or else their own start page
 * ({@link OfficeNavigation#home}) — the inbox, or the audit page for an auditor, whose inbox would always be empty. The
 * bare inbox ({@code /kantor}, where the site's "Petugas" link leads) counts as no page in particular.
 */
final class StaffLanding extends SavedRequestAwareAuthenticationSuccessHandler {

    private final RequestCache requestCache = new HttpSessionRequestCache();

    StaffLanding() {
        setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        var saved = requestCache.getRequest(request, response);
        if (saved != null && isTheBareInbox(saved.getRedirectUrl(), request.getContextPath())) {
            requestCache.removeRequest(request, response);
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    @Override
    protected String determineTargetUrl(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        return authentication.getPrincipal() instanceof SignedInStaff staff
                ? OfficeNavigation.home(staff.member())
                : "/kantor";
    }

    private static boolean isTheBareInbox(String url, String contextPath) {
        try {
            var uri = URI.create(url);
            var query = uri.getQuery();
            return (contextPath + "/kantor").equals(uri.getPath())
                    && (query == null || query.isEmpty() || query.equals("continue"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
