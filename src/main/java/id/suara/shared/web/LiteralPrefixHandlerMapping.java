package id.suara.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's annotated request mapping with one shortcut. Spring tries a path that no mapping names exactly (any path
 * with a variable, such as {@code /api/v1/submissions/{trackingNumber}}) against every mapping in turn, each through its
 * method, path, header and media-type conditions — about a hundred here, a sixth of public tracking's CPU
 * (docs/benchmarks.md). This mapping first skips each mapping whose patterns all begin with literal text the path does
 * not begin with: such a mapping cannot match, so the outcome is Spring's own. Paths with percent-encoded characters or
 * matrix parameters, which Spring decodes or strips before matching, take Spring's way unchanged.
 */
final class LiteralPrefixHandlerMapping extends RequestMappingHandlerMapping {

    private static final String[] ANY_PATH = {};

    /** The path being looked up on this thread, when it may be judged by its literal text. */
    private static final ThreadLocal<String> LOOKING_UP = new ThreadLocal<>();

    /** Each mapping's literal beginnings, by identity; replaced whole when a mapping is added. */
    private volatile Map<RequestMappingInfo, String[]> beginnings = new IdentityHashMap<>();

    @Override
    protected void registerHandlerMethod(Object handler, Method method, RequestMappingInfo mapping) {
        super.registerHandlerMethod(handler, method, mapping);
        remember(mapping);
    }

    @Override
    public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
        super.registerMapping(mapping, handler, method);
        remember(mapping);
    }

    private synchronized void remember(RequestMappingInfo mapping) {
        var updated = new IdentityHashMap<>(beginnings);
        updated.put(mapping, literalBeginnings(mapping));
        beginnings = updated;
    }

    @Override
    protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
        if (lookupPath.indexOf('%') >= 0 || lookupPath.indexOf(';') >= 0) {
            return super.lookupHandlerMethod(lookupPath, request);
        }
        LOOKING_UP.set(lookupPath);
        try {
            return super.lookupHandlerMethod(lookupPath, request);
        } finally {
            LOOKING_UP.remove();
        }
    }

    @Override
    protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
        var path = LOOKING_UP.get();
        if (path != null && !mayMatch(info, path)) {
            return null;
        }
        return super.getMatchingMapping(info, request);
    }

    /** Whether the mapping may match the path by its literal beginnings (false: it cannot). */
    boolean mayMatch(RequestMappingInfo info, String path) {
        var literal = beginnings.get(info);
        return literal == null || literal.length == 0 || beginsWithAny(path, literal);
    }

    private static boolean beginsWithAny(String path, String[] literal) {
        for (var beginning : literal) {
            if (path.startsWith(beginning)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The literal text each of the mapping's path patterns begins with (up to its first variable or wildcard); none
     * when a pattern begins with one, or the mapping has no parsed patterns, so that every path is tried.
     */
    static String[] literalBeginnings(RequestMappingInfo info) {
        var patterns = info.getPathPatternsCondition();
        if (patterns == null || patterns.getPatternValues().isEmpty()) {
            return ANY_PATH;
        }
        var literal = new ArrayList<String>();
        for (var pattern : patterns.getPatternValues()) {
            int end = 0;
            while (end < pattern.length() && "{*?".indexOf(pattern.charAt(end)) < 0) {
                end++;
            }
            if (end <= 1) {
                return ANY_PATH;
            }
            literal.add(pattern.substring(0, end));
        }
        return literal.toArray(String[]::new);
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        WebMvcRegistrations literalPrefixHandlerMapping() {
            return new WebMvcRegistrations() {
                @Override
                public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
                    return new LiteralPrefixHandlerMapping();
                }
            };
        }
    }
}
