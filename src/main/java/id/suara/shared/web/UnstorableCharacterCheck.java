package id.suara.shared.web;

import id.suara.shared.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a request whose query or form parameters contain the NUL character (U+0000), before any page or endpoint sees
 * it: PostgreSQL can neither store nor compare it, so it would otherwise fail deep in a query, and no person types it.
 * The refusal is an {@link InvalidInputException}, answered like every other with 400 naming the parameter. JSON bodies
 * are checked field by field by {@code @CleanText}.
 */
@Configuration(proxyBeanMethods = false)
class UnstorableCharacterCheck implements WebMvcConfigurer {

    private static final String NUL = "\u0000";

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    @Override
                    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                        refuseNul(request);
                        return true;
                    }
                })
                .order(Ordered.HIGHEST_PRECEDENCE);
    }

    static void refuseNul(HttpServletRequest request) {
        request.getParameterMap().forEach((name, values) -> {
            if (name.contains(NUL) || Arrays.stream(values).anyMatch(value -> value.contains(NUL))) {
                throw InvalidInputException.invalid(name.replace(NUL, ""), "must not contain a NUL character");
            }
        });
    }
}
