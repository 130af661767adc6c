package id.suara.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.SuaraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** What every request passes through is set up for speed (docs/benchmarks.md, tracking). */
@SuaraIntegrationTest
class RequestPathSpeedIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void annotatedRequestsAreMappedByTheirLiteralBeginningsFirst() {
        assertThat(context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class))
                .isInstanceOf(LiteralPrefixHandlerMapping.class);
    }

    @Test
    void securityFiltersAreNotWrappedInObservations() {
        var settings = context.getBean(SecurityObservationSettings.class);
        assertThat(settings.shouldObserveRequests()).isFalse();
        assertThat(settings.shouldObserveAuthentications()).isFalse();
        assertThat(settings.shouldObserveAuthorizations()).isFalse();
    }
}
