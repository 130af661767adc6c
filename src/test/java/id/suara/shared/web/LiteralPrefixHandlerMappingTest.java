package id.suara.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

class LiteralPrefixHandlerMappingTest {

    @Controller
    static class Endpoints {
        @GetMapping("/api/v1/submissions/{trackingNumber}")
        void track() {}

        @GetMapping("/api/v1/submissions/{trackingNumber}/receipt")
        void receipt() {}

        @PostMapping("/api/v1/submissions")
        void submit() {}

        @GetMapping({"/i/{code}", "/lembaga/{code}"})
        void institution() {}

        @GetMapping("/{code}/statistik")
        void statistics() {}

        @GetMapping("/berkas/*.pdf")
        void file() {}

        @GetMapping("/kantor/kasus/{id}")
        void staffCase() {}

        @GetMapping("/kantor/kasus/{id}/riwayat")
        void history() {}
    }

    @Test
    void findsTheSameHandlerAsSpringForEveryPath() throws Exception {
        var ours = initialised(new LiteralPrefixHandlerMapping());
        var springs = initialised(new RequestMappingHandlerMapping());
        String[][] requests = {
            {"GET", "/api/v1/submissions/SR-AB12-CD34-EF"},
            {"GET", "/api/v1/submissions/SR-AB12-CD34-EF/receipt"},
            {"POST", "/api/v1/submissions"},
            {"GET", "/api/v1/%73ubmissions/SR-AB12-CD34-EF"},
            {"GET", "/api;v=1/v1/submissions/SR-AB12-CD34-EF"},
            {"GET", "/i/dprd-kebumen"},
            {"GET", "/lembaga/dprd-kebumen"},
            {"GET", "/dprd-kebumen/statistik"},
            {"GET", "/berkas/surat.pdf"},
            {"GET", "/kantor/kasus/42"},
            {"GET", "/kantor/kasus/42/riwayat"},
            {"GET", "/kantor/kasus"},
            {"GET", "/api/v2/submissions/x"},
            {"GET", "/"},
        };
        for (var r : requests) {
            assertThat(handler(ours, r[0], r[1])).as(r[0] + " " + r[1]).isEqualTo(handler(springs, r[0], r[1]));
        }
        assertThat(handler(ours, "GET", "/api/v1/%73ubmissions/SR-AB12-CD34-EF"))
                .as("a percent-encoded literal is matched as Spring decodes it")
                .isEqualTo("track");
    }

    @Test
    void judgesOnlyTheMappingsWhoseLiteralBeginningThePathHas() {
        var mapping = initialised(new LiteralPrefixHandlerMapping());
        var judged = mapping.getHandlerMethods().entrySet().stream()
                .filter(e -> mapping.mayMatch(e.getKey(), "/kantor/kasus/42"))
                .map(e -> e.getValue().getMethod().getName())
                .toList();
        // the two /kantor/kasus/… mappings and the one that begins with a variable; not the others
        assertThat(judged).containsExactlyInAnyOrder("staffCase", "history", "statistics");
    }

    @Test
    void takesTheLiteralTextBeforeTheFirstVariableOrWildcard() throws Exception {
        var mapping = initialised(new RequestMappingHandlerMapping());
        var beginnings = mapping.getHandlerMethods().keySet().stream()
                .map(LiteralPrefixHandlerMapping::literalBeginnings)
                .map(literal -> String.join(",", literal))
                .toList();
        assertThat(beginnings)
                .contains(
                        "/api/v1/submissions/",
                        "/api/v1/submissions",
                        "/kantor/kasus/",
                        "/berkas/",
                        "" /* /{code}/statistik: any path */);
        assertThat(mapping.getHandlerMethods().keySet().stream()
                        .filter(info -> info.getPatternValues().contains("/i/{code}"))
                        .map(LiteralPrefixHandlerMapping::literalBeginnings)
                        .findFirst()
                        .orElseThrow())
                .containsExactlyInAnyOrder("/i/", "/lembaga/");
    }

    private static <M extends RequestMappingHandlerMapping> M initialised(M mapping) {
        var context = new StaticApplicationContext();
        context.registerSingleton("endpoints", Endpoints.class);
        context.refresh();
        mapping.setApplicationContext(context);
        mapping.afterPropertiesSet();
        return mapping;
    }

    private static String handler(RequestMappingHandlerMapping mapping, String method, String path) throws Exception {
        var request = new MockHttpServletRequest(method, path);
        ServletRequestPathUtils.parseAndCache(request);
        var chain = mapping.getHandler(request);
        return chain == null
                ? null
                : ((HandlerMethod) chain.getHandler()).getMethod().getName();
    }
}
