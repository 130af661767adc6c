package id.suara.portal;

import static org.assertj.core.api.Assertions.assertThat;

import id.suara.test.SuaraIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** What a portal page costs besides its own work (docs/benchmarks.md). */
@SuaraIntegrationTest
class PortalPageCostIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void rendersPageLinksWithoutLookingEachUpAsAStaticResourceInTheJar() {
        // With the resource chain, every link of every page ("/", "/lacak", "/kantor") was searched for in the jar's
        // static locations at each request: most of the portal home page's time.
        assertThat(context.getBeanNamesForType(ResourceUrlEncodingFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .extracting(FilterRegistrationBean::getFilter)
                .noneMatch(ResourceUrlEncodingFilter.class::isInstance);
    }
}
