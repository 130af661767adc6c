package id.suara.portal.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import id.suara.shared.ReadMostlyCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The portal's public, anonymous pages — home, an institution's page and statistics, the empty tracking form, the
 * published answers — kept as rendered for a few seconds (ADR 0046), because rendering them is most of what serving them
 * costs (issue 13: ~75 % of an institution page's CPU is the template) and every visitor without a session sees the same
 * page for the same address and language.
 *
 * <p>A page is served from memory only to a request that carries no session (a signed-in clerk, or a citizen just back
 * from pressing "Saya juga mengalami" with its message, always gets a fresh page) and is kept only when it was a 200 HTML
 * answer that set no cookie and created no session (a page with a CSRF token, a language switch). The key is the
 * address with its query and the language the page is rendered in; any change made through this Suara to what
 * {@link ReadMostlyCache} keeps (institutions, calendars, SOP versions) starts new keys at once. Figures on the pages
 * (IKM, supporter counts, answers published) are at most {@code suara.portal.page-cache.time-to-live} old; 0 turns the
 * cache off. The security headers are written by Spring Security, which runs before this filter, on every answer.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 2)
class PublicPageCache extends OncePerRequestFilter {

    private static final List<PathPattern> PAGES = List.of(
            PathPatternParser.defaultInstance.parse("/"),
            PathPatternParser.defaultInstance.parse("/i/{code}"),
            PathPatternParser.defaultInstance.parse("/i/{code}/statistik"),
            PathPatternParser.defaultInstance.parse("/jawaban"));
    /** The tracking form; with a query it may be a lookup, which is rate-limited and never shared. */
    private static final String TRACKING_FORM = "/lacak";

    /** Bodies larger than this are served but not kept (no portal page comes near it). */
    static final int MAX_PAGE_BYTES = 512 * 1024;

    private record Key(String uri, String query, Locale locale, long changes) {}

    private record Page(String contentType, String contentLanguage, byte[] body) {}

    private final LocaleResolver locales;
    private final Cache<Key, Page> pages;

    PublicPageCache(LocaleResolver locales, @Value("${suara.portal.page-cache.time-to-live:5s}") Duration timeToLive) {
        this.locales = locales;
        this.pages = timeToLive.isZero() || timeToLive.isNegative()
                ? null
                : Caffeine.newBuilder()
                        .expireAfterWrite(timeToLive)
                        .maximumWeight(32L * 1024 * 1024)
                        .<Key, Page>weigher(
                                (key, page) -> page.body().length + key.uri().length() + 64)
                        .build();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return pages == null
                || !"GET".equals(request.getMethod())
                || request.getRequestedSessionId() != null
                || !cacheable(request.getRequestURI(), request.getQueryString());
    }

    static boolean cacheable(String uri, String query) {
        if (TRACKING_FORM.equals(uri)) {
            return query == null || query.isEmpty();
        }
        var path = PathContainer.parsePath(uri);
        return PAGES.stream().anyMatch(pattern -> pattern.matches(path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = new Key(
                request.getRequestURI(),
                request.getQueryString(),
                locales.resolveLocale(request),
                ReadMostlyCache.changes());
        var kept = pages.getIfPresent(key);
        if (kept != null) {
            write(kept, response);
            return;
        }
        var rendered = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, rendered);
        if (keepable(request, rendered)) {
            pages.put(
                    key,
                    new Page(
                            rendered.getContentType(),
                            rendered.getHeader(HttpHeaders.CONTENT_LANGUAGE),
                            rendered.getContentAsByteArray()));
        }
        rendered.copyBodyToResponse();
    }

    private static boolean keepable(HttpServletRequest request, ContentCachingResponseWrapper rendered) {
        var type = rendered.getContentType();
        return rendered.getStatus() == HttpServletResponse.SC_OK
                && type != null
                && type.startsWith("text/html")
                && rendered.getHeaders(HttpHeaders.SET_COOKIE).isEmpty()
                && request.getSession(false) == null
                && rendered.getContentSize() <= MAX_PAGE_BYTES;
    }

    private static void write(Page page, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(page.contentType());
        if (page.contentLanguage() != null) {
            response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
        }
        response.setContentLength(page.body().length);
        response.getOutputStream().write(page.body());
    }
}
