package id.suara.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.shared.ReadMostlyCache;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/** The portal's anonymous pages kept as rendered for a few seconds (ADR 0046), and everything that must not be. */
class PublicPageCacheTest {

    private final AtomicInteger renders = new AtomicInteger();
    private final PublicPageCache cache =
            new PublicPageCache(new CookieLocaleResolver("suara-lang"), Duration.ofMinutes(1));

    /** Renders a page naming how many times it has been rendered, in the request's language. */
    private final FilterChain page = (request, response) -> {
        var http = (HttpServletResponse) response;
        http.setContentType("text/html;charset=UTF-8");
        http.setHeader("Content-Language", request.getLocale().getLanguage());
        http.getOutputStream()
                .write(("<p>render " + renders.incrementAndGet() + " "
                                + request.getLocale().getLanguage() + "</p>")
                        .getBytes(StandardCharsets.UTF_8));
    };

    private static MockHttpServletRequest get(String uri) {
        var request = new MockHttpServletRequest("GET", uri);
        request.addPreferredLocale(java.util.Locale.forLanguageTag("id"));
        int query = uri.indexOf('?');
        if (query >= 0) {
            request.setRequestURI(uri.substring(0, query));
            request.setQueryString(uri.substring(query + 1));
        }
        return request;
    }

    private MockHttpServletResponse serve(MockHttpServletRequest request, FilterChain chain) throws Exception {
        var response = new MockHttpServletResponse();
        cache.doFilter(request, response, chain);
        return response;
    }

    private MockHttpServletResponse serve(MockHttpServletRequest request) throws Exception {
        return serve(request, page);
    }

    @Test
    void servesTheNextVisitorTheSamePageWithoutRenderingItAgain() throws Exception {
        var first = serve(get("/i/dprd-kebumen"));
        var second = serve(get("/i/dprd-kebumen"));

        assertThat(renders).hasValue(1);
        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(second.getContentAsString())
                .isEqualTo(first.getContentAsString())
                .contains("render 1");
        assertThat(second.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(second.getHeader("Content-Language")).isEqualTo(first.getHeader("Content-Language"));
        assertThat(second.getContentLength()).isEqualTo(first.getContentAsByteArray().length);
    }

    @Test
    void keepsAPagePerAddressQueryAndLanguage() throws Exception {
        serve(get("/i/dprd-kebumen"));
        serve(get("/i/dprd-kota-pekalongan"));
        serve(get("/i/dprd-kebumen?ikmYear=2025"));
        var english = get("/i/dprd-kebumen");
        english.addPreferredLocale(java.util.Locale.ENGLISH);
        var inEnglish = serve(english);
        var chosenByCookie = get("/i/dprd-kebumen");
        chosenByCookie.setCookies(new Cookie("suara-lang", "en"));

        assertThat(renders).hasValue(4);
        assertThat(inEnglish.getContentAsString()).contains("en");
        assertThat(serve(chosenByCookie).getContentAsString()).isEqualTo(inEnglish.getContentAsString());
        assertThat(renders).hasValue(4);
    }

    @Test
    void neverServesNorKeepsAPageForARequestWithASession() throws Exception {
        serve(get("/jawaban"));
        var signedIn = get("/jawaban");
        signedIn.setRequestedSessionId("abc");
        signedIn.setSession(new MockHttpSession());

        assertThat(serve(signedIn).getContentAsString()).contains("render 2");
        assertThat(serve(get("/jawaban")).getContentAsString()).contains("render 1");
    }

    @Test
    void neverKeepsAPageThatSetACookieOrStartedASession() throws Exception {
        FilterChain withCookie = (request, response) -> {
            ((HttpServletResponse) response).addCookie(new Cookie("suara-lang", "en"));
            page.doFilter(request, response);
        };
        FilterChain withSession = (request, response) -> {
            ((jakarta.servlet.http.HttpServletRequest) request).getSession(true);
            page.doFilter(request, response);
        };

        var switched = serve(get("/?lang=en"), withCookie);
        serve(get("/?lang=en"), withCookie);
        serve(get("/jawaban"), withSession);
        serve(get("/jawaban"), withSession);

        assertThat(switched.getCookie("suara-lang")).isNotNull();
        assertThat(renders).hasValue(4);
    }

    @Test
    void neverKeepsAnErrorOrAnythingButHtml() throws Exception {
        FilterChain notFound = (request, response) -> {
            ((HttpServletResponse) response).setStatus(404);
            page.doFilter(request, response);
        };
        FilterChain json = (request, response) -> {
            page.doFilter(request, response);
            response.setContentType("application/json");
        };

        serve(get("/i/nowhere"), notFound);
        var again = serve(get("/i/nowhere"), notFound);
        serve(get("/i/dprd-kebumen/statistik"), json);
        serve(get("/i/dprd-kebumen/statistik"), json);

        assertThat(again.getStatus()).isEqualTo(404);
        assertThat(renders).hasValue(4);
    }

    @Test
    void rendersAgainAfterAChangeToInstitutionsCalendarsOrSops() throws Exception {
        serve(get("/"));

        new ReadMostlyCache<String, String>().changed();

        assertThat(serve(get("/")).getContentAsString()).contains("render 2");
    }

    @Test
    void rendersEveryTimeWhenTurnedOff() throws Exception {
        var off = new PublicPageCache(new CookieLocaleResolver("suara-lang"), Duration.ZERO);

        off.doFilter(get("/"), new MockHttpServletResponse(), page);
        off.doFilter(get("/"), new MockHttpServletResponse(), page);

        assertThat(renders).hasValue(2);
    }

    @Test
    void rendersEveryPostAndHead() throws Exception {
        serve(get("/"));
        var head = get("/");
        head.setMethod("HEAD");
        var post = get("/jawaban");
        post.setMethod("POST");

        serve(head);
        serve(post);
        serve(post);

        assertThat(renders).hasValue(4);
    }

    @Test
    void keepsOnlyThePortalsPublicPages() {
        assertThat(PublicPageCache.cacheable("/", null)).isTrue();
        assertThat(PublicPageCache.cacheable("/i/dprd-kebumen", "ikmYear=2025")).isTrue();
        assertThat(PublicPageCache.cacheable("/i/dprd-kebumen/statistik", null)).isTrue();
        assertThat(PublicPageCache.cacheable("/jawaban", "q=jalan&page=2")).isTrue();
        assertThat(PublicPageCache.cacheable("/lacak", null)).isTrue();

        assertThat(PublicPageCache.cacheable("/lacak", "nomor=ASP-1"))
                .as("a lookup")
                .isFalse();
        assertThat(PublicPageCache.cacheable("/i/dprd-kebumen/lapor", null))
                .as("a form")
                .isFalse();
        assertThat(PublicPageCache.cacheable("/dukung/ASP-1", null)).isFalse();
        assertThat(PublicPageCache.cacheable("/kantor", null)).isFalse();
        assertThat(PublicPageCache.cacheable("/api/v1/institutions", null)).isFalse();
    }
}
